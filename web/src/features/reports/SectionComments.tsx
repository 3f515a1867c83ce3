// Comments on one section: who said what, in which role, when; and a box to add one.
import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { type Report, type SectionComment, type SectionVersion, useCommentOnSection } from './reports.api.ts';

export function SectionComments(props: {
  workspace: string;
  report: Report;
  section: SectionVersion;
  comments: SectionComment[];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const add = useCommentOnSection(props.workspace, props.report.id, props.section.key);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim() === '') return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  }
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="section-comments">
      <Title order={3} size="h6" mb="xs">
        {t('reports.commentsTitle')}
      </Title>
      <Stack gap="sm">
        {props.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.noComments')}
          </Text>
        ) : (
          props.comments.map((c) => (
            <div key={c.id}>
              <Text size="xs" c="dimmed">
                {c.authorName} ({t(`rolesShort.${c.authorRole}`, { defaultValue: c.authorRole })}) ·{' '}
                {fmt.dateTime(c.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </div>
          ))
        )}
        <Stack gap="xs" component="form" onSubmit={submit}>
          <Textarea
            label={t('reports.addComment')}
            value={body}
            maxLength={4000}
            autosize
            minRows={2}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          {add.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(add.error)}
            </Alert>
          )}
          <Button
            type="submit"
            size="sm"
            variant="default"
            loading={add.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('reports.sendComment')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

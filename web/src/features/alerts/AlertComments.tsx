// Comments on an alert, oldest first, and the form to add one (for those who handle alerts).
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type AlertDetail, useCommentOnAlert } from './alerts.api.ts';

const MAX = 4000;

export function AlertComments(props: { workspace: string; alert: AlertDetail; canComment: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [body, setBody] = useState('');
  const send = useCommentOnAlert(props.workspace, props.alert.id);
  const { comments } = props.alert;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="alert-comments">
      <Title order={2} size="h5" id="alert-comments" mb="xs">
        {t('alerts.detail.comments')}
      </Title>
      <Stack gap="sm">
        {comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('alerts.detail.noComments')}
          </Text>
        ) : (
          <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {comments.map((c) => (
              <li key={c.id}>
                <Text size="xs" c="dimmed">
                  {c.author.name} · {fmt.dateTime(c.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.body}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {props.canComment && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              send.mutate(body, {
                onSuccess: () => {
                  setBody('');
                  showToast({ title: t('alerts.detail.commented') });
                },
              });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('alerts.detail.comment')}
                description={t('alerts.detail.commentHelp')}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={MAX}
                required
              />
              <ProblemAlert error={send.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={send.isPending} disabled={!body.trim()}>
                  {t('alerts.detail.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

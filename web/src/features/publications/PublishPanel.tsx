// "Terbitkan" at SOP B step 6, for its executor: one action puts the approved release on the
// newsroom, e-mails it to the partner outlets and calls the webhooks, and closes the case. The
// template blanks still in the text are named first; the server refuses while any remain and its
// reason is shown in place.
import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Publication, usePublish } from './publications.api.ts';

export function PublishPanel(props: { workspace: string; publication: Publication }) {
  const { t } = useTranslation();
  const p = props.publication;
  const publish = usePublish(props.workspace, p.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" bg="green.0" data-testid="publish-panel">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('publications.publishTitle')}
        </Title>
        <Text size="sm">{t('publications.publishBody')}</Text>
        {p.blanks.length > 0 && (
          <Text size="sm" c="orange.9">
            {t('publications.blanksBeforePublish', { n: p.blanks.length })}
          </Text>
        )}
        {!confirming && <ProblemAlert error={publish.error} />}
        <Button
          color="green"
          onClick={() => {
            publish.reset();
            setConfirming(true);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('publications.publish')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('publications.publishConfirmTitle')}
        body={
          <>
            {t('publications.publishConfirmBody', { title: p.title })}
            {p.blanks.length > 0 && (
              <List size="sm" mt="xs">
                {p.blanks.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            )}
          </>
        }
        confirmLabel={t('publications.publish')}
        busy={publish.isPending}
        error={publish.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          publish.mutate(undefined, {
            onSuccess: ({ publication }) => {
              setConfirming(false);
              showToast({
                title: t('publications.published'),
                message: t('publications.publishedChannels', { n: publication.deliveries.length }),
                color: 'teal',
              });
            },
          })
        }
      />
    </Paper>
  );
}

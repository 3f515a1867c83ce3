// Who receives crisis alerts: e-mail addresses and a webhook (e.g. the office's chat bot). The
// webhook's secret is write-only: the server never shows it back.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { type Recipients, type RecipientsChange, useRecipients, useSaveRecipients } from './alerts.api.ts';

function Form(props: { workspace: string; data: Recipients }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [emails, setEmails] = useState(props.data.emailTo.join('\n'));
  const [webhook, setWebhook] = useState(props.data.webhookUrl ?? '');
  const [secret, setSecret] = useState('');
  const save = useSaveRecipients(props.workspace);
  useEffect(() => {
    setEmails(props.data.emailTo.join('\n'));
    setWebhook(props.data.webhookUrl ?? '');
  }, [props.data]);
  const send = (change: RecipientsChange) =>
    save.mutate(change, {
      onSuccess: () => {
        setSecret('');
        showToast({ title: t('common.saved') });
      },
    });
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={600}>
          {t('alerts.channels')}
        </Text>
        {props.data.channels.length === 0 ? (
          <Text size="sm" c="red.8">
            {t('alerts.noChannels')}
          </Text>
        ) : (
          <Group gap={4}>
            {props.data.channels.map((c) => (
              <Badge key={c} variant="light">
                {c === 'email' ? 'E-mail' : 'Webhook'}
              </Badge>
            ))}
          </Group>
        )}
      </div>
      {props.data.problems.length > 0 && (
        <Alert color="yellow" variant="light" title={t('alerts.problems')}>
          <List size="sm">
            {props.data.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!props.data.emailServerConfigured && (
        <Text size="xs" c="dimmed">
          {t('alerts.emailServer')}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const change: RecipientsChange = {
            emailTo: emails
              .split(/[\n,;]+/)
              .map((s) => s.trim())
              .filter(Boolean),
            webhookUrl: webhook.trim() || null,
          };
          if (secret) change.webhookSecret = secret;
          send(change);
        }}
      >
        <Stack gap="sm" maw={640}>
          <Textarea
            label={t('alerts.emailTo')}
            value={emails}
            onChange={(e) => setEmails(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <TextInput
            label={t('alerts.webhookUrl')}
            type="url"
            value={webhook}
            onChange={(e) => setWebhook(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('alerts.webhookSecret')}
            description={props.data.webhookSecretSet ? t('alerts.webhookSecretSet') : undefined}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <ProblemAlert error={save.error} />
          <Group gap="xs">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            {props.data.webhookUrl && (
              <Button
                variant="default"
                color="red"
                onClick={() => send({ webhookUrl: null, webhookSecret: null })}
              >
                {t('alerts.removeWebhook')}
              </Button>
            )}
          </Group>
          {props.data.updatedBy && (
            <Text size="xs" c="dimmed">
              {t('alerts.updated', { who: props.data.updatedBy, when: fmt.dateTime(props.data.updatedAt) })}
            </Text>
          )}
        </Stack>
      </form>
    </Stack>
  );
}

export function RecipientsForm(props: { workspace: string }) {
  const { t } = useTranslation();
  const recipients = useRecipients(props.workspace, true);
  return (
    <section aria-labelledby="recipients-title">
      <Title order={2} size="h4" id="recipients-title" mb="sm">
        {t('alerts.tabs.recipients')}
      </Title>
      <QueryView query={recipients} skeleton={<LoadingState rows={4} />}>
        {(data) => <Form workspace={props.workspace} data={data} />}
      </QueryView>
    </section>
  );
}

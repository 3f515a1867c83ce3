// Pengaturan › Siaran pers › Webhook siaran pers (administrators): the addresses that receive every
// published release as signed JSON. A secret is written once and never shown back — a saved one is
// marked "tersimpan" and kept when its field is left empty.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { CloseIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { type SavedWebhook, usePublicationWebhooks, useSavePublicationWebhooks } from './publications.api.ts';

interface Row {
  key: number;
  url: string;
  secret: string;
  secretSet: boolean;
}

const MAX = 10;
let nextKey = 1;
const rowsOf = (saved: SavedWebhook[]): Row[] =>
  saved.map((w) => ({ key: nextKey++, url: w.url, secret: '', secretSet: w.secretSet }));

function Form(props: { workspace: string; saved: SavedWebhook[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(props.saved));
  const save = useSavePublicationWebhooks(props.workspace);
  useEffect(() => setRows(rowsOf(props.saved)), [props.saved]);
  const change = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          rows
            .filter((r) => r.url.trim() !== '')
            .map((r) => ({ url: r.url.trim(), ...(r.secret ? { secret: r.secret } : {}) })),
          { onSuccess: () => showToast({ title: t('common.saved'), color: 'teal' }) },
        );
      }}
    >
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('publications.settings.noWebhooks')}
          </Text>
        )}
        {rows.map((r, i) => (
          <Group key={r.key} gap="xs" align="flex-end" wrap="wrap" data-testid="webhook-row">
            <TextInput
              label={t('publications.settings.webhookUrl', { n: i + 1 })}
              placeholder="https://"
              value={r.url}
              maxLength={2000}
              onChange={(e) => change(r.key, { url: e.currentTarget.value })}
              style={{ flex: '2 1 260px' }}
            />
            <PasswordInput
              label={
                <Group gap={6} component="span">
                  {t('publications.settings.secret')}
                  {r.secretSet && (
                    <Badge size="xs" color="green" variant="light" radius="sm" component="span">
                      {t('publications.settings.secretSaved')}
                    </Badge>
                  )}
                </Group>
              }
              placeholder={r.secretSet ? t('publications.settings.secretKeep') : ''}
              value={r.secret}
              maxLength={200}
              autoComplete="new-password"
              onChange={(e) => change(r.key, { secret: e.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('publications.settings.removeWebhook', { n: i + 1 })}
              onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
            >
              <CloseIcon width={16} height={16} />
            </ActionIcon>
          </Group>
        ))}
        <ProblemAlert error={save.error} />
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<PlusIcon width={16} height={16} />}
            disabled={rows.length >= MAX}
            onClick={() =>
              setRows((all) => [...all, { key: nextKey++, url: '', secret: '', secretSet: false }])
            }
          >
            {t('publications.settings.addWebhook')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PublicationWebhooksSettings(props: { workspace: string }) {
  const { t } = useTranslation();
  const hooks = usePublicationWebhooks(props.workspace, true);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="publication-webhooks"
      data-testid="publication-webhooks"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="publication-webhooks">
          {t('publications.settings.webhooks')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('publications.settings.webhooksBody')}
        </Text>
        <QueryView query={hooks}>{(saved) => <Form workspace={props.workspace} saved={saved} />}</QueryView>
      </Stack>
    </Paper>
  );
}

// The user's personal API tokens: create one (shown once), see when each was last used, revoke.
import { Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { tokenSchema } from '../../../../src/modules/users/users.schema.ts';
import { api } from '../../app/api/client.ts';
import { addDays, startOfDayIso } from '../../app/format/time.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { OneTimeSecret } from '../../app/ui/OneTimeSecret.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';

type Token = z.infer<typeof tokenSchema>;
const KEY = ['tokens'] as const;

function NewToken(props: { onDone(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [until, setUntil] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api<{ token: string; record: Token }>('/api/v1/tokens', {
        method: 'POST',
        // "Valid until" a day means through that whole day in the workspace's zone.
        body: {
          name: name.trim(),
          expiresAt: until ? startOfDayIso(addDays(until, 1), fmt.zone) : undefined,
        },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (create.data)
    return (
      <Stack gap="sm">
        <OneTimeSecret
          title={create.data.record.name}
          secret={create.data.token}
          note={t('settings.tokens.created')}
        />
        <Group justify="flex-end">
          <Button onClick={props.onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('settings.tokens.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={100}
          data-autofocus
        />
        <TextInput
          label={`${t('settings.tokens.expiresAt')} (${t('common.optional')})`}
          type="date"
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
        />
        <ProblemAlert error={create.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t('settings.tokens.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TokensSettings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const tokens = useQuery({
    queryKey: KEY,
    queryFn: () => api<{ tokens: Token[] }>('/api/v1/tokens'),
    select: (d) => d.tokens,
  });
  const revoke = useMutation({
    mutationFn: (token: Token) => api(`/api/v1/tokens/${token.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const addButton = (
    <Button size="xs" leftSection={<PlusIcon width={14} height={14} />} onClick={() => setAdding(true)}>
      {t('settings.tokens.add')}
    </Button>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('settings.tokens.intro')}
        </Text>
        {addButton}
      </Group>
      <QueryView query={tokens} skeleton={<LoadingState rows={3} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              compact
              title={t('settings.tokens.empty')}
              body={t('settings.tokens.emptyBody')}
              action={addButton}
            />
          ) : (
            <DataTable
              caption={t('settings.tabs.tokens')}
              rows={rows}
              rowKey={(r) => r.id}
              minWidth={600}
              columns={[
                {
                  key: 'name',
                  header: t('common.name'),
                  cell: (r) => (
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {r.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {r.prefix}…
                      </Text>
                    </Stack>
                  ),
                },
                {
                  key: 'status',
                  header: t('sources.columns.status'),
                  cell: (r) => (
                    <Badge size="sm" variant="light" color={r.revokedAt ? 'gray' : 'green'}>
                      {r.revokedAt ? t('settings.tokens.revoked') : t('settings.tokens.active')}
                    </Badge>
                  ),
                },
                {
                  key: 'expires',
                  header: t('settings.tokens.expires'),
                  cell: (r) => (r.expiresAt ? fmt.date(r.expiresAt) : t('settings.tokens.noExpiry')),
                },
                {
                  key: 'used',
                  header: t('settings.tokens.lastUsed'),
                  cell: (r) => (r.lastUsedAt ? fmt.dateTime(r.lastUsedAt) : t('settings.tokens.never')),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  cell: (r) =>
                    r.revokedAt ? null : (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRevoking(r)}>
                        {t('settings.tokens.revoke')}
                      </Button>
                    ),
                },
              ]}
            />
          )
        }
      </QueryView>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('settings.tokens.add')}>
        {adding && <NewToken onDone={() => setAdding(false)} />}
      </Modal>
      <ConfirmDialog
        opened={revoking !== null}
        title={revoking ? t('settings.tokens.revokeTitle', { name: revoking.name }) : ''}
        body={t('settings.tokens.revokeBody')}
        confirmLabel={t('settings.tokens.revoke')}
        danger
        busy={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      />
    </Stack>
  );
}

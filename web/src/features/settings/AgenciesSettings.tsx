// The agencies (OPD) of the workspace: add, edit, deactivate. Leads and administrators manage
// them; everyone may read them.
import { Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { type Agency, useAgencies, useSaveAgency } from './agencies.api.ts';

function AgencyForm(props: { workspace: string; agency: Agency | null; onDone(): void }) {
  const { t } = useTranslation();
  const a = props.agency;
  const [name, setName] = useState(a?.name ?? '');
  const [shortName, setShortName] = useState(a?.shortName ?? '');
  const [head, setHead] = useState(a?.head ?? '');
  const [email, setEmail] = useState(a?.email ?? '');
  const [phone, setPhone] = useState(a?.phone ?? '');
  const save = useSaveAgency(props.workspace);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            id: a?.id,
            fields: {
              name: name.trim(),
              shortName: shortName.trim(),
              head: head.trim() || null,
              email: email.trim() || null,
              phone: phone.trim() || null,
            },
          },
          {
            onSuccess: () => {
              showToast({ title: t('common.saved') });
              props.onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('settings.agencies.name')}
          placeholder="Dinas Pekerjaan Umum dan Penataan Ruang"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
          data-autofocus
        />
        <TextInput
          label={t('settings.agencies.shortName')}
          placeholder="Dinas PUPR"
          value={shortName}
          onChange={(e) => setShortName(e.currentTarget.value)}
          required
          maxLength={60}
        />
        <TextInput
          label={t('settings.agencies.head')}
          value={head}
          onChange={(e) => setHead(e.currentTarget.value)}
          maxLength={200}
        />
        <Group grow>
          <TextInput
            label={t('settings.agencies.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            maxLength={320}
          />
          <TextInput
            label={t('settings.agencies.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            maxLength={60}
          />
        </Group>
        <ProblemAlert error={save.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!name.trim() || !shortName.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AgenciesSettings(props: { workspace: string; canManage: boolean }) {
  const { t } = useTranslation();
  const agencies = useAgencies(props.workspace);
  const save = useSaveAgency(props.workspace);
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const addButton = props.canManage ? (
    <Button size="xs" leftSection={<PlusIcon width={14} height={14} />} onClick={() => setEditing('new')}>
      {t('settings.agencies.add')}
    </Button>
  ) : null;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('settings.agencies.intro')}
        </Text>
        {addButton}
      </Group>
      <QueryView query={agencies} skeleton={<LoadingState rows={4} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              compact
              title={t('settings.agencies.empty')}
              body={t('settings.agencies.emptyBody')}
              action={addButton}
            />
          ) : (
            <DataTable
              caption={t('settings.tabs.agencies')}
              rows={rows}
              rowKey={(r) => r.id}
              exportable
              minWidth={640}
              columns={[
                {
                  key: 'name',
                  header: t('settings.agencies.shortName'),
                  cell: (r) => (
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {r.shortName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.name}
                      </Text>
                    </Stack>
                  ),
                  value: (r) => r.shortName,
                },
                {
                  key: 'full',
                  header: t('settings.agencies.name'),
                  cell: () => null,
                  value: (r) => r.name,
                  exportOnly: true,
                },
                {
                  key: 'head',
                  header: t('settings.agencies.head'),
                  cell: (r) => r.head ?? '—',
                  value: (r) => r.head,
                },
                {
                  key: 'contact',
                  header: t('settings.agencies.email'),
                  cell: (r) => [r.email, r.phone].filter(Boolean).join(' · ') || '—',
                  value: (r) => [r.email, r.phone].filter(Boolean).join(' · '),
                },
                {
                  key: 'active',
                  header: t('sources.columns.status'),
                  cell: (r) => (
                    <Badge size="sm" variant="light" color={r.active ? 'green' : 'gray'}>
                      {r.active ? t('settings.agencies.active') : t('settings.agencies.inactive')}
                    </Badge>
                  ),
                  value: (r) => (r.active ? t('settings.agencies.active') : t('settings.agencies.inactive')),
                },
                ...(props.canManage
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        cell: (r: Agency) => (
                          <Group gap={4} wrap="nowrap">
                            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)}>
                              {t('common.edit')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color={r.active ? 'red' : undefined}
                              onClick={() => save.mutate({ id: r.id, fields: { active: !r.active } })}
                            >
                              {r.active ? t('settings.agencies.deactivate') : t('settings.agencies.activate')}
                            </Button>
                          </Group>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryView>
      <ProblemAlert error={save.error} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('settings.agencies.add') : t('common.edit')}
      >
        {editing !== null && (
          <AgencyForm
            workspace={props.workspace}
            agency={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

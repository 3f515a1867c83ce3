// The monitored subjects: the government, its leaders, agencies and topics, each with the query
// that decides which news is about it (previewed live while it is written).
import { Button, Code, Grid, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { type Subject, useSubjects } from '../../app/api/subjects.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { ReanalysisCard } from './ReanalysisCard.tsx';
import { SubjectPreview } from './SubjectPreview.tsx';

const KINDS = ['government', 'leader', 'agency', 'topic'] as const;
type Kind = (typeof KINDS)[number];

function SubjectForm(props: { workspace: string; onDone(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('topic');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState('');
  const [aliases, setAliases] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api<{ subject: Subject }>('/api/v1/subjects', {
        method: 'POST',
        body: {
          workspace: props.workspace,
          name: name.trim(),
          kind,
          query: query.trim(),
          role: role.trim() || undefined,
          aliases: aliases
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean),
        },
      }),
    onSuccess: ({ subject }) => {
      void queryClient.invalidateQueries({ queryKey: ['subjects'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      showToast({ title: t('settings.subjects.added', { name: subject.name }) });
      props.onDone();
    },
  });
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('common.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={200}
              data-autofocus
            />
            <Select
              label={t('settings.subjects.kind')}
              value={kind}
              allowDeselect={false}
              onChange={(v) => setKind((v ?? 'topic') as Kind)}
              data={KINDS.map((k) => ({ value: k, label: t(`settings.subjects.kinds.${k}`) }))}
            />
            <TextInput
              label={t('settings.subjects.query')}
              description={t('search.help')}
              placeholder={t('settings.subjects.queryHelp')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              required
              maxLength={2000}
              styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
            />
            {kind === 'leader' && (
              <TextInput
                label={t('settings.subjects.role')}
                value={role}
                onChange={(e) => setRole(e.currentTarget.value)}
                maxLength={200}
              />
            )}
            <TextInput
              label={t('settings.subjects.aliases')}
              description={t('settings.subjects.aliasesHelp')}
              value={aliases}
              onChange={(e) => setAliases(e.currentTarget.value)}
            />
            <ProblemAlert error={add.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={props.onDone}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending} disabled={!name.trim() || !query.trim()}>
                {t('settings.subjects.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <SubjectPreview workspace={props.workspace} query={query} />
      </Grid.Col>
    </Grid>
  );
}

export function SubjectsSettings(props: { workspace: string; canManage: boolean; canReanalyze: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const subjects = useSubjects(props.workspace);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Subject | null>(null);
  const remove = useMutation({
    mutationFn: (s: Subject) =>
      api(`/api/v1/subjects/${s.id}`, { method: 'DELETE', query: { workspace: props.workspace } }),
    onSuccess: () => {
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: ['subjects'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const addButton = props.canManage ? (
    <Button size="xs" leftSection={<PlusIcon width={14} height={14} />} onClick={() => setAdding(true)}>
      {t('settings.subjects.add')}
    </Button>
  ) : null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('settings.subjects.intro')}
        </Text>
        {addButton}
      </Group>
      <QueryView query={subjects} skeleton={<LoadingState rows={4} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              compact
              title={t('settings.subjects.empty')}
              body={t('settings.subjects.emptyBody')}
              action={addButton}
            />
          ) : (
            <DataTable
              caption={t('settings.tabs.subjects')}
              rows={rows}
              rowKey={(r) => r.id}
              exportable
              minWidth={640}
              testId="subjects-table"
              columns={[
                {
                  key: 'name',
                  header: t('common.name'),
                  cell: (r) => (
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {r.name}
                      </Text>
                      {r.role && (
                        <Text size="xs" c="dimmed">
                          {r.role}
                        </Text>
                      )}
                    </Stack>
                  ),
                  value: (r) => r.name,
                },
                {
                  key: 'kind',
                  header: t('settings.subjects.kind'),
                  cell: (r) => t(`settings.subjects.kinds.${r.kind}`),
                  value: (r) => r.kind,
                },
                {
                  key: 'query',
                  header: t('settings.subjects.query'),
                  cell: (r) => (
                    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{r.query}</Code>
                  ),
                  value: (r) => r.query,
                },
                {
                  key: 'aliases',
                  header: t('settings.subjects.aliases'),
                  cell: (r) => r.aliases.join(', ') || '—',
                  value: (r) => r.aliases.join(', '),
                },
                ...(props.canManage
                  ? [
                      {
                        key: 'remove',
                        header: t('common.actions'),
                        cell: (r: Subject) => (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`${t('common.delete')}: ${r.name}`}
                            onClick={() => setRemoving(r)}
                          >
                            {t('common.delete')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryView>
      {/* Where the toast after adding a subject sends staff: older news is matched only after this. */}
      <ReanalysisCard workspace={props.workspace} canStart={props.canReanalyze} />
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('settings.subjects.add')} size="xl">
        <SubjectForm workspace={props.workspace} onDone={() => setAdding(false)} />
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('settings.subjects.removeTitle', { name: removing.name }) : ''}
        body={t('settings.subjects.removeBody')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </Stack>
  );
}

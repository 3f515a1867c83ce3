// Sumber berita: every source with its health (last check, errors, news yielded, stale), and —
// for operators — adding, enabling, disabling and removing sources, and "Ambil sekarang" with its
// progress; the "Katalog media" tab groups the sources by outlet.
import { ActionIcon, Button, Drawer, Menu, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api/client.ts';
import { type Source, sourcesKey, useSources } from '../../app/api/sources.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { DotsIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { AddSourceForm } from './AddSourceForm.tsx';
import { OutletCatalogue } from './OutletCatalogue.tsx';
import { PollNowPanel } from './PollNowPanel.tsx';
import { PrintOutlets } from './PrintOutlets.tsx';
import { useRequestPoll } from './pollNow.api.ts';
import { SourceLog } from './SourceLog.tsx';
import { SourceStatus } from './SourceStatus.tsx';

export function SourcesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const queryClient = useQueryClient();
  const sources = useSources(workspace);
  const canManage = session.can('manageSources');
  const canPoll = session.can('runCrawl');
  const pollNow = useRequestPoll(workspace);
  const [pollOf, setPollOf] = useState<Source | null>(null);
  const [adding, setAdding] = useState(false);
  const [logOf, setLogOf] = useState<Source | null>(null);
  const [removing, setRemoving] = useState<Source | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: sourcesKey(workspace) });
  const [params, setParams] = useSearchParams();
  const tab = ['katalog', 'cetak'].includes(params.get('tab') ?? '')
    ? (params.get('tab') as string)
    : 'sumber';

  const toggle = useMutation({
    mutationFn: (s: Source) =>
      api(`/api/v1/sources/${s.id}`, {
        method: 'PATCH',
        query: { workspace },
        body: { enabled: !s.enabled },
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (s: Source) => api(`/api/v1/sources/${s.id}`, { method: 'DELETE', query: { workspace } }),
    onSuccess: () => {
      setRemoving(null);
      void refresh();
    },
  });

  const addButton = canManage ? (
    <Button leftSection={<PlusIcon width={16} height={16} />} onClick={() => setAdding(true)}>
      {t('sources.add')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('sources.title')}
        description={t('sources.intro')}
        actions={tab === 'cetak' ? null : addButton}
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'sumber' ? { tab: v } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="sumber">{t('sources.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="katalog">{t('sources.tabs.catalogue')}</Tabs.Tab>
          <Tabs.Tab value="cetak">{t('sources.tabs.print')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="cetak">
          <PrintOutlets workspace={workspace} />
        </Tabs.Panel>
        <Tabs.Panel value="katalog">
          <OutletCatalogue workspace={workspace} />
        </Tabs.Panel>
        <Tabs.Panel value="sumber">
          <QueryView query={sources} skeleton={<LoadingState rows={8} />}>
            {(rows) =>
              rows.length === 0 ? (
                <EmptyState title={t('sources.empty')} body={t('sources.emptyBody')} action={addButton} />
              ) : (
                <DataTable
                  caption={t('sources.title')}
                  rows={rows}
                  rowKey={(r) => r.id}
                  exportable
                  testId="sources-table"
                  minWidth={760}
                  columns={[
                    {
                      key: 'name',
                      header: t('sources.columns.source'),
                      cell: (r) => (
                        <Stack gap={0}>
                          <Text size="sm" fw={600}>
                            {r.name}
                          </Text>
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {t(`sources.kinds.${r.kind}`)} · {r.url}
                          </Text>
                          {r.backlog && (
                            <Text size="xs" c="dimmed">
                              {r.backlog}
                            </Text>
                          )}
                        </Stack>
                      ),
                      value: (r) => r.name,
                    },
                    {
                      key: 'url',
                      header: t('sources.url'),
                      cell: () => null,
                      value: (r) => r.url,
                      exportOnly: true,
                    },
                    {
                      key: 'status',
                      header: t('sources.columns.status'),
                      cell: (r) => <SourceStatus source={r} />,
                      value: (r) =>
                        [
                          r.enabled ? t('sources.enabled') : t('sources.disabled'),
                          r.stale ? t('sources.stale') : null,
                          r.lastError,
                        ]
                          .filter(Boolean)
                          .join(' · '),
                    },
                    {
                      key: 'lastFetch',
                      header: t('sources.columns.lastFetch'),
                      cell: (r) => (
                        <span title={fmt.dateTime(r.lastPolledAt)} style={{ whiteSpace: 'nowrap' }}>
                          {r.lastPolledAt ? fmt.relative(r.lastPolledAt) : t('sources.never')}
                        </span>
                      ),
                      value: (r) => r.lastPolledAt ?? null,
                    },
                    {
                      key: 'articles',
                      header: t('sources.columns.articles'),
                      numeric: true,
                      cell: (r) => fmt.number(r.articleCount ?? 0),
                      value: (r) => r.articleCount ?? 0,
                    },
                    {
                      key: 'failures',
                      header: t('sources.columns.failures'),
                      numeric: true,
                      cell: (r) => fmt.number(r.failedCount ?? 0),
                      value: (r) => r.failedCount ?? 0,
                    },
                    {
                      key: 'actions',
                      header: t('common.actions'),
                      cell: (r) => (
                        <Menu position="bottom-end" withArrow>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('sources.actionsFor', { name: r.name })}
                            >
                              <DotsIcon />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {canPoll && r.enabled && (
                              <Menu.Item
                                onClick={() => {
                                  setPollOf(r);
                                  pollNow.mutate(r.id);
                                }}
                              >
                                {t('sources.pollNow.start')}
                              </Menu.Item>
                            )}
                            <Menu.Item
                              onClick={() => {
                                pollNow.reset();
                                setPollOf(r);
                              }}
                            >
                              {t('sources.pollNow.show')}
                            </Menu.Item>
                            <Menu.Item onClick={() => setLogOf(r)}>{t('sources.log')}</Menu.Item>
                            {canManage && (
                              <>
                                <Menu.Item onClick={() => toggle.mutate(r)}>
                                  {r.enabled ? t('sources.disable') : t('sources.enable')}
                                </Menu.Item>
                                <Menu.Item color="red" onClick={() => setRemoving(r)}>
                                  {t('sources.remove')}
                                </Menu.Item>
                              </>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      ),
                    },
                  ]}
                />
              )
            }
          </QueryView>
        </Tabs.Panel>
      </Tabs>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('sources.add')}>
        <AddSourceForm workspace={workspace} onDone={() => setAdding(false)} />
      </Modal>
      <Drawer
        opened={logOf !== null}
        onClose={() => setLogOf(null)}
        position="right"
        title={logOf ? t('sources.logTitle', { name: logOf.name }) : ''}
      >
        {logOf && <SourceLog workspace={workspace} sourceId={logOf.id} />}
      </Drawer>
      <Drawer
        opened={pollOf !== null}
        onClose={() => setPollOf(null)}
        position="right"
        title={pollOf ? t('sources.pollNow.title', { name: pollOf.name }) : ''}
      >
        {pollOf && (
          <PollNowPanel
            workspace={workspace}
            source={pollOf}
            canRun={canPoll}
            onStart={() => pollNow.mutate(pollOf.id)}
            starting={pollNow.isPending}
            startError={pollNow.error}
          />
        )}
      </Drawer>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('sources.removeTitle', { name: removing.name }) : ''}
        body={t('sources.removeBody')}
        confirmLabel={t('sources.remove')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </>
  );
}

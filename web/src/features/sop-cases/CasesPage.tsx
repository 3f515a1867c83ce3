// Kasus (/kasus): every SOP case of the workspace, newest first, narrowed by status and by SOP; the
// filters live in the address so a link opens the same list.
import { Anchor, Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { useSops } from '../sops/sops.api.ts';
import { CaseStatusBadge } from './CaseStatusBadge.tsx';
import { caseLink } from './InboxPage.tsx';
import { StartCaseButton } from './StartCaseButton.tsx';
import { CASE_STATUSES, type CaseListItem, type CaseStatus, useCases } from './sop-cases.api.ts';

type StatusFilter = CaseStatus | 'all';

function statusFilter(value: string | null): StatusFilter {
  if (value === 'all') return 'all';
  return CASE_STATUSES.includes(value as CaseStatus) ? (value as CaseStatus) : 'open';
}

export function CasesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const status = statusFilter(params.get('status'));
  const sop = params.get('sop') || null;
  const sops = useSops(workspace);
  const cases = useCases(workspace, { status: status === 'all' ? null : status, sop });
  const sopName = (key: string) => sops.data?.find((s) => s.key === key)?.title ?? key;
  const setFilter = (name: 'status' | 'sop', value: string) => {
    const next = new URLSearchParams(params);
    if (value && !(name === 'status' && value === 'open')) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Anchor component={Link} to="/kotak-masuk" size="sm">
        ← {t('inbox.title')}
      </Anchor>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.intro')}
        actions={
          session.can('startCases') ? <StartCaseButton workspace={workspace} sop={sop ?? undefined} /> : null
        }
      />
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('cases.filterStatus')}
            value={status}
            onChange={(v) => setFilter('status', v)}
            data={[
              ...CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) })),
              { value: 'all', label: t('cases.allStatuses') },
            ]}
            style={{ maxWidth: '100%' }}
          />
          <NativeSelect
            label={t('cases.filterSop')}
            value={sop ?? ''}
            onChange={(e) => setFilter('sop', e.currentTarget.value)}
            data={[
              { value: '', label: t('cases.allSops') },
              ...(sops.data ?? []).map((s) => ({ value: s.key, label: s.title })),
            ]}
            maw={360}
            style={{ flex: '1 1 220px' }}
          />
        </Group>
        <QueryView query={cases} skeleton={<LoadingState rows={6} />}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={t('cases.empty')} body={t('cases.emptyBody')} />
            ) : (
              <DataTable<CaseListItem>
                caption={t('cases.title')}
                rows={rows}
                rowKey={(r) => r.id}
                exportable
                testId="cases-table"
                minWidth={760}
                footer={
                  cases.hasNextPage ? (
                    <Group>
                      <Button
                        variant="default"
                        size="xs"
                        loading={cases.isFetchingNextPage}
                        onClick={() => void cases.fetchNextPage()}
                      >
                        {t('cases.more')}
                      </Button>
                    </Group>
                  ) : null
                }
                columns={[
                  {
                    key: 'title',
                    header: t('cases.columns.title'),
                    cell: (r) => (
                      <Anchor component={Link} to={caseLink(r.id)} size="sm" fw={600}>
                        {r.title}
                      </Anchor>
                    ),
                    value: (r) => r.title,
                  },
                  {
                    key: 'sop',
                    header: t('cases.columns.sop'),
                    cell: (r) => <Text size="sm">{sopName(r.sopKey)}</Text>,
                    value: (r) => sopName(r.sopKey),
                  },
                  {
                    key: 'step',
                    header: t('cases.columns.step'),
                    cell: (r) => (
                      <Stack gap={0}>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t('cases.stepOnly', { no: r.step })}
                        </Text>
                        {r.status === 'open' && (
                          <Text size="xs" c="dimmed">
                            {t(`roles.${r.stepRole as 'analyst'}`, { defaultValue: r.stepRole })}
                          </Text>
                        )}
                      </Stack>
                    ),
                    value: (r) => r.step,
                  },
                  {
                    key: 'status',
                    header: t('cases.columns.status'),
                    cell: (r) => (
                      <Group gap={4} wrap="wrap">
                        <CaseStatusBadge status={r.status} late={r.late} />
                      </Group>
                    ),
                    value: (r) => t(`cases.statuses.${r.status}`),
                  },
                  {
                    key: 'due',
                    header: t('cases.columns.due'),
                    cell: (r) =>
                      r.status === 'open' ? (
                        <Text size="sm" c={r.late ? 'red.9' : undefined} fw={r.late ? 700 : undefined}>
                          {fmt.dateTime(r.dueAt)}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('cases.closedOn', { when: fmt.dateTime(r.closedAt) })}
                        </Text>
                      ),
                    value: (r) => (r.status === 'open' ? r.dueAt : r.closedAt),
                  },
                  {
                    key: 'created',
                    header: t('cases.columns.created'),
                    cell: (r) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(r.createdAt)}</span>,
                    value: (r) => r.createdAt,
                  },
                ]}
              />
            )
          }
        </QueryView>
      </Stack>
    </>
  );
}

// Program & kegiatan (/program): the inventory of the government's programs and activities (SOP B
// step 1) with filters kept in the address (year, agency, status, words), the import from a
// spreadsheet for those who keep it, and the public issues of the last days beside it.
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { useAgencies } from '../settings/agencies.api.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { PublicIssues } from './PublicIssues.tsx';
import { type ProgramStatus, STATUSES, usePrograms } from './programs.api.ts';
import { StatusBadge } from './StatusBadge.tsx';

export function ProgramsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const [importOpen, setImportOpen] = useState(false);
  const num = (name: string) => (/^\d+$/.test(params.get(name) ?? '') ? Number(params.get(name)) : null);
  const statusParam = params.get('status') as ProgramStatus | null;
  const filter = {
    year: num('tahun'),
    agency: num('opd'),
    status: statusParam && STATUSES.includes(statusParam) ? statusParam : null,
    search: params.get('q') ?? '',
  };
  const [words, setWords] = useState(filter.search);
  const list = usePrograms(workspace, filter);
  const agencies = useAgencies(workspace);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const schedule = (start: string | null, end: string | null) =>
    start || end ? `${start ? fmt.date(start) : '…'} – ${end ? fmt.date(end) : '…'}` : '-';

  return (
    <>
      <PageHeader
        title={t('programs.title')}
        description={t('programs.intro')}
        actions={
          session.can('managePrograms') ? (
            <Button onClick={() => setImportOpen(true)}>{t('programs.import.open')}</Button>
          ) : null
        }
      />
      <Stack gap="md">
        <PublicIssues workspace={workspace} />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('programs.filterYear')}
            value={filter.year === null ? '' : String(filter.year)}
            onChange={(e) => set('tahun', e.currentTarget.value)}
            data={[
              { value: '', label: t('programs.allYears') },
              ...(list.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
          <NativeSelect
            label={t('programs.filterAgency')}
            value={filter.agency === null ? '' : String(filter.agency)}
            onChange={(e) => set('opd', e.currentTarget.value)}
            data={[
              { value: '', label: t('programs.allAgencies') },
              ...(agencies.data ?? []).map((a) => ({ value: String(a.id), label: a.shortName })),
            ]}
            style={{ flex: '1 1 180px', maxWidth: 280 }}
          />
          <NativeSelect
            label={t('programs.filterStatus')}
            value={filter.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value)}
            data={[
              { value: '', label: t('programs.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`programs.statuses.${s}`) })),
            ]}
          />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              set('q', words.trim());
            }}
            style={{ flex: '1 1 220px' }}
          >
            <TextInput
              label={t('programs.search')}
              type="search"
              value={words}
              onChange={(e) => setWords(e.currentTarget.value)}
              onBlur={() => set('q', words.trim())}
            />
          </form>
        </Group>
        <QueryView query={list} skeleton={<LoadingState rows={6} />}>
          {(data) =>
            data.programs.length === 0 ? (
              <EmptyState title={t('programs.empty')} body={t('programs.emptyBody')} />
            ) : (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('programs.total', { n: data.total })}
                </Text>
                <Table.ScrollContainer minWidth={720}>
                  <Table striped highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('programs.name')}</Table.Th>
                        <Table.Th>{t('programs.agency')}</Table.Th>
                        <Table.Th>{t('programs.year')}</Table.Th>
                        <Table.Th>{t('programs.location')}</Table.Th>
                        <Table.Th>{t('programs.schedule')}</Table.Th>
                        <Table.Th>{t('programs.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.programs.map((p) => (
                        <Table.Tr key={p.id} data-testid="program-row">
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/program/${p.id}`}
                              style={{ overflowWrap: 'anywhere' }}
                            >
                              {p.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{p.agencyName ?? '-'}</Table.Td>
                          <Table.Td>{p.budgetYear ?? '-'}</Table.Td>
                          <Table.Td>{p.location ?? '-'}</Table.Td>
                          <Table.Td>{schedule(p.startDate, p.endDate)}</Table.Td>
                          <Table.Td>
                            <StatusBadge status={p.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )
          }
        </QueryView>
      </Stack>
      <ImportDialog workspace={workspace} opened={importOpen} onClose={() => setImportOpen(false)} />
    </>
  );
}

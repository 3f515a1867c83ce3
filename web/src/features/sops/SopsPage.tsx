// SOP (/sop): the office's standard operating procedures — number, name, steps, total time and the
// newest version — each opening its document and flowchart.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { ImportSopButton } from './ImportSopButton.tsx';
import { type SopSummary, useSops } from './sops.api.ts';

export const sopLink = (key: string, version?: number) =>
  `/sop/${encodeURIComponent(key)}${version === undefined ? '' : `?versi=${version}`}`;

export function SopsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const sops = useSops(workspace);
  return (
    <>
      <PageHeader
        title={t('sops.title')}
        description={t('sops.intro')}
        actions={session.can('editSops') ? <ImportSopButton workspace={workspace} /> : null}
      />
      <QueryView query={sops} skeleton={<LoadingState rows={3} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('sops.empty')} />
          ) : (
            <DataTable<SopSummary>
              caption={t('sops.title')}
              rows={rows}
              rowKey={(r) => r.key}
              testId="sops-table"
              minWidth={720}
              columns={[
                {
                  key: 'title',
                  header: t('sops.columns.title'),
                  cell: (r) => (
                    <Anchor component={Link} to={sopLink(r.key)} size="sm" fw={600}>
                      {r.title}
                    </Anchor>
                  ),
                  value: (r) => r.title,
                },
                {
                  key: 'number',
                  header: t('sops.fields.number'),
                  cell: (r) => <Text size="sm">{r.number}</Text>,
                  value: (r) => r.number,
                },
                {
                  key: 'steps',
                  header: t('sops.columns.steps'),
                  numeric: true,
                  cell: (r) => fmt.number(r.steps),
                  value: (r) => r.steps,
                },
                {
                  key: 'total',
                  header: t('sops.columns.totalTime'),
                  cell: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.totalTime}</span>,
                  value: (r) => r.totalTime,
                },
                {
                  key: 'version',
                  header: t('sops.columns.version'),
                  cell: (r) => (
                    <Text size="sm">
                      {t('sops.version', { n: r.version })}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {r.updatedBy}, {fmt.date(r.updatedAt)}
                      </Text>
                    </Text>
                  ),
                  value: (r) => r.version,
                },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}

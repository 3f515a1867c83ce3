// The crisis alerts Pantau has sent: level, what about, why, when.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { searchLink } from '../dashboard/searchLink.ts';
import { AlertLevelBadge } from './AlertLevelBadge.tsx';
import { type AlertRecord, useAlerts } from './alerts.api.ts';

function scopeLink(a: AlertRecord): string | null {
  if (a.scopeType === 'issue') return `/isu/${a.scopeId}`;
  if (a.scopeType === 'subject') return searchLink({ subject: a.scopeId, tone: 'negatif', sort: 'newest' });
  return null;
}

export function AlertList(props: { workspace: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const alerts = useAlerts(props.workspace);
  return (
    <QueryView query={alerts} skeleton={<LoadingState rows={6} />}>
      {(rows) =>
        rows.length === 0 ? (
          <EmptyState title={t('alerts.empty')} body={t('alerts.emptyBody')} />
        ) : (
          <DataTable
            caption={t('alerts.tabs.list')}
            rows={rows}
            rowKey={(r) => String(r.id)}
            exportable
            testId="alerts-table"
            columns={[
              {
                key: 'scope',
                header: t('alerts.columns.scope'),
                cell: (r) => {
                  const to = scopeLink(r);
                  return to ? (
                    <Anchor component={Link} to={to} size="sm">
                      {r.scopeLabel}
                    </Anchor>
                  ) : (
                    r.scopeLabel
                  );
                },
                value: (r) => r.scopeLabel,
              },
              {
                key: 'level',
                header: t('alerts.columns.level'),
                cell: (r) => <AlertLevelBadge level={r.level} />,
                value: (r) => r.level,
              },
              {
                key: 'reason',
                header: t('alerts.columns.reason'),
                cell: (r) => <Text size="sm">{r.reason}</Text>,
                value: (r) => r.reason,
              },
              {
                key: 'time',
                header: t('alerts.columns.time'),
                cell: (r) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(r.createdAt)}</span>,
                value: (r) => r.createdAt,
              },
              {
                key: 'delivered',
                header: t('alerts.columns.delivered'),
                numeric: true,
                cell: (r) => fmt.number(Array.isArray(r.deliveries) ? r.deliveries.length : 0),
                value: (r) => (Array.isArray(r.deliveries) ? r.deliveries.length : 0),
              },
            ]}
          />
        )
      }
    </QueryView>
  );
}

// The crisis alerts Pantau has sent: level, what about, why, when, and where their handling stands.
// Each alert's reason opens it; the status filter narrows the list to the work still open.
import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { searchLink } from '../dashboard/searchLink.ts';
import { AlertLevelBadge } from './AlertLevelBadge.tsx';
import { AlertStatusBadge } from './AlertStatusBadge.tsx';
import { ALERT_STATUSES, type AlertRecord, type AlertStatus, useAlerts } from './alerts.api.ts';

function scopeLink(a: AlertRecord): string | null {
  if (a.scopeType === 'issue') return `/isu/${a.scopeId}`;
  if (a.scopeType === 'subject') return searchLink({ subject: a.scopeId, tone: 'negatif', sort: 'newest' });
  return null;
}

export const alertLink = (id: string | number) => `/peringatan/${encodeURIComponent(String(id))}`;

export function AlertList(props: { workspace: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [status, setStatus] = useState<AlertStatus | 'all'>('all');
  const alerts = useAlerts(props.workspace, 100, status === 'all' ? null : status);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('alerts.filterStatus')}
        value={status}
        onChange={(v) => setStatus(v as AlertStatus | 'all')}
        data={[
          { value: 'all', label: t('alerts.allStatuses') },
          ...ALERT_STATUSES.map((s) => ({ value: s, label: t(`alerts.statuses.${s}`) })),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryView query={alerts} skeleton={<LoadingState rows={6} />}>
        {(rows) =>
          rows.length === 0 ? (
            status === 'all' ? (
              <EmptyState title={t('alerts.empty')} body={t('alerts.emptyBody')} />
            ) : (
              <EmptyState title={t('alerts.emptyStatus')} body={t('alerts.emptyStatusBody')} />
            )
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
                  cell: (r) => (
                    <Anchor
                      component={Link}
                      to={alertLink(r.id)}
                      size="sm"
                      aria-label={t('alerts.open', { reason: r.reason })}
                    >
                      {r.reason}
                    </Anchor>
                  ),
                  value: (r) => r.reason,
                },
                {
                  key: 'status',
                  header: t('alerts.columnsStatus'),
                  cell: (r) => <AlertStatusBadge status={r.status} />,
                  value: (r) => t(`alerts.statuses.${r.status}`),
                },
                {
                  key: 'assignee',
                  header: t('alerts.columnsAssignee'),
                  cell: (r) =>
                    r.assignee ? (
                      <Text size="sm">{r.assignee.name}</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('alerts.nobody')}
                      </Text>
                    ),
                  value: (r) => r.assignee?.name ?? '',
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
    </Stack>
  );
}

// The dashboard's lists: articles whose headline and body disagree in tone, and the period's
// crisis alerts. Both export as CSV and XLSX.
import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toneKey } from '../../app/format/tone.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { AlertLevelBadge } from '../alerts/AlertLevelBadge.tsx';
import type { Dashboard } from './dashboard.api.ts';

export function DisagreeingTable(props: { rows: Dashboard['headlineTone']['disagreeing'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (props.rows.length === 0)
    return (
      <Text size="sm" c="dimmed" mt="sm">
        {t('dashboard.charts.noDisagreeing')}
      </Text>
    );
  return (
    <div style={{ marginTop: 12 }}>
      <Title order={3} size="h6" mb={4}>
        {t('dashboard.charts.disagreeing')}
      </Title>
      <DataTable
        caption={t('dashboard.charts.disagreeing')}
        rows={props.rows}
        rowKey={(r) => r.id}
        exportable
        limit={8}
        minWidth={520}
        testId="headline-disagreeing"
        columns={[
          {
            key: 'title',
            header: t('dashboard.columns.title'),
            cell: (r) => (
              <Anchor component={Link} to={`/artikel/${r.id}`} size="sm">
                {r.title}
              </Anchor>
            ),
            value: (r) => r.title,
          },
          {
            key: 'source',
            header: t('dashboard.columns.outlet'),
            cell: (r) => r.source,
            value: (r) => r.source,
          },
          {
            key: 'headline',
            header: t('dashboard.columns.headline'),
            cell: (r) => <ToneBadge tone={r.headline} />,
            value: (r) => t(`tone.${toneKey(r.headline)}`),
          },
          {
            key: 'body',
            header: t('dashboard.columns.body'),
            cell: (r) => <ToneBadge tone={r.body} />,
            value: (r) => t(`tone.${toneKey(r.body)}`),
          },
          {
            key: 'published',
            header: t('dashboard.columns.published'),
            cell: (r) => fmt.dateTime(r.publishedAt),
            value: (r) => r.publishedAt,
          },
        ]}
      />
    </div>
  );
}

export function DashboardAlerts(props: { rows: Dashboard['alerts'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="dashboard-alerts"
      data-testid="dashboard-alerts"
    >
      <Title order={2} size="h5" id="dashboard-alerts" mb="xs">
        <Anchor component={Link} to="/peringatan" inherit>
          {t('dashboard.charts.alerts')}
        </Anchor>
      </Title>
      {props.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.charts.noAlerts')}
        </Text>
      ) : (
        <DataTable
          caption={t('dashboard.charts.alerts')}
          rows={props.rows}
          rowKey={(r) => r.id}
          exportable
          minWidth={560}
          columns={[
            {
              key: 'scope',
              header: t('alerts.columns.scope'),
              cell: (r) => r.scope,
              value: (r) => r.scope,
            },
            {
              key: 'level',
              header: t('dashboard.columns.level'),
              cell: (r) => <AlertLevelBadge level={r.level} />,
              value: (r) => r.level,
            },
            {
              key: 'reason',
              header: t('dashboard.columns.reason'),
              cell: (r) => r.reason,
              value: (r) => r.reason,
            },
            {
              key: 'time',
              header: t('dashboard.columns.time'),
              cell: (r) => fmt.dateTime(r.createdAt),
              value: (r) => r.createdAt,
            },
          ]}
        />
      )}
    </Paper>
  );
}

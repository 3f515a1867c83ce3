// How the alert reached each channel (e-mail, webhook): sent, retrying (with the attempt to come
// and, when the queue says, its time), failed for good with the reason, or pending; and why a
// channel was not used at all.
import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import type { AlertDetail } from './alerts.api.ts';

const COLORS = { sent: 'green', retrying: 'orange', failed: 'red', pending: 'gray' } as const;

export function AlertDeliveries(props: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { deliveries, problems } = props.alert;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="alert-deliveries">
      <Title order={2} size="h5" id="alert-deliveries" mb="xs">
        {t('alerts.detail.deliveries')}
      </Title>
      <Stack gap="sm">
        {deliveries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('alerts.detail.noDeliveries')}
          </Text>
        ) : (
          <DataTable
            caption={t('alerts.detail.deliveries')}
            rows={deliveries}
            rowKey={(d) => d.channel}
            alwaysTable
            minWidth={320}
            testId="alert-deliveries"
            columns={[
              {
                key: 'channel',
                header: t('alerts.detail.columnsChannel'),
                cell: (d) => t(`alerts.detail.channels.${d.channel}`),
                value: (d) => d.channel,
              },
              {
                key: 'status',
                header: t('alerts.columnsStatus'),
                cell: (d) => (
                  <Badge color={COLORS[d.status]} variant="light" radius="sm">
                    {t(`alerts.detail.deliveryStatus.${d.status}`, { n: d.attempts + 1 })}
                  </Badge>
                ),
                value: (d) => d.status,
              },
              {
                key: 'when',
                header: t('alerts.detail.columnsWhen'),
                cell: (d) => (d.at ? fmt.dateTime(d.at) : '—'),
                value: (d) => d.at ?? '',
              },
              {
                key: 'error',
                header: t('alerts.detail.columnsError'),
                cell: (d) => (
                  <Text size="sm">
                    {[
                      d.attempts > 0 ? t('alerts.detail.attempts', { n: d.attempts }) : null,
                      d.nextAttemptAt
                        ? t('alerts.detail.nextAttempt', { at: fmt.dateTime(d.nextAttemptAt) })
                        : null,
                      d.error,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </Text>
                ),
                value: (d) => d.error ?? '',
              },
            ]}
          />
        )}
        {problems.length > 0 && (
          <List size="sm" c="orange.9">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

// What went where: the newsroom, each partner outlet's e-mail, each webhook — per version (a
// correction goes out again), its state (sent, waiting, failed with the error), tries and time.
import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import type { Delivery } from './publications.api.ts';

const STATE_COLORS: Record<Delivery['state'], string> = {
  sent: 'green',
  pending: 'blue',
  sending: 'blue',
  failed: 'red',
  skipped: 'gray',
};

export function DeliveriesTable(props: { deliveries: Delivery[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (d: Delivery) => d.sentAt ?? d.nextAt ?? d.createdAt;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deliveries-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="deliveries-title">
          {t('publications.deliveries')}
        </Title>
        <DataTable
          caption={t('publications.deliveries')}
          testId="deliveries"
          rows={props.deliveries}
          rowKey={(d) => d.id}
          minWidth={560}
          columns={[
            {
              key: 'channel',
              header: t('publications.delivery.channel'),
              cell: (d) => t(`publications.channels.${d.channel}`),
              value: (d) => t(`publications.channels.${d.channel}`),
            },
            {
              key: 'target',
              header: t('publications.delivery.target'),
              cell: (d) => (
                <Stack gap={0}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {d.target}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {d.address}
                  </Text>
                </Stack>
              ),
              value: (d) => d.target,
            },
            {
              key: 'state',
              header: t('publications.delivery.state'),
              cell: (d) => (
                <Stack gap={2}>
                  <Badge
                    color={STATE_COLORS[d.state]}
                    variant="light"
                    radius="sm"
                    data-testid="delivery-state"
                  >
                    {t(`publications.deliveryStates.${d.state}`)}
                  </Badge>
                  {d.error && (
                    <Text size="xs" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                      {d.error}
                    </Text>
                  )}
                </Stack>
              ),
              value: (d) => t(`publications.deliveryStates.${d.state}`),
            },
            {
              key: 'version',
              header: t('publications.delivery.version'),
              numeric: true,
              cell: (d) => d.version,
              value: (d) => d.version,
            },
            {
              key: 'when',
              header: t('publications.delivery.when'),
              cell: (d) => fmt.dateTime(when(d)),
              value: (d) => when(d),
            },
          ]}
        />
      </Stack>
    </Paper>
  );
}

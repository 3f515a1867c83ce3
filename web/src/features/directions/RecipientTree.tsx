// The agencies a direction went to, in reading order: those it was forwarded to are indented under
// the agency that forwarded it.
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Direction } from './directions.api.ts';
import { RecipientBadge } from './RecipientBadge.tsx';

export function RecipientTree(props: { d: Direction }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="direction-recipients">
      <Title order={2} size="h5" id="direction-recipients" mb="sm">
        {t('directions.recipients')}
      </Title>
      <Stack
        gap="xs"
        component="ul"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
        data-testid="recipient-tree"
      >
        {props.d.recipients.map((r) => (
          <li key={r.id} style={{ paddingLeft: Math.min(r.depth, 4) * 20 }}>
            <Stack gap={2}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600} title={r.agencyName}>
                  {r.depth > 0 ? '↳ ' : ''}
                  {r.agencyShortName}
                </Text>
                <RecipientBadge r={r} />
                {r.mine && (
                  <Text size="xs" c="blue.8">
                    {t('directions.mine')}
                  </Text>
                )}
              </Group>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {r.agencyName}
                {r.agendaNo ? ` · ${t('directions.agendaNo', { no: r.agendaNo })}` : ''}
                {r.doneAt ? ` · ${t('directions.statuses.done')} ${fmt.dateTime(r.doneAt)}` : ''}
              </Text>
            </Stack>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

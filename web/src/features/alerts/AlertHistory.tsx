// Who did what with an alert, in order: seen, assigned, resolved, reopened.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import type { AlertDetail } from './alerts.api.ts';

export function AlertHistory(props: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { history } = props.alert;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="alert-history">
      <Title order={2} size="h5" id="alert-history" mb="xs">
        {t('alerts.detail.history')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('alerts.detail.noHistory')}
        </Text>
      ) : (
        <Stack component="ol" gap={4} style={{ paddingLeft: '1.2rem', margin: 0 }}>
          {history.map((h) => (
            <li key={h.id}>
              <Text size="sm" span>
                {t(`alerts.detail.events.${h.action}`, { who: h.by.name, assignee: h.assignee?.name ?? '' })}
              </Text>{' '}
              <Text size="xs" c="dimmed" span>
                {fmt.dateTime(h.at)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

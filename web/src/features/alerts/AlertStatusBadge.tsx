// An alert's handling status in words and colour: open (needs someone), acknowledged, resolved.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlertStatus } from './alerts.api.ts';

const COLORS: Record<AlertStatus, string> = { open: 'red', acknowledged: 'blue', resolved: 'green' };

export function AlertStatusBadge(props: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[props.status] ?? 'gray'} variant="light" radius="sm">
      {t(`alerts.statuses.${props.status}`)}
    </Badge>
  );
}

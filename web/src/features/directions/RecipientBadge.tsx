// One agency's follow-up status as a badge; "Terlambat" beside it while it is overdue.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from './directions.api.ts';

const COLORS: Record<Recipient['status'], string> = {
  sent: 'gray',
  read: 'blue',
  in_progress: 'yellow',
  done: 'teal',
};

export function RecipientBadge(props: { r: Recipient; withAgency?: boolean }) {
  const { t } = useTranslation();
  const { r } = props;
  const status = t(`directions.statuses.${r.status}`);
  return (
    <Group gap={4} wrap="nowrap" data-testid={`recipient-${r.agencyShortName}`}>
      <Badge color={COLORS[r.status]} variant="light" radius="sm" tt="none" style={{ maxWidth: '100%' }}>
        {props.withAgency ? `${r.agencyShortName}: ${status}` : status}
      </Badge>
      {r.overdue && (
        <Badge color="red" variant="filled" radius="sm" tt="none">
          {t('directions.statuses.overdue')}
        </Badge>
      )}
    </Group>
  );
}

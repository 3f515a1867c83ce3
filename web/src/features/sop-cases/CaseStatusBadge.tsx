// A case's status in words and colour: still running, done, or cancelled.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from './sop-cases.api.ts';

const COLORS: Record<CaseStatus, string> = { open: 'blue', done: 'green', cancelled: 'gray' };

export function CaseStatusBadge(props: { status: CaseStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={COLORS[props.status] ?? 'gray'} variant="light" radius="sm">
        {t(`cases.statuses.${props.status}`)}
      </Badge>
      {props.late && props.status === 'open' && (
        <Badge color="red" variant="filled" radius="sm">
          {t('cases.lateBadge')}
        </Badge>
      )}
    </>
  );
}

// A program's status as a badge that always carries the word (never colour alone).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramStatus } from './programs.api.ts';

const COLOR: Record<ProgramStatus, string> = {
  rencana: 'gray',
  berjalan: 'blue',
  selesai: 'green',
  ditunda: 'orange',
};

export function StatusBadge(props: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[props.status]} variant="light" radius="sm" tt="none">
      {t(`programs.statuses.${props.status}`)}
    </Badge>
  );
}

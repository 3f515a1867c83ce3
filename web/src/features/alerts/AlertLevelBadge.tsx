// A crisis level in words and colour: normal, waspada (watch), siaga (alert), krisis (crisis).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { normal: 'gray', waspada: 'yellow', siaga: 'orange', krisis: 'red' };

export function AlertLevelBadge(props: { level: string }) {
  const { t } = useTranslation();
  const level = props.level.toLowerCase();
  const known = level in COLORS;
  return (
    <Badge color={COLORS[level] ?? 'gray'} variant={level === 'krisis' ? 'filled' : 'light'} radius="sm">
      {known ? t(`alerts.levels.${level as 'krisis'}`) : props.level}
    </Badge>
  );
}

// A tone shown as a coloured badge that always carries the word (never colour alone).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TONE_MANTINE, toneKey } from '../format/tone.ts';

export function ToneBadge(props: {
  tone: string | null | undefined;
  suffix?: string;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const tone = toneKey(props.tone);
  return (
    <Badge color={TONE_MANTINE[tone]} variant="light" size={props.size ?? 'sm'} radius="sm">
      {t(`tone.${tone}`)}
      {props.suffix ? ` · ${props.suffix}` : ''}
    </Badge>
  );
}

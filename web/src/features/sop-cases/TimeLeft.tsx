// The working time a step has left, in words and colour (red when late, amber in its last quarter);
// the words alone carry the meaning, the colour only draws the eye.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeLeftWords, URGENCY_COLOR, urgencyOf } from './workingTime.ts';

export function TimeLeft(props: { minutesLeft: number; standardMinutes: number | null; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const urgency = urgencyOf(props.minutesLeft, props.standardMinutes);
  return (
    <Text
      span
      size={props.size ?? 'sm'}
      fw={urgency === 'ok' ? 500 : 700}
      c={URGENCY_COLOR[urgency]}
      data-testid="time-left"
      data-urgency={urgency}
      style={{ whiteSpace: 'nowrap' }}
    >
      {timeLeftWords(props.minutesLeft, t)}
    </Text>
  );
}

// Positive / neutral / negative counts as one thin stacked bar with the numbers in words, for
// lists where a full chart would be too much.
import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/numbers.ts';
import { TONE_COLORS, TONES, type Tone } from '../format/tone.ts';
import { useLang } from '../format/useLang.ts';

export function ToneBar(props: { counts: Record<Tone, number>; width?: number | string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = TONES.reduce((n, tone) => n + props.counts[tone], 0);
  const words = TONES.map((tone) => `${t(`tone.${tone}`)} ${formatNumber(props.counts[tone], lang)}`).join(
    ', ',
  );
  return (
    <Tooltip label={words} withArrow>
      <Group gap={6} wrap="nowrap">
        <div
          role="img"
          aria-label={words}
          style={{
            display: 'flex',
            width: props.width ?? 96,
            height: 8,
            borderRadius: 4,
            overflow: 'hidden',
            background: '#f1f3f5',
          }}
        >
          {total > 0 &&
            TONES.map((tone) => (
              <div
                key={tone}
                style={{ width: `${(props.counts[tone] / total) * 100}%`, background: TONE_COLORS[tone] }}
              />
            ))}
        </div>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} aria-hidden="true">
          +{formatNumber(props.counts.positif, lang)} −{formatNumber(props.counts.negatif, lang)}
        </Text>
      </Group>
    </Tooltip>
  );
}

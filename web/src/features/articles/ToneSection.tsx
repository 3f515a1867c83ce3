// The article's tone: overall and of the headline, the words that decided it, and the analyst's
// correction.
import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { toneKey } from '../../app/format/tone.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import type { Analysis } from './article.api.ts';
import { ToneCorrection } from './ToneCorrection.tsx';

export function ToneSection(props: {
  workspace: string;
  analysis: Analysis;
  subjects: Subject[];
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { tone, headlineTone } = props.analysis;
  const reasons = [...(tone.reasons ?? [])]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 6);
  return (
    <Stack gap="xs" component="section" aria-labelledby="tone-title">
      <Title order={3} size="h6" id="tone-title">
        {t('article.tone')}
      </Title>
      <Stack gap="xs" data-testid="article-tone">
        <Group gap="xs">
          <ToneBadge
            tone={tone.label}
            size="md"
            suffix={tone.corrected ? t('article.corrected') : undefined}
          />
          {!tone.corrected && (
            <Text size="xs" c="dimmed">
              {t('article.score', { score: fmt.number(tone.score, 2) })}
            </Text>
          )}
        </Group>
        {props.canCorrect && (
          <ToneCorrection
            workspace={props.workspace}
            articleId={props.analysis.articleId}
            subjects={props.subjects}
            current={toneKey(tone.label)}
          />
        )}
      </Stack>
      {headlineTone && (
        <Group gap="xs">
          <Text size="sm">{t('article.headlineTone')}:</Text>
          <ToneBadge tone={headlineTone.label} />
        </Group>
      )}
      {reasons.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('article.reasons')}
          </Text>
          <List size="sm" spacing={2}>
            {reasons.map((r) => (
              <List.Item key={`${r.start}-${r.end}-${r.rule}`}>
                <mark className={r.weight >= 0 ? 'mark-reason-pos' : 'mark-reason-neg'}>{r.text}</mark>{' '}
                <Text span size="xs" c="dimmed">
                  {r.weight >= 0 ? '+' : '−'}
                  {fmt.number(Math.abs(r.weight), 2)} ·{' '}
                  {t('article.reasonRule', { rule: t(`article.rules.${r.rule}`, { defaultValue: r.rule }) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

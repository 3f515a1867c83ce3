// The article's text as paragraphs, with what the analysis found marked on request: the subjects
// it names, the words behind its tone, its entities, its quotes.
import { Chip, Group, Paper, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from './article.api.ts';
import { type MarkSpan, markText } from './textMarks.ts';

type MarkKind = 'subjects' | 'reasons' | 'entities' | 'quotes';

function spansFor(
  kinds: MarkKind[],
  analysis: Analysis | undefined,
  subjectName: (id: number) => string,
): MarkSpan[] {
  if (!analysis) return [];
  const spans: MarkSpan[] = [];
  if (kinds.includes('subjects'))
    for (const s of analysis.subjects ?? [])
      for (const h of s.highlights ?? [])
        if (h.field === 'text')
          spans.push({ start: h.start, end: h.end, className: '', title: subjectName(s.subjectId) });
  if (kinds.includes('reasons'))
    for (const r of analysis.tone.reasons ?? [])
      spans.push({
        start: r.start,
        end: r.end,
        className: r.weight >= 0 ? 'mark-reason-pos' : 'mark-reason-neg',
        title: r.rule,
      });
  if (kinds.includes('entities'))
    for (const e of analysis.entities)
      spans.push({ start: e.start, end: e.end, className: 'mark-entity', title: e.type });
  if (kinds.includes('quotes'))
    for (const q of analysis.quotes)
      spans.push({ start: q.start, end: q.end, className: 'mark-quote', title: q.speaker ?? undefined });
  return spans;
}

export function ArticleText(props: {
  text: string | null;
  analysis: Analysis | undefined;
  subjectName(id: number): string;
}) {
  const { t } = useTranslation();
  const hasSubjects = (props.analysis?.subjects ?? []).some((s) => (s.highlights ?? []).length > 0);
  const [kinds, setKinds] = useState<MarkKind[]>(hasSubjects ? ['subjects'] : []);
  const { analysis, subjectName } = props;
  const paragraphs = useMemo(
    () => (props.text ? markText(props.text, spansFor(kinds, analysis, subjectName)) : []),
    [props.text, kinds, analysis, subjectName],
  );
  const available: MarkKind[] = [
    ...(hasSubjects ? (['subjects'] as const) : []),
    'reasons',
    'entities',
    'quotes',
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="article-text-title">
      <Group justify="space-between" mb="sm" gap="xs" wrap="wrap">
        <Title order={2} size="h5" id="article-text-title">
          {t('article.text')}
        </Title>
        {props.text && analysis && (
          <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v as MarkKind[])}>
            <Group gap={4} role="group" aria-label={t('article.mark')}>
              {available.map((kind) => (
                <Chip key={kind} value={kind} size="xs" variant="outline">
                  {t(`article.marks.${kind}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
      </Group>
      {props.text ? (
        <div className="article-text" data-testid="article-text">
          {paragraphs.map((pieces, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
            <p key={i}>
              {pieces.map((piece, j) =>
                piece.mark ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional
                  <mark key={j} className={piece.mark.className || undefined} title={piece.mark.title}>
                    {piece.text}
                  </mark>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional
                  <span key={j}>{piece.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      ) : (
        <Text c="dimmed" size="sm">
          {t('article.noText')}
        </Text>
      )}
    </Paper>
  );
}

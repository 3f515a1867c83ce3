// The analysts' corrections in force on this article: what, by whom, when.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { toneKey } from '../../app/format/tone.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Correction } from './article.api.ts';

type Kind = 'tone' | 'subject_tone' | 'subject_match' | 'entity' | 'quote_speaker';
const KINDS: Kind[] = ['tone', 'subject_tone', 'subject_match', 'entity', 'quote_speaker'];

function describe(c: Correction, t: (key: string) => string): string {
  const v = c.value;
  if ((c.kind === 'tone' || c.kind === 'subject_tone') && typeof v === 'string')
    return t(`tone.${toneKey(v)}`);
  if (c.kind === 'subject_match') {
    const about = typeof v === 'boolean' ? v : (v as { about?: boolean } | null)?.about;
    return about ? t('article.aboutYes') : t('article.aboutNo');
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.notEntity) return t('article.notEntity');
    return [o.speaker, o.canonical, o.type].filter((x) => typeof x === 'string').join(' · ');
  }
  return String(v ?? '');
}

/**
 * Every correction of the article, newest first; those still in force are marked (a newer one of
 * the same kind replaces an older one).
 */
export function CorrectionsSection(props: {
  corrections: Correction[];
  history?: Correction[];
  subjects: Subject[];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = props.history ?? props.corrections;
  const inForce = new Set(props.corrections.map((c) => c.id));
  const subjectName = (id: number | null | undefined) =>
    id ? (props.subjects.find((s) => s.id === id)?.name ?? `#${id}`) : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="corrections-title" data-testid="corrections">
      <Title order={3} size="h6" id="corrections-title">
        {t('article.corrections')}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('article.noCorrections')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((c) => {
            const kind = KINDS.includes(c.kind as Kind)
              ? t(`article.correctionKinds.${c.kind as Kind}`)
              : c.kind;
            const subject = subjectName(c.subjectId);
            return (
              <li key={c.id}>
                <Text size="sm">
                  <strong>{kind}</strong>
                  {subject ? ` (${subject})` : ''}: {describe(c, t as (key: string) => string)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('article.correctionBy', { actor: c.actor, when: fmt.dateTime(c.createdAt) })}
                  {props.history && !inForce.has(c.id) ? ` · ${t('article.superseded')}` : ''}
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

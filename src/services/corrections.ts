// Analysts' corrections: stored with who and when, they win over the automatic analysis and are
// what the workspace's tone learner trains on.
import type { ToneLabel } from '../analyze/types.ts';
import { PantauError } from '../domain/errors.ts';
import type { Correction } from '../domain/subject.ts';
import { findArticle } from '../store/articles.ts';
import type { Store } from '../store/connect.ts';
import { insertCorrection } from '../store/corrections.ts';
import { findSubject } from '../store/subjects.ts';

const TONES: ToneLabel[] = ['positive', 'negative', 'neutral'];
/** Indonesian words analysts type, mapped to the stored labels. */
const TONE_WORDS: Record<string, ToneLabel> = { positif: 'positive', negatif: 'negative', netral: 'neutral' };

export function parseToneLabel(value: string): ToneLabel {
  const v = value.trim().toLowerCase();
  const label = TONE_WORDS[v] ?? (TONES.includes(v as ToneLabel) ? (v as ToneLabel) : null);
  if (!label) throw new PantauError('validation', `Nada harus positif, negatif atau netral — got "${value}"`);
  return label;
}

export async function correctTone(
  store: Store,
  input: { articleId: number; tone: string; subjectId?: number | null; actor: string },
): Promise<Correction> {
  const actor = input.actor.trim();
  if (!actor) throw new PantauError('validation', 'Nama pengoreksi wajib diisi — who corrects is required');
  const article = await findArticle(store, input.articleId);
  if (!article) throw new PantauError('not_found', `Artikel #${input.articleId} tidak ditemukan`);
  if (input.subjectId) {
    const subject = await findSubject(store, input.subjectId);
    if (!subject || subject.workspaceId !== article.workspaceId) {
      throw new PantauError(
        'not_found',
        `Subjek #${input.subjectId} tidak ditemukan di workspace artikel ini`,
      );
    }
  }
  return insertCorrection(store, {
    workspaceId: article.workspaceId,
    articleId: article.id,
    subjectId: input.subjectId ?? null,
    kind: input.subjectId ? 'subject_tone' : 'tone',
    value: parseToneLabel(input.tone),
    actor,
  });
}

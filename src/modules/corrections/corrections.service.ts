// Analysts' corrections: stored with who and when, they win over the automatic analysis and are
// what the workspace's tone learner trains on. Tone and subject verdicts live here; entity and
// quote corrections, which point into the stored analysis, in analysis-corrections.ts.
import type { ToneLabel } from '../../analyze/types.ts';
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Correction } from '../../domain/subject.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, editorName, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { findArticle } from '../articles/articles.repo.ts';
import { audited } from '../audit/audit.service.ts';
import { findSubject } from '../subjects/subjects.repo.ts';
import { inWorkspaceNamed } from '../workspaces/workspaces.service.ts';
import { correctionsPolicy } from './corrections.policy.ts';
import { insertCorrection, type NewCorrection } from './corrections.repo.ts';

/** Stores an analyst's correction and its audit row together. */
export function saveCorrection(ctx: Ctx, row: NewCorrection): Promise<Correction> {
  return audited(
    ctx,
    (t) => insertCorrection(t, row),
    (saved) => ({
      action: 'corrections.create',
      recordType: 'article',
      recordId: row.articleId,
      after: { correction: saved.id, kind: row.kind, subjectId: row.subjectId ?? null, value: row.value },
      workspaceId: row.workspaceId,
    }),
  );
}

const TONES: ToneLabel[] = ['positive', 'negative', 'neutral'];
/** Indonesian words analysts type, mapped to the stored labels. */
const TONE_WORDS: Record<string, ToneLabel> = { positif: 'positive', negatif: 'negative', netral: 'neutral' };

export function parseToneLabel(value: string): ToneLabel {
  const v = value.trim().toLowerCase();
  const label = TONE_WORDS[v] ?? (TONES.includes(v as ToneLabel) ? (v as ToneLabel) : null);
  if (!label) throw new PantauError('validation', `Nada harus positif, negatif atau netral — got "${value}"`);
  return label;
}

const MATCH_WORDS: Record<string, boolean> = {
  ya: true,
  yes: true,
  true: true,
  tidak: false,
  no: false,
  false: false,
};

/** "ya" / "tidak" (or yes/no, true/false): is the article about the subject. */
export function parseSubjectMatch(value: string | boolean): boolean {
  if (typeof value === 'boolean') return value;
  const word = value.trim().toLowerCase();
  // Own keys only: "constructor" must not pass as an answer.
  const about = Object.hasOwn(MATCH_WORDS, word) ? MATCH_WORDS[word] : undefined;
  if (about === undefined)
    throw new PantauError('validation', `Kecocokan subjek harus ya atau tidak — got "${value}"`);
  return about;
}

/** Who corrects, the article, and the subject when there is one — checked to be the article's. */
export async function correctionTarget(
  store: Ctx,
  input: { articleId: number; subjectId?: number | null; actor?: string },
): Promise<{ article: Article; actor: string }> {
  const actor = editorName(store, input.actor);
  const article = await findArticle(store, input.articleId);
  if (!article || !sameWorkspace(store, article.workspaceId)) {
    throw new PantauError('not_found', `Artikel #${input.articleId} tidak ditemukan — article not found`);
  }
  authorize(store.actor, correctionsPolicy.can('create'), article.workspaceId);
  if (input.subjectId) {
    const subject = await findSubject(store, input.subjectId);
    if (!subject || subject.workspaceId !== article.workspaceId) {
      throw new PantauError(
        'not_found',
        `Subjek #${input.subjectId} tidak ditemukan di workspace artikel ini`,
      );
    }
  }
  return { article, actor };
}

export async function correctTone(
  on: Store | Ctx,
  input: {
    articleId: number;
    tone: string;
    subjectId?: number | null;
    actor?: string;
    workspace?: string | null;
  },
): Promise<Correction> {
  const store = await inWorkspaceNamed(asCtx(on), input.workspace);
  const { article, actor } = await correctionTarget(store, input);
  const saved = await saveCorrection(store, {
    workspaceId: article.workspaceId,
    articleId: article.id,
    subjectId: input.subjectId ?? null,
    kind: input.subjectId ? 'subject_tone' : 'tone',
    value: parseToneLabel(input.tone),
    actor,
  });
  await forgetWorkspaceAnalysis(store, article.workspaceId);
  return saved;
}

/**
 * An analyst's verdict that the article is (or is not) about a subject, whatever its query found:
 * the subject's article list and crisis history follow it.
 */
export async function correctSubjectMatch(
  on: Store | Ctx,
  input: {
    articleId: number;
    subjectId: number;
    about: string | boolean;
    actor?: string;
    workspace?: string | null;
  },
): Promise<Correction> {
  const store = await inWorkspaceNamed(asCtx(on), input.workspace);
  const about = parseSubjectMatch(input.about);
  const { article, actor } = await correctionTarget(store, input);
  return saveCorrection(store, {
    workspaceId: article.workspaceId,
    articleId: article.id,
    subjectId: input.subjectId,
    kind: 'subject_match',
    value: about,
    actor,
  });
}

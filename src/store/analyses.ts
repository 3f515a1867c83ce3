// Analysis repository: each article's analysis and its subject matches, replaced whole on every
// (re-)analysis, and read back with analysts' corrections taking precedence.

import type { ExpressionBuilder } from 'kysely';
import type { Entity, Quote, Tone, ToneLabel } from '../analyze/types.ts';
import type { Store } from './connect.ts';
import type { Database } from './schema.ts';

export interface StoredSubjectMatch {
  subjectId: number;
  tone: Tone;
  highlights: { field: 'title' | 'text'; start: number; end: number }[];
}

export interface StoredAnalysis {
  articleId: number;
  workspaceId: number;
  analyzedAt: string;
  tone: Tone;
  entities: Entity[];
  quotes: Quote[];
  keyphrases: string[];
  summary: string;
}

export async function saveAnalysis(
  store: Store,
  analysis: StoredAnalysis,
  matches: StoredSubjectMatch[],
): Promise<void> {
  const row = {
    workspace_id: analysis.workspaceId,
    analyzed_at: analysis.analyzedAt,
    tone_label: analysis.tone.label,
    tone_score: analysis.tone.score,
    tone_reasons: JSON.stringify(analysis.tone.reasons),
    entities: JSON.stringify(analysis.entities),
    quotes: JSON.stringify(analysis.quotes),
    keyphrases: JSON.stringify(analysis.keyphrases),
    summary: analysis.summary,
  };
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('article_analysis')
      .values({ article_id: analysis.articleId, ...row })
      .onConflict((oc) => oc.column('article_id').doUpdateSet(row))
      .execute();
    await trx.deleteFrom('article_subject').where('article_id', '=', analysis.articleId).execute();
    if (matches.length > 0) {
      await trx
        .insertInto('article_subject')
        .values(
          matches.map((m) => ({
            article_id: analysis.articleId,
            subject_id: m.subjectId,
            tone_label: m.tone.label,
            tone_score: m.tone.score,
            tone_reasons: JSON.stringify(m.tone.reasons),
            highlights: JSON.stringify(m.highlights),
          })),
        )
        .execute();
    }
  });
}

export async function findAnalysis(store: Store, articleId: number): Promise<StoredAnalysis | null> {
  const r = await store.db
    .selectFrom('article_analysis')
    .selectAll()
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    articleId: r.article_id,
    workspaceId: r.workspace_id,
    analyzedAt: r.analyzed_at,
    tone: { label: r.tone_label, score: Number(r.tone_score), reasons: JSON.parse(r.tone_reasons) },
    entities: JSON.parse(r.entities),
    quotes: JSON.parse(r.quotes),
    keyphrases: JSON.parse(r.keyphrases),
    summary: r.summary,
  };
}

/**
 * The newest analyst correction of the tone toward a subject for the article in the outer query
 * (JSON text of the label), or null: corrections win wherever subject tone is read.
 */
export function correctedSubjectTone(eb: ExpressionBuilder<Database, 'article'>, subjectId: number) {
  return eb
    .selectFrom('correction')
    .select('correction.value')
    .whereRef('correction.article_id', '=', 'article.id')
    .where('correction.subject_id', '=', subjectId)
    .where('correction.kind', '=', 'subject_tone')
    .orderBy('correction.id', 'desc')
    .limit(1);
}

export interface SubjectArticle {
  articleId: number;
  title: string | null;
  url: string;
  outlet: string | null;
  publishedAt: string | null;
  /** The tone toward the subject: an analyst's correction if there is one, else the analysis. */
  tone: ToneLabel;
  score: number;
  corrected: boolean;
}

/** Articles mentioning a subject, newest first, with corrected tones winning. */
export async function articlesForSubject(
  store: Store,
  subjectId: number,
  limit = 50,
): Promise<SubjectArticle[]> {
  const rows = await store.db
    .selectFrom('article_subject')
    .innerJoin('article', 'article.id', 'article_subject.article_id')
    .select([
      'article.id as id',
      'article.title as title',
      'article.url as url',
      'article.outlet as outlet',
      'article.published_at as published_at',
      'article_subject.tone_label as tone_label',
      'article_subject.tone_score as tone_score',
    ])
    .select((eb) => correctedSubjectTone(eb, subjectId).as('corrected_tone'))
    .where('article_subject.subject_id', '=', subjectId)
    .orderBy('article.published_at', 'desc')
    .orderBy('article.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    articleId: r.id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    publishedAt: r.published_at,
    tone: r.corrected_tone ? (JSON.parse(r.corrected_tone) as ToneLabel) : r.tone_label,
    score: Number(r.tone_score),
    corrected: !!r.corrected_tone,
  }));
}

/** Ids of fetched articles in id order after `afterId`, for re-analysis in pages. */
export async function fetchedArticleIds(store: Store, workspaceId: number, afterId: number, limit: number) {
  const rows = await store.db
    .selectFrom('article')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function countFetchedArticles(store: Store, workspaceId: number): Promise<number> {
  const row = await store.db
    .selectFrom('article')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// Analysis repository: each article's analysis and its subject matches, replaced whole on every
// (re-)analysis, and read back with analysts' corrections taking precedence.

import type { ExpressionBuilder } from 'kysely';
import type { Entity, Quote, Tone, ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { touchDashboardDays } from '../../kernel/db/dashboard-days.ts';
import { relaxedCommit } from '../../kernel/db/dialect.ts';
import type { Database } from '../../kernel/db/schema.ts';
import { coverageTone, newestCorrection, subjectCoverage } from '../subjects/subject-coverage.repo.ts';

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
  /**
   * The headline read alone; null without a headline or before the article was analysed again.
   * Absent from an analyser that does not read headlines (the release before 013): kept as stored.
   */
  headlineTone?: { label: ToneLabel; score: number } | null;
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
    ...(analysis.headlineTone === undefined
      ? {}
      : {
          headline_tone_label: analysis.headlineTone?.label ?? null,
          headline_tone_score: analysis.headlineTone?.score ?? null,
        }),
  };
  await store.db.transaction().execute(async (trx) => {
    // Analyses are derived again by `pantau reanalyze`; several workers need not wait for the disk.
    await relaxedCommit(trx, store.dialect);
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
    await touchDashboardDays(trx, [analysis.articleId]);
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
    headlineTone: r.headline_tone_label
      ? { label: r.headline_tone_label, score: Number(r.headline_tone_score) }
      : null,
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
  return newestCorrection(eb, 'subject_tone', subjectId);
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
  /** An analyst said the article is about the subject, whether or not the query found it. */
  matchCorrected: boolean;
}

/**
 * Articles about a subject, newest first: the query's matches as corrected by analysts (an article
 * they said is not about it is left out, one they said is about it is listed), corrected tones winning.
 */
export async function articlesForSubject(
  store: Store,
  subjectId: number,
  limit = 50,
): Promise<SubjectArticle[]> {
  const rows = await subjectCoverage(store, subjectId)
    .orderBy('article.published_at', 'desc')
    .orderBy('article.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    publishedAt: r.published_at,
    ...coverageTone(r),
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

export async function countAnalysedArticles(store: Store, workspaceId: number): Promise<number> {
  const row = await store.db
    .selectFrom('article_analysis')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The workspace's analysis-inputs counter (see workspace-analysis-cache.ts). */
export async function analysisVersionOf(store: Store, workspaceId: number): Promise<number> {
  const row = await store.db
    .selectFrom('workspace')
    .select('analysis_version')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.analysis_version ?? 0;
}

export async function moveAnalysisVersion(store: Store, workspaceId: number): Promise<void> {
  await store.db
    .updateTable('workspace')
    .set((eb) => ({ analysis_version: eb('analysis_version', '+', 1) }))
    .where('id', '=', workspaceId)
    .execute();
}

/** The subjects an article's analysis matched, by name, with the tone toward each and where it matched. */
export async function matchedSubjects(store: Store, articleId: number) {
  const rows = await store.db
    .selectFrom('article_subject')
    .innerJoin('subject', 'subject.id', 'article_subject.subject_id')
    .select([
      'subject.id',
      'subject.name',
      'subject.kind',
      'article_subject.tone_label',
      'article_subject.tone_score',
      'article_subject.tone_reasons',
      'article_subject.highlights',
    ])
    .where('article_subject.article_id', '=', articleId)
    .orderBy('subject.id')
    .execute();
  return rows.map((r) => ({
    subjectId: r.id,
    name: r.name,
    kind: r.kind,
    tone: { label: r.tone_label, score: Number(r.tone_score), reasons: JSON.parse(r.tone_reasons) },
    highlights: JSON.parse(r.highlights) as StoredSubjectMatch['highlights'],
  }));
}

// The rows the dashboard's day summaries are built from — a workspace's analysed articles, subject
// matches and issue memberships of a range of days, with analysts' corrections applied — and the
// stored summaries themselves.
import { sql } from 'kysely';
import type { Entity, Quote, ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';
import { newestCorrection } from '../../kernel/db/newest-correction.ts';
import type { IssueHit, PeriodArticle } from './dashboard-day.ts';

export async function periodArticles(
  store: Store,
  workspaceId: number,
  from: Date,
  to: Date,
): Promise<PeriodArticle[]> {
  const rows = await store.db
    .selectFrom('article')
    .innerJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .leftJoin('source', 'source.id', 'article.source_id')
    .where('article.workspace_id', '=', workspaceId)
    .where(countedAt, '>=', from.toISOString())
    .where(countedAt, '<', to.toISOString())
    .where('article.status', '=', 'fetched')
    .select([
      'article.id',
      'article.title',
      'article.source_id',
      'article.outlet',
      'article.published_at',
      'source.name as source_name',
      'article_analysis.tone_label',
      'article_analysis.headline_tone_label',
      'article_analysis.entities',
      'article_analysis.quotes',
      'article_analysis.keyphrases',
    ])
    .select((eb) => [countedAt.as('at'), newestCorrection(eb, 'tone', null).as('corrected_tone')])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? '',
    sourceId: r.source_id,
    source: r.outlet ?? r.source_name ?? '',
    at: Date.parse(r.at),
    publishedAt: r.published_at,
    tone: r.corrected_tone ? (JSON.parse(r.corrected_tone) as ToneLabel) : r.tone_label,
    headline: r.headline_tone_label,
    persons: (JSON.parse(r.entities) as Entity[])
      .filter((e) => e.type === 'PER')
      .map((e) => e.canonical || e.text),
    speakers: (JSON.parse(r.quotes) as Quote[]).flatMap((q) => (q.speaker ? [q.speaker] : [])),
    keyphrases: JSON.parse(r.keyphrases) as string[],
  }));
}

export async function periodIssueHits(
  store: Store,
  workspaceId: number,
  from: Date,
  to: Date,
): Promise<IssueHit[]> {
  const rows = await store.db
    .selectFrom('issue_article')
    .innerJoin('article', 'article.id', 'issue_article.article_id')
    .where('article.workspace_id', '=', workspaceId)
    .where(countedAt, '>=', from.toISOString())
    .where(countedAt, '<', to.toISOString())
    .select(['issue_article.issue_id', 'issue_article.article_id'])
    .execute();
  return rows.map((r) => ({ issueId: r.issue_id, articleId: r.article_id }));
}

/** Titles and locks of the issues a dashboard shows (read live: a rename changes no day's counts). */
export async function issueHeadings(store: Store, workspaceId: number, ids: number[]) {
  if (ids.length === 0) return new Map<number, { title: string; locked: boolean }>();
  const rows = await store.db
    .selectFrom('issue')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .select(['id', 'label', 'manual_label', 'locked'])
    .execute();
  return new Map(rows.map((r) => [r.id, { title: r.manual_label ?? r.label, locked: Boolean(r.locked) }]));
}

export interface DayState {
  day: string;
  version: number;
  builtVersion: number | null;
  /**
   * The start of the stored summary's JSON (its format and zone), or null when none is stored or
   * it was not asked for: reading it reads the whole summary (~40 KB, overflow pages), which for
   * the 180 days of a 90-day view cost more than the rest of an answer from memory.
   */
  head: string | null;
}

/** Each day's version and the version its stored summary counts (and, if asked, its head). */
export async function dayStates(
  store: Store,
  workspaceId: number,
  first: string,
  last: string,
  options: { head?: boolean } = {},
): Promise<DayState[]> {
  const rows = await store.db
    .selectFrom('dashboard_day')
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .select(['day', 'version', 'built_version'])
    .$if(options.head === true, (q) => q.select(sql<string | null>`substr(summary, 1, 48)`.as('head')))
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    version: r.version,
    builtVersion: r.built_version,
    head: 'head' in r ? (r.head as string | null) : null,
  }));
}

/** The stored summaries (JSON) of these days. */
export async function storedSummaries(store: Store, workspaceId: number, days: string[]) {
  const out: { day: string; version: number; summary: string }[] = [];
  for (let i = 0; i < days.length; i += 500) {
    const rows = await store.db
      .selectFrom('dashboard_day')
      .where('workspace_id', '=', workspaceId)
      .where('day', 'in', days.slice(i, i + 500))
      .whereRef('built_version', '=', 'version')
      .where('summary', 'is not', null)
      .select(['day', 'version', 'summary'])
      .execute();
    for (const r of rows)
      if (r.summary !== null) out.push({ day: r.day, version: r.version, summary: r.summary });
  }
  return out;
}

/** Gives days a row (version 0) so a summary can be stored against a version. */
export async function claimDays(store: Store, workspaceId: number, days: string[]): Promise<void> {
  for (let i = 0; i < days.length; i += 500) {
    await store.db
      .insertInto('dashboard_day')
      .values(days.slice(i, i + 500).map((day) => ({ workspace_id: workspaceId, day })))
      .onConflict((oc) => oc.columns(['workspace_id', 'day']).doNothing())
      .execute();
  }
}

/** Stores a day's summary unless the day changed since `version` was read (then it stays stale). */
export async function saveDaySummary(
  store: Store,
  workspaceId: number,
  day: string,
  version: number,
  summary: string,
): Promise<void> {
  await store.db
    .updateTable('dashboard_day')
    .set({ summary, built_version: sql`version` })
    .where('workspace_id', '=', workspaceId)
    .where('day', '=', day)
    .where('version', '=', version)
    .execute();
}

/** The instant the workspace's earliest article counts at (epoch ms), or null before any article. */
export async function firstCountedAt(store: Store, workspaceId: number): Promise<number | null> {
  const row = await store.db
    .selectFrom('article')
    .where('workspace_id', '=', workspaceId)
    .select(countedAt.as('at'))
    .orderBy(countedAt)
    .limit(1)
    .executeTakeFirst();
  return row ? Date.parse(row.at) : null;
}

// Issue repository: issues with their incremental state, each article's membership, and the
// per-workspace issue clock. Every change to issues runs inside `withIssueClock`, which ticks the
// clock first: on PostgreSQL that row lock serialises issue writes of a workspace across workers,
// on SQLite it takes the write lock at once (no snapshot upgrade can fail later in the transaction).
import type { Selectable } from 'kysely';
import type { IssueMember, IssueState } from '../../analyze/issues/index.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt, countedLocalDay } from '../../kernel/db/counted-at.ts';
import { touchDashboardDays } from '../../kernel/db/dashboard-days.ts';
import { relaxedCommit } from '../../kernel/db/dialect.ts';
import type { IssueTable } from '../../kernel/db/schema.ts';
import { newestCorrection } from '../subjects/subject-coverage.repo.ts';

type Db = Store['db'];

export interface StoredIssue {
  id: number;
  workspaceId: number;
  label: string;
  mergedInto: number | null;
  editedBy: string | null;
  updatedAt: string;
  state: IssueState;
}

export interface Membership {
  articleId: number;
  issueId: number;
  pinned: boolean;
  member: IssueMember;
  similarity: number;
  reason: string;
}

const toIssue = (r: Selectable<IssueTable>): StoredIssue => {
  const json = JSON.parse(r.state) as Pick<IssueState, 'terms' | 'tones' | 'outlets' | 'mergedIds'>;
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    label: r.manual_label ?? r.label,
    mergedInto: r.merged_into,
    editedBy: r.edited_by,
    updatedAt: r.updated_at,
    state: {
      id: String(r.id),
      terms: json.terms,
      tones: json.tones,
      outlets: json.outlets,
      mergedIds: json.mergedIds,
      firstAt: r.first_at,
      lastAt: r.last_at,
      articleCount: r.article_count,
      manualLabel: r.manual_label,
      locked: r.locked === 1,
    },
  };
};

function stateColumns(state: IssueState, label: string) {
  return {
    label,
    manual_label: state.manualLabel,
    locked: state.locked ? 1 : 0,
    first_at: state.firstAt,
    last_at: state.lastAt,
    article_count: state.articleCount,
    state: JSON.stringify({
      terms: state.terms,
      tones: state.tones,
      outlets: state.outlets,
      mergedIds: state.mergedIds,
    }),
  };
}

/**
 * Runs `fn` in a transaction after ticking the workspace's issue clock; `fn` gets the new clock
 * value (every issue it writes carries it) and the previous one (what a cache must catch up to).
 */
export async function withIssueClock<T>(
  store: Store,
  workspaceId: number,
  fn: (trx: Db, clock: { previous: number; now: number }) => Promise<T>,
  options: { derived?: boolean } = {},
): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    // Automatic filing is derived data: it need not wait for the disk while holding the clock.
    if (options.derived) await relaxedCommit(trx, store.dialect);
    const row = await trx
      .insertInto('issue_clock')
      .values({ workspace_id: workspaceId, seq: 1 })
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet((eb) => ({ seq: eb('issue_clock.seq', '+', 1) })),
      )
      .returning('seq')
      .executeTakeFirstOrThrow();
    return fn(trx, { previous: row.seq - 1, now: row.seq });
  });
}

/** Issues changed after clock value `after` (merged-away ones included, so caches drop them). */
export async function issuesChangedSince(db: Db, workspaceId: number, after: number): Promise<StoredIssue[]> {
  const rows = await db
    .selectFrom('issue')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('seq', '>', after)
    .execute();
  return rows.map(toIssue);
}

/** Open (not merged) issues active at some time between `from` and `to`. */
export async function issuesActiveBetween(
  db: Db,
  workspaceId: number,
  from: string,
  to: string,
): Promise<StoredIssue[]> {
  const rows = await db
    .selectFrom('issue')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', 'is', null)
    .where('last_at', '>=', from)
    .where('first_at', '<=', to)
    .execute();
  return rows.map(toIssue);
}

export async function insertIssue(
  db: Db,
  input: { workspaceId: number; state: IssueState; label: string; seq: number; editedBy?: string | null },
): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('issue')
    .values({
      workspace_id: input.workspaceId,
      ...stateColumns(input.state, input.label),
      seq: input.seq,
      edited_by: input.editedBy ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateIssueRow(
  db: Db,
  id: number,
  input: { state: IssueState; label: string; seq: number; editedBy?: string | null },
): Promise<void> {
  await db
    .updateTable('issue')
    .set({
      ...stateColumns(input.state, input.label),
      seq: input.seq,
      updated_at: new Date().toISOString(),
      ...(input.editedBy ? { edited_by: input.editedBy } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Marks `id` as merged into `into` (its members have moved there already). */
export async function markMerged(db: Db, id: number, into: number, seq: number, by: string): Promise<void> {
  await db
    .updateTable('issue')
    .set({ merged_into: into, seq, edited_by: by, article_count: 0, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
  // Links to issues merged earlier into `id` now resolve to `into` in one step.
  await db.updateTable('issue').set({ merged_into: into }).where('merged_into', '=', id).execute();
}

export async function findIssueRow(db: Db, id: number): Promise<StoredIssue | null> {
  const row = await db.selectFrom('issue').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toIssue(row) : null;
}

const toMembership = (r: {
  article_id: number;
  issue_id: number;
  pinned: number;
  member: string;
  similarity: number;
  reason: string;
}): Membership => ({
  articleId: r.article_id,
  issueId: r.issue_id,
  pinned: r.pinned === 1,
  member: JSON.parse(r.member),
  similarity: Number(r.similarity),
  reason: r.reason,
});

export async function findMembership(db: Db, articleId: number): Promise<Membership | null> {
  const row = await db
    .selectFrom('issue_article')
    .selectAll()
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  return row ? toMembership(row) : null;
}

/** The memberships of several articles at once, by article id. */
export async function findMemberships(db: Db, articleIds: number[]): Promise<Map<number, Membership>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('issue_article')
    .selectAll()
    .where('article_id', 'in', articleIds)
    .execute();
  return new Map(rows.map((r) => [r.article_id, toMembership(r)]));
}

/**
 * For several syndicated stories at once, the filed copies and their issues (oldest copy first),
 * so each article can join the issue of another copy of its story.
 */
export async function storyIssues(
  db: Db,
  storyIds: number[],
): Promise<Map<number, { articleId: number; issueId: number }[]>> {
  const byStory = new Map<number, { articleId: number; issueId: number }[]>();
  if (storyIds.length === 0) return byStory;
  const rows = await db
    .selectFrom('article')
    .innerJoin('issue_article', 'issue_article.article_id', 'article.id')
    .select(['article.story_id as storyId', 'article.id as articleId', 'issue_article.issue_id as issueId'])
    .where('article.story_id', 'in', storyIds)
    .execute();
  // Sorted here: asked to order by id, SQLite walks the whole article table instead of the story index.
  rows.sort((a, b) => a.articleId - b.articleId);
  for (const r of rows) {
    const list = byStory.get(r.storyId as number) ?? [];
    list.push({ articleId: r.articleId, issueId: r.issueId });
    byStory.set(r.storyId as number, list);
  }
  return byStory;
}

export async function issueMemberships(db: Db, issueId: number): Promise<Membership[]> {
  const rows = await db
    .selectFrom('issue_article')
    .selectAll()
    .where('issue_id', '=', issueId)
    .orderBy('article_id')
    .execute();
  return rows.map(toMembership);
}

export async function saveMembership(db: Db, m: Membership & { workspaceId: number }): Promise<void> {
  const row = {
    issue_id: m.issueId,
    workspace_id: m.workspaceId,
    pinned: m.pinned ? 1 : 0,
    member: JSON.stringify(m.member),
    similarity: m.similarity,
    reason: m.reason,
    assigned_at: new Date().toISOString(),
  };
  await db
    .insertInto('issue_article')
    .values({ article_id: m.articleId, ...row })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(row))
    .execute();
  await touchDashboardDays(db, [m.articleId]);
}

/** Several memberships in one statement (an article already filed is moved to its new issue). */
export async function saveMemberships(db: Db, memberships: (Membership & { workspaceId: number })[]) {
  if (memberships.length === 0) return;
  const assignedAt = new Date().toISOString();
  await db
    .insertInto('issue_article')
    .values(
      memberships.map((m) => ({
        article_id: m.articleId,
        issue_id: m.issueId,
        workspace_id: m.workspaceId,
        pinned: m.pinned ? 1 : 0,
        member: JSON.stringify(m.member),
        similarity: m.similarity,
        reason: m.reason,
        assigned_at: assignedAt,
      })),
    )
    .onConflict((oc) =>
      oc.column('article_id').doUpdateSet((eb) => ({
        issue_id: eb.ref('excluded.issue_id'),
        workspace_id: eb.ref('excluded.workspace_id'),
        pinned: eb.ref('excluded.pinned'),
        member: eb.ref('excluded.member'),
        similarity: eb.ref('excluded.similarity'),
        reason: eb.ref('excluded.reason'),
        assigned_at: eb.ref('excluded.assigned_at'),
      })),
    )
    .execute();
  await touchDashboardDays(
    db,
    memberships.map((m) => m.articleId),
  );
}

export interface IssueListRow {
  id: number;
  label: string;
  articleCount: number;
  firstAt: string;
  lastAt: string;
  locked: boolean;
  manual: boolean;
}

/** Open issues of a workspace active since `since`, the busiest and most recent first. */
export async function listIssueRows(
  db: Db,
  workspaceId: number,
  input: { since: string; limit: number; minArticles: number },
): Promise<IssueListRow[]> {
  const rows = await db
    .selectFrom('issue')
    .select(['id', 'label', 'manual_label', 'article_count', 'first_at', 'last_at', 'locked'])
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', 'is', null)
    .where('last_at', '>=', input.since)
    .where('article_count', '>=', input.minArticles)
    .orderBy('article_count', 'desc')
    .orderBy('last_at', 'desc')
    .orderBy('id')
    .limit(input.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.manual_label ?? r.label,
    articleCount: r.article_count,
    firstAt: r.first_at,
    lastAt: r.last_at,
    locked: r.locked === 1,
    manual: r.manual_label !== null,
  }));
}

export interface IssueArticleRow {
  articleId: number;
  title: string | null;
  url: string;
  outlet: string | null;
  publishedAt: string | null;
  /** An analyst's correction of the article's tone if there is one, else the analysis. */
  tone: ToneLabel | null;
  summary: string | null;
  pinned: boolean;
  similarity: number;
  reason: string;
}

/** The articles of issues, newest first, with corrected tones winning. */
export async function issueArticleRows(
  db: Db,
  issueIds: number[],
  options: { limit?: number; since?: string } = {},
): Promise<IssueArticleRow[]> {
  if (issueIds.length === 0) return [];
  let query = db
    .selectFrom('issue_article')
    .innerJoin('article', 'article.id', 'issue_article.article_id')
    .leftJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .select([
      'article.id as id',
      'article.title as title',
      'article.url as url',
      'article.outlet as outlet',
      'article.fetched_at as fetched_at',
      'article.published_at as published_at',
      'article.feed_published_at as feed_published_at',
      'article_analysis.tone_label as tone_label',
      'article_analysis.summary as summary',
      'issue_article.pinned as pinned',
      'issue_article.similarity as similarity',
      'issue_article.reason as reason',
    ])
    .select((eb) => newestCorrection(eb, 'tone', null).as('corrected_tone'))
    .where('issue_article.issue_id', 'in', issueIds)
    .orderBy('article.published_at', 'desc')
    .orderBy('article.id', 'desc');
  if (options.since) {
    const since = options.since;
    query = query.where((eb) =>
      eb.or([eb('article.published_at', '>=', since), eb('article.fetched_at', '>=', since)]),
    );
  }
  if (options.limit) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    articleId: r.id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    publishedAt: r.published_at ?? r.feed_published_at ?? r.fetched_at,
    tone: r.corrected_tone ? (JSON.parse(r.corrected_tone) as ToneLabel) : r.tone_label,
    summary: r.summary,
    pinned: r.pinned === 1,
    similarity: Number(r.similarity),
    reason: r.reason,
  }));
}

/** Open issues with an article published (or collected) since `since`: the ones crisis checks watch. */
export async function recentlyActiveIssueIds(db: Db, workspaceId: number, since: string) {
  const rows = await db
    .selectFrom('issue')
    .select(['id', 'label', 'manual_label'])
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', 'is', null)
    .where('last_at', '>=', since)
    .where('article_count', '>=', 2)
    .execute();
  return rows.map((r) => ({ id: r.id, label: r.manual_label ?? r.label }));
}

/** Tone counts per issue, with analysts' tone corrections winning. */
export async function issueToneCounts(db: Db, issueIds: number[]) {
  const out = new Map<number, Record<ToneLabel, number>>();
  if (issueIds.length === 0) return out;
  const rows = await db
    .selectFrom('issue_article')
    .innerJoin('article', 'article.id', 'issue_article.article_id')
    .leftJoin('article_analysis', 'article_analysis.article_id', 'issue_article.article_id')
    .select(['issue_article.issue_id as issue_id', 'article_analysis.tone_label as tone_label'])
    .select((eb) => newestCorrection(eb, 'tone', null).as('corrected_tone'))
    .where('issue_article.issue_id', 'in', issueIds)
    .execute();
  for (const r of rows) {
    const tone: ToneLabel = r.corrected_tone ? JSON.parse(r.corrected_tone) : (r.tone_label ?? 'neutral');
    let counts = out.get(r.issue_id);
    if (!counts) {
      counts = { positive: 0, negative: 0, neutral: 0 };
      out.set(r.issue_id, counts);
    }
    counts[tone]++;
  }
  return out;
}

/**
 * How many articles each issue has per local day, for articles that count (published, else
 * collected — the dashboard's instant) from `from` to `to` (ISO instants, `to` excluded), each on
 * its day in the zone `offsetMinutes` ahead of UTC. Articles are counted where their membership
 * puts them, so analysts' moves, splits and merges count exactly as the issues' article counts do.
 * One grouped query for every issue; a day without articles has no entry.
 */
export async function issueDailyCounts(
  store: Store,
  workspaceId: number,
  issueIds: number[],
  window: { from: string; to: string; offsetMinutes: number },
): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>();
  if (issueIds.length === 0) return out;
  const day = countedLocalDay(store.dialect, window.offsetMinutes);
  const rows = await store.db
    .selectFrom('issue_article')
    .innerJoin('article', 'article.id', 'issue_article.article_id')
    .where('issue_article.issue_id', 'in', issueIds)
    .where('article.workspace_id', '=', workspaceId)
    .where(countedAt, '>=', window.from)
    .where(countedAt, '<', window.to)
    .select(['issue_article.issue_id as issueId', day.as('day')])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['issue_article.issue_id', day])
    .execute();
  for (const r of rows) {
    let days = out.get(r.issueId);
    if (!days) {
      days = new Map();
      out.set(r.issueId, days);
    }
    days.set(r.day, Number(r.n));
  }
  return out;
}

/** Moves every article of issue `from` into issue `into` (a merge). */
export async function moveAllMemberships(db: Db, from: number, into: number): Promise<void> {
  const moved = await db
    .updateTable('issue_article')
    .set({ issue_id: into })
    .where('issue_id', '=', from)
    .returning('article_id')
    .execute();
  await touchDashboardDays(
    db,
    moved.map((m) => m.article_id),
  );
}

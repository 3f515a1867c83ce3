// Source repository: sources, their polling state (the database is the schedule) and their log.
import { type Selectable, sql } from 'kysely';
import { PantauError } from '../../domain/errors.ts';
import type { Source, SourceKind, SourceLogEntry, SourceSummary } from '../../domain/source.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { letOthersRun } from '../../kernel/db/let-others-run.ts';
import type { SourceTable } from '../../kernel/db/schema.ts';

const toSource = (r: Selectable<SourceTable>): Source => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind,
  name: r.name,
  url: r.url,
  query: r.query,
  catalogueKey: r.catalogue_key,
  outlet: r.outlet,
  scope: r.scope,
  region: r.region,
  enabled: r.enabled === 1,
  etag: r.etag,
  lastModified: r.last_modified,
  nextCheckAt: r.next_check_at,
  pollIntervalSeconds: r.poll_interval_seconds,
  consecutiveFailures: r.consecutive_failures,
  recentNewCounts: JSON.parse(r.recent_new_counts) as number[],
  lastPolledAt: r.last_polled_at,
  lastSuccessAt: r.last_success_at,
  lastNewArticleAt: r.last_new_article_at,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  stale: r.stale === 1,
  staleReason: r.stale_reason,
  createdAt: r.created_at,
  unvisitedUrls: r.unvisited_urls,
  unfollowedSitemaps: r.unfollowed_sitemaps,
});

export interface NewSource {
  workspaceId: number;
  kind: SourceKind;
  name: string;
  url: string;
  query?: string | null;
  catalogueKey?: string | null;
  outlet?: string | null;
  scope?: string | null;
  region?: string | null;
  pollIntervalSeconds: number;
}

export async function insertSource(store: Store, input: NewSource): Promise<Source> {
  const now = new Date().toISOString();
  const row = await store.db
    .insertInto('source')
    .values({
      workspace_id: input.workspaceId,
      kind: input.kind,
      name: input.name,
      url: input.url,
      query: input.query ?? null,
      catalogue_key: input.catalogueKey ?? null,
      outlet: input.outlet ?? null,
      scope: input.scope ?? null,
      region: input.region ?? null,
      next_check_at: now,
      poll_interval_seconds: input.pollIntervalSeconds,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'url']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new PantauError('conflict', `Sumber sudah terdaftar — source already exists: ${input.url}`);
  return toSource(row);
}

export async function findSource(store: Store, id: number): Promise<Source | null> {
  const row = await store.db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSource(row) : null;
}

export async function listSources(store: Store, workspaceId: number): Promise<SourceSummary[]> {
  const rows = await store.db
    .selectFrom('source')
    .selectAll('source')
    .select((eb) => [
      eb
        .selectFrom('article')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('article.source_id', '=', 'source.id')
        .where('article.status', '=', 'fetched')
        .as('article_count'),
      eb
        .selectFrom('article')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('article.source_id', '=', 'source.id')
        .where('article.status', '=', 'failed')
        .as('failed_count'),
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...toSource(r),
    articleCount: Number(r.article_count ?? 0),
    failedCount: Number(r.failed_count ?? 0),
  }));
}

export async function setSourceEnabled(store: Store, id: number, enabled: boolean): Promise<void> {
  await store.db
    .updateTable('source')
    .set({ enabled: enabled ? 1 : 0, next_check_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteSource(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('source').where('id', '=', id).execute();
}

/**
 * Takes the sources due at `now` for this process: each is leased by moving its next check
 * forward, with a compare-and-set so two schedulers never poll one source twice.
 */
export async function claimDueSources(
  store: Store,
  now: Date,
  leaseSeconds: number,
  options: { limit?: number; ignoreSchedule?: boolean; workspaceId?: number } = {},
): Promise<Source[]> {
  const nowIso = now.toISOString();
  let query = store.db.selectFrom('source').selectAll().where('enabled', '=', 1);
  if (!options.ignoreSchedule) query = query.where('next_check_at', '<=', nowIso);
  if (options.workspaceId !== undefined) query = query.where('workspace_id', '=', options.workspaceId);
  const due = await query
    .orderBy('next_check_at')
    .limit(options.limit ?? 500)
    .execute();
  const lease = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
  const claimed: Source[] = [];
  for (const row of due) {
    const result = await store.db
      .updateTable('source')
      .set({ next_check_at: lease })
      .where('id', '=', row.id)
      .where('next_check_at', '=', row.next_check_at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) claimed.push(toSource({ ...row, next_check_at: lease }));
  }
  return claimed;
}

export interface PollRecord {
  polledAt: string;
  ok: boolean;
  etag?: string | null;
  lastModified?: string | null;
  nextCheckAt: string;
  pollIntervalSeconds: number;
  consecutiveFailures: number;
  recentNewCounts: number[];
  newArticleAt?: string | null;
  error?: string | null;
  stale: boolean;
  staleReason: string | null;
  /** What a successful poll left of the listing for the next polls. */
  unvisitedUrls?: number;
  unfollowedSitemaps?: number;
}

export async function recordPoll(store: Store, sourceId: number, poll: PollRecord): Promise<void> {
  await store.db
    .updateTable('source')
    .set({
      last_polled_at: poll.polledAt,
      next_check_at: poll.nextCheckAt,
      poll_interval_seconds: poll.pollIntervalSeconds,
      consecutive_failures: poll.consecutiveFailures,
      recent_new_counts: JSON.stringify(poll.recentNewCounts),
      stale: poll.stale ? 1 : 0,
      stale_reason: poll.staleReason,
      ...(poll.ok
        ? {
            last_success_at: poll.polledAt,
            last_error: null,
            ...(poll.unvisitedUrls !== undefined ? { unvisited_urls: poll.unvisitedUrls } : {}),
            ...(poll.unfollowedSitemaps !== undefined
              ? { unfollowed_sitemaps: poll.unfollowedSitemaps }
              : {}),
            ...(poll.etag !== undefined ? { etag: poll.etag } : {}),
            ...(poll.lastModified !== undefined ? { last_modified: poll.lastModified } : {}),
          }
        : { last_error: poll.error ?? null, last_error_at: poll.polledAt }),
      ...(poll.newArticleAt ? { last_new_article_at: poll.newArticleAt } : {}),
    })
    .where('id', '=', sourceId)
    .execute();
}

export async function logSourceEvent(
  store: Store,
  entry: { sourceId: number; articleId?: number | null; level: SourceLogEntry['level']; message: string },
): Promise<void> {
  await store.db
    .insertInto('source_log')
    .values({
      source_id: entry.sourceId,
      article_id: entry.articleId ?? null,
      at: new Date().toISOString(),
      level: entry.level,
      message: entry.message.slice(0, 2000),
    })
    .execute();
}

export async function recentSourceLog(store: Store, sourceId: number, limit = 20): Promise<SourceLogEntry[]> {
  const rows = await store.db
    .selectFrom('source_log')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    articleId: r.article_id,
    at: r.at,
    level: r.level,
    message: r.message,
  }));
}

// Well under SQLite's and PostgreSQL's limits on bound parameters per statement.
const KEY_LOOKUP_CHUNK = 1000;

/**
 * Which of these article keys the workspace already holds: a listing's URLs found on earlier polls
 * (by this source or another), so a large sitemap's walk goes on where the last poll stopped.
 */
export async function knownArticleKeys(
  store: Store,
  workspaceId: number,
  keys: string[],
): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_LOOKUP_CHUNK) {
    if (i > 0) await letOthersRun();
    const rows = await store.db
      .selectFrom('article')
      .select('url_key')
      .where('workspace_id', '=', workspaceId)
      .where('url_key', 'in', keys.slice(i, i + KEY_LOOKUP_CHUNK))
      .execute();
    for (const r of rows) known.add(r.url_key);
  }
  return known;
}

/** Earliest time any enabled source is due, so a scheduler can sleep until then. */
export async function nextDueAt(store: Store): Promise<string | null> {
  const row = await store.db
    .selectFrom('source')
    .select(sql<string | null>`min(next_check_at)`.as('due'))
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return row?.due ?? null;
}

/**
 * Records the outlet a source belongs to, learnt from its feed's title; a source still named after
 * its host name takes that title as its name too.
 */
export async function nameSourceOutlet(store: Store, source: Source, outlet: string): Promise<void> {
  const clean = outlet.trim().slice(0, 200);
  if (!clean) return;
  const hostName = new URL(source.url).hostname;
  await store.db
    .updateTable('source')
    .set({ outlet: clean, ...(source.name === hostName ? { name: clean } : {}) })
    .where('id', '=', source.id)
    .execute();
}

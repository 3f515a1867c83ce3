// Polls asked for from the web app ("Ambil sekarang"): the request rows, their hand-over to the
// queue, the poll's result written into them, and how the articles that poll found fared since.
import type { Selectable } from 'kysely';
import type { Store } from '../../kernel/db/connect.ts';
import type { PollRequestTable } from '../../kernel/db/schema.ts';

export type PollRequestStatus = PollRequestTable['status'];

export interface PollRequest {
  id: number;
  workspaceId: number;
  sourceId: number;
  requestedBy: { id: number | null; name: string };
  status: PollRequestStatus;
  listed: number;
  newArticles: number;
  unchanged: boolean;
  firstArticleId: number | null;
  lastArticleId: number | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What became of a poll's new articles so far. */
export interface PolledArticleCounts {
  pending: number;
  fetched: number;
  failed: number;
  duplicate: number;
}

const ACTIVE: PollRequestStatus[] = ['queued', 'running'];

function toRequest(r: Selectable<PollRequestTable>): PollRequest {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    sourceId: r.source_id,
    requestedBy: { id: r.requested_by, name: r.requested_by_name },
    status: r.status,
    listed: Number(r.listed),
    newArticles: Number(r.new_articles),
    unchanged: Number(r.unchanged) === 1,
    firstArticleId: r.first_article_id,
    lastArticleId: r.last_article_id,
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function insertPollRequest(
  store: Store,
  input: {
    workspaceId: number;
    sourceId: number;
    requestedBy: number | null;
    requestedByName: string;
    createdAt: string;
  },
): Promise<PollRequest> {
  const row = await store.db
    .insertInto('poll_request')
    .values({
      workspace_id: input.workspaceId,
      source_id: input.sourceId,
      requested_by: input.requestedBy,
      requested_by_name: input.requestedByName,
      status: 'queued',
      listed: 0,
      new_articles: 0,
      unchanged: 0,
      created_at: input.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRequest(row);
}

/** The source's newest request, whatever its status. */
export async function latestPollRequest(store: Store, sourceId: number): Promise<PollRequest | null> {
  const row = await store.db
    .selectFrom('poll_request')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRequest(row) : null;
}

/** The source's request that waits or runs, if any. */
export async function activePollRequest(store: Store, sourceId: number): Promise<PollRequest | null> {
  const row = await store.db
    .selectFrom('poll_request')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('status', 'in', ACTIVE)
    .executeTakeFirst();
  return row ? toRequest(row) : null;
}

/**
 * Takes the requests not handed to the queue yet, and those handed over before `staleBefore` that
 * still wait or run (their job was lost with a crashed worker): each is taken by one scheduler only,
 * so a request becomes one poll job, not one per scheduler pass. Returns their sources.
 */
export async function claimPollRequests(store: Store, now: string, staleBefore: string): Promise<number[]> {
  const rows = await store.db
    .updateTable('poll_request')
    .set({ enqueued_at: now })
    .where('status', 'in', ACTIVE)
    .where((eb) => eb.or([eb('enqueued_at', 'is', null), eb('enqueued_at', '<', staleBefore)]))
    .returning('source_id')
    .execute();
  return [...new Set(rows.map((r) => r.source_id))];
}

/** A poll of the source starts: its waiting requests are running from now. */
export async function startPollRequests(store: Store, sourceId: number, at: string): Promise<void> {
  await store.db
    .updateTable('poll_request')
    .set({ status: 'running', started_at: at })
    .where('source_id', '=', sourceId)
    .where('status', '=', 'queued')
    .execute();
}

/**
 * A poll of the source ended: every request that waits or runs is answered by it, including one
 * made while it ran (that poll had just read the listing; another at once would read the same).
 */
export async function finishPollRequests(
  store: Store,
  sourceId: number,
  end: {
    status: 'done' | 'failed';
    startedAt: string;
    at: string;
    listed?: number;
    newArticles?: number;
    unchanged?: boolean;
    articleIds?: number[];
    error?: string | null;
  },
): Promise<void> {
  const ids = end.articleIds ?? [];
  await store.db
    .updateTable('poll_request')
    .set((eb) => ({
      status: end.status,
      started_at: eb.fn.coalesce('started_at', eb.val(end.startedAt)),
      finished_at: end.at,
      listed: end.listed ?? 0,
      new_articles: end.newArticles ?? 0,
      unchanged: end.unchanged ? 1 : 0,
      first_article_id: ids.length > 0 ? Math.min(...ids) : null,
      last_article_id: ids.length > 0 ? Math.max(...ids) : null,
      error: end.error ?? null,
    }))
    .where('source_id', '=', sourceId)
    .where('status', 'in', ACTIVE)
    .execute();
}

/** How the articles a poll stored are doing: waiting for their page, fetched, failed or duplicates. */
export async function polledArticleCounts(store: Store, request: PollRequest): Promise<PolledArticleCounts> {
  const counts: PolledArticleCounts = { pending: 0, fetched: 0, failed: 0, duplicate: 0 };
  if (request.firstArticleId === null || request.lastArticleId === null) return counts;
  const rows = await store.db
    .selectFrom('article')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('source_id', '=', request.sourceId)
    .where('id', '>=', request.firstArticleId)
    .where('id', '<=', request.lastArticleId)
    .groupBy('status')
    .execute();
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

// Article repository: discovered URLs (inserted once per workspace), fetched pages, failures and
// export (search and its filters are in article-filter.repo.ts).
import type { Kysely, Selectable } from 'kysely';
import type { Article, DiscoveredArticle } from '../../domain/article.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { letOthersRun } from '../../kernel/db/let-others-run.ts';
import type { ArticleTable, Database } from '../../kernel/db/schema.ts';
import { cleanOptional } from '../../text/clean.ts';

export const toArticle = (r: Selectable<ArticleTable>): Article => ({
  id: r.id,
  workspaceId: r.workspace_id,
  sourceId: r.source_id,
  url: r.url,
  status: r.status,
  attempts: r.attempts,
  error: r.error,
  finalUrl: r.final_url,
  canonicalUrl: r.canonical_url,
  outlet: r.outlet,
  title: r.title ?? r.feed_title,
  text: r.text,
  author: r.author,
  publishedAt: r.published_at ?? r.feed_published_at,
  lang: r.lang,
  image: r.image,
  description: r.description ?? r.feed_summary,
  contentHash: r.content_hash,
  storyId: r.story_id,
  storySimilarity: r.story_similarity,
  storyPassage: r.story_passage,
  storyMatchedArticleId: r.story_matched_article_id,
  discoveredAt: r.discovered_at,
  fetchedAt: r.fetched_at,
  medium: r.medium,
});

const INSERT_CHUNK = 100;

/** Inserts the URLs not yet known in the workspace and returns the ids of the new ones only. */
export async function insertDiscoveredArticles(
  store: Store,
  workspaceId: number,
  sourceId: number | null,
  items: DiscoveredArticle[],
): Promise<number[]> {
  const now = new Date().toISOString();
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += INSERT_CHUNK) {
    if (i > 0) await letOthersRun();
    const rows = items.slice(i, i + INSERT_CHUNK).map((d) => ({
      workspace_id: workspaceId,
      source_id: sourceId,
      url: d.url,
      url_key: d.urlKey,
      status: 'pending' as const,
      // Feed text is stored the same way as page text (see saveFetchedArticle): a NUL in one entry
      // would otherwise fail the whole batch on PostgreSQL.
      outlet: cleanOptional(d.outlet),
      feed_title: cleanOptional(d.feedTitle),
      feed_summary: cleanOptional(d.feedSummary),
      feed_published_at: d.feedPublishedAt,
      discovered_at: now,
    }));
    const inserted = await store.db
      .insertInto('article')
      .values(rows)
      .onConflict((oc) => oc.columns(['workspace_id', 'url_key']).doNothing())
      .returning('id')
      .execute();
    for (const r of inserted) ids.push(r.id);
  }
  return ids;
}

export async function findArticle(store: Store, id: number): Promise<Article | null> {
  const row = await store.db.selectFrom('article').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toArticle(row) : null;
}

export async function findArticleByUrlKey(
  store: Store,
  workspaceId: number,
  urlKey: string,
): Promise<Article | null> {
  const row = await store.db
    .selectFrom('article')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('url_key', '=', urlKey)
    .executeTakeFirst();
  return row ? toArticle(row) : null;
}

/** Ids of articles still waiting for their page, oldest first (for re-enqueueing after a crash). */
export async function pendingArticleIds(store: Store, limit = 100_000): Promise<number[]> {
  const rows = await store.db
    .selectFrom('article')
    .select('id')
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes an article for fetching until `until`, unless it is done or another worker holds it: a job
 * queued twice (a requeue after a restart, two workers) then never fetches a page twice.
 */
export async function leaseArticle(store: Store, id: number, now: Date, until: Date): Promise<boolean> {
  const result = await store.db
    .updateTable('article')
    .set({ lease_until: until.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Frees every article lease: only for the one embedded worker, after a crash of its predecessor. */
export async function releaseArticleLeases(store: Store): Promise<void> {
  await store.db
    .updateTable('article')
    .set({ lease_until: null })
    .where('lease_until', 'is not', null)
    .execute();
}

export async function recordArticleFailure(
  store: Store,
  id: number,
  failure: { error: string; attempts: number; final: boolean },
): Promise<void> {
  await store.db
    .updateTable('article')
    .set({
      error: failure.error,
      attempts: failure.attempts,
      lease_until: null,
      ...(failure.final ? { status: 'failed' } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** An AMP/mobile copy whose canonical page is stored already: kept as a pointer, not counted. */
export async function markArticleDuplicate(store: Store, id: number, note: string): Promise<void> {
  await store.db
    .updateTable('article')
    .set({ status: 'duplicate', error: note })
    .where('id', '=', id)
    .execute();
}

export interface ArticleCounts {
  pending: number;
  fetched: number;
  failed: number;
  duplicate: number;
}

export async function countArticles(store: Store, workspaceId?: number): Promise<ArticleCounts> {
  let q = store.db.selectFrom('article').select((eb) => ['status', eb.fn.countAll<number>().as('n')]);
  if (workspaceId !== undefined) q = q.where('workspace_id', '=', workspaceId);
  const rows = await q.groupBy('status').execute();
  const counts: ArticleCounts = { pending: 0, fetched: 0, failed: 0, duplicate: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Walks every fetched article of a workspace in id order, a page at a time (flat memory). */
export async function* iterateArticles(
  store: Store,
  workspaceId: number,
  pageSize = 500,
): AsyncGenerator<Article> {
  let after = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('article')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'fetched')
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const r of rows) yield toArticle(r);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].id;
  }
}

export type Transaction = Kysely<Database>;

// Story repository: saving a fetched article together with its place in a story (a group of
// syndicated copies), decided inside one transaction so concurrent workers agree.
import { type Kysely, sql } from 'kysely';
import type { Story } from '../../domain/article.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { indexArticleText } from '../../kernel/db/dialect.ts';
import type { Database } from '../../kernel/db/schema.ts';
import { cleanOptional, cleanText } from '../../text/clean.ts';
import { toArticle } from '../articles/articles.repo.ts';

export interface FetchedArticle {
  finalUrl: string;
  canonicalUrl: string | null;
  title: string | null;
  text: string;
  author: string | null;
  publishedAt: string | null;
  lang: string | null;
  image: string | null;
  description: string | null;
  contentHash: string;
  signature: number[];
  bandKeys: string[];
}

export interface DuplicateCandidate {
  articleId: number;
  storyId: number;
  contentHash: string | null;
  signature: number[];
  outlet: string | null;
}

export interface StoryChoice {
  storyId: number;
  matchedArticleId: number;
  similarity: number;
  passage: string;
}

/** Picks the story for an article among candidates; `loadText` reads a candidate's text. */
export type ChooseStory = (
  candidates: DuplicateCandidate[],
  loadText: (articleId: number) => Promise<string>,
) => Promise<StoryChoice | null>;

/**
 * Stores the page of a pending article and files it into a story. Returns false when the article
 * was already fetched (a retried job), so nothing is written twice.
 */
export async function saveFetchedArticle(
  store: Store,
  articleId: number,
  fetched: FetchedArticle,
  chooseStory: ChooseStory,
): Promise<{ saved: boolean; storyId: number | null }> {
  const page = storableText(fetched);
  return store.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('article')
      .select(['status', 'workspace_id', 'title', 'feed_title', 'outlet', 'story_id'])
      .where('id', '=', articleId)
      .executeTakeFirst();
    if (!current || current.status === 'fetched') return { saved: false, storyId: current?.story_id ?? null };
    const workspaceId = current.workspace_id;
    if (store.dialect === 'postgres') await lockStoryKeys(trx, workspaceId, page);

    const candidates = await findCandidates(trx, workspaceId, articleId, page);
    const loadText = async (id: number) =>
      (await trx.selectFrom('article').select('text').where('id', '=', id).executeTakeFirst())?.text ?? '';
    const choice = await chooseStory(candidates, loadText);
    const now = new Date().toISOString();

    let storyId: number;
    if (choice) {
      storyId = choice.storyId;
    } else {
      const story = await trx
        .insertInto('story')
        .values({
          workspace_id: workspaceId,
          title: page.title ?? current.feed_title,
          first_article_id: articleId,
          first_published_at: page.publishedAt,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      storyId = story.id;
    }

    await trx
      .updateTable('article')
      .set({
        status: 'fetched',
        error: null,
        final_url: page.finalUrl,
        canonical_url: page.canonicalUrl,
        title: page.title ?? current.feed_title,
        text: page.text,
        author: page.author,
        published_at: page.publishedAt,
        lang: page.lang,
        image: page.image,
        description: page.description,
        content_hash: page.contentHash,
        signature: JSON.stringify(page.signature),
        story_id: storyId,
        story_similarity: choice?.similarity ?? null,
        // Quoted from the page as fetched, so cleaned like the page's own text.
        story_passage: cleanOptional(choice?.passage ?? null),
        story_matched_article_id: choice?.matchedArticleId ?? null,
        fetched_at: now,
      })
      .where('id', '=', articleId)
      .execute();
    await indexArticleText(trx, store.dialect, articleId, page.title ?? current.feed_title, page.text);
    if (page.bandKeys.length > 0) {
      await trx
        .insertInto('article_band')
        .values(page.bandKeys.map((k) => ({ workspace_id: workspaceId, band_key: k, article_id: articleId })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (choice) await refreshStoryCounts(trx, storyId, now);
    return { saved: true, storyId };
  });
}

/**
 * The page's text as both stores can keep it: PostgreSQL refuses NUL and SQLite would keep it,
 * so one crawled page would be lost on one store and stored differently on the other.
 */
function storableText(page: FetchedArticle): FetchedArticle {
  return {
    ...page,
    title: cleanOptional(page.title),
    text: cleanText(page.text),
    author: cleanOptional(page.author),
    lang: cleanOptional(page.lang),
    description: cleanOptional(page.description),
  };
}

/**
 * On PostgreSQL, two workers filing two copies of one wire story at the same moment would each
 * start a story of their own. Copies can only find each other through a shared band key or the
 * same content hash, so locking exactly those keys (in a fixed order, so no deadlock) serialises
 * the decisions that could collide and lets unrelated articles be filed in parallel.
 */
async function lockStoryKeys(trx: Kysely<Database>, workspaceId: number, page: FetchedArticle) {
  const keys = [...page.bandKeys, `hash:${page.contentHash}`].map((k) => `${workspaceId}:${k}`);
  await sql`SELECT pg_advisory_xact_lock(7301, h) FROM (
      SELECT DISTINCT hashtext(k) AS h FROM unnest(${keys}::text[]) AS k ORDER BY 1) AS ordered`.execute(trx);
  // A crash loses at most the last moments of crawled pages, which the next poll fetches again;
  // not waiting for the disk on every article is what lets several workers keep up.
  await sql`SET LOCAL synchronous_commit = off`.execute(trx);
}

async function findCandidates(
  trx: Store['db'],
  workspaceId: number,
  articleId: number,
  page: FetchedArticle,
): Promise<DuplicateCandidate[]> {
  const byHash = trx
    .selectFrom('article')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('content_hash', '=', page.contentHash)
    .where('status', '=', 'fetched');
  const byBand =
    page.bandKeys.length > 0
      ? trx
          .selectFrom('article_band')
          .select('article_id as id')
          .where('workspace_id', '=', workspaceId)
          .where('band_key', 'in', page.bandKeys)
      : null;
  const ids = byBand ? byHash.union(byBand) : byHash;
  const rows = await trx
    .selectFrom('article')
    .select(['id', 'story_id', 'content_hash', 'signature', 'outlet'])
    .where('id', 'in', ids)
    .where('id', '!=', articleId)
    .where('story_id', 'is not', null)
    .limit(200)
    .execute();
  return rows.map((r) => ({
    articleId: r.id,
    storyId: r.story_id as number,
    contentHash: r.content_hash,
    signature: r.signature ? (JSON.parse(r.signature) as number[]) : [],
    outlet: r.outlet,
  }));
}

async function refreshStoryCounts(trx: Kysely<Database>, storyId: number, now: string) {
  await trx
    .updateTable('story')
    .set((eb) => ({
      article_count: eb
        .selectFrom('article')
        .select(eb.fn.countAll<number>().as('n'))
        .where('story_id', '=', storyId),
      outlet_count: eb
        .selectFrom('article')
        .select(sql<number>`count(distinct coalesce(outlet, url_key))`.as('n'))
        .where('story_id', '=', storyId),
      updated_at: now,
    }))
    .where('id', '=', storyId)
    .execute();
}

export async function findStory(store: Store, id: number) {
  const story = await store.db.selectFrom('story').selectAll().where('id', '=', id).executeTakeFirst();
  if (!story) return null;
  const articles = await store.db
    .selectFrom('article')
    .selectAll()
    .where('story_id', '=', id)
    .orderBy('id')
    .execute();
  return { story: toStory(story), articles: articles.map(toArticle) };
}

export async function listStories(
  store: Store,
  workspaceId: number,
  options: { minOutlets?: number; limit?: number } = {},
): Promise<Story[]> {
  const rows = await store.db
    .selectFrom('story')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('outlet_count', '>=', options.minOutlets ?? 1)
    .orderBy('outlet_count', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 50)
    .execute();
  return rows.map(toStory);
}

function toStory(r: {
  id: number;
  workspace_id: number;
  title: string | null;
  first_article_id: number;
  first_published_at: string | null;
  article_count: number;
  outlet_count: number;
}): Story {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    firstArticleId: r.first_article_id,
    firstPublishedAt: r.first_published_at,
    articleCount: Number(r.article_count),
    outletCount: Number(r.outlet_count),
  };
}

/** A stored article's new title and text (an analyst's correction), with its fingerprints. */
export interface ReplacedText {
  title: string | null;
  text: string;
  contentHash: string;
  signature: number[];
  bandKeys: string[];
}

/**
 * Replaces an article's title and text in place: its search index and band keys follow, so later
 * copies of the story find it by what it now says. The story it belongs to stays: a corrected
 * reading is still the same article.
 */
export async function replaceArticleText(
  trx: Kysely<Database>,
  dialect: Store['dialect'],
  articleId: number,
  page: ReplacedText,
) {
  const title = cleanOptional(page.title);
  const text = cleanText(page.text);
  const row = await trx
    .updateTable('article')
    .set({ title, text, content_hash: page.contentHash, signature: JSON.stringify(page.signature) })
    .where('id', '=', articleId)
    .returning('workspace_id')
    .executeTakeFirst();
  if (!row) return;
  await indexArticleText(trx, dialect, articleId, title, text);
  await trx.deleteFrom('article_band').where('article_id', '=', articleId).execute();
  if (page.bandKeys.length > 0)
    await trx
      .insertInto('article_band')
      .values(
        page.bandKeys.map((k) => ({ workspace_id: row.workspace_id, band_key: k, article_id: articleId })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/**
 * Removes articles (a clipping page cut again into other regions, a clipping deleted) with what
 * hangs on them; the stories they were in are recounted, and a story left empty goes too.
 */
export async function removeArticles(trx: Kysely<Database>, dialect: Store['dialect'], ids: number[]) {
  if (ids.length === 0) return;
  const stories = await trx
    .selectFrom('article')
    .select('story_id')
    .distinct()
    .where('id', 'in', ids)
    .where('story_id', 'is not', null)
    .execute();
  if (dialect === 'sqlite')
    for (const id of ids) await sql`DELETE FROM article_fts WHERE rowid = ${id}`.execute(trx);
  await trx.deleteFrom('article_band').where('article_id', 'in', ids).execute();
  await trx.deleteFrom('article').where('id', 'in', ids).execute();
  const now = new Date().toISOString();
  for (const { story_id } of stories) {
    const storyId = story_id as number;
    const first = await trx
      .selectFrom('article')
      .select('id')
      .where('story_id', '=', storyId)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!first) {
      await trx.deleteFrom('story').where('id', '=', storyId).execute();
      continue;
    }
    await trx.updateTable('story').set({ first_article_id: first.id }).where('id', '=', storyId).execute();
    await refreshStoryCounts(trx, storyId, now);
  }
}

/** An article Pantau read itself (a print clipping's region), stored pending until it is filed. */
export async function insertReadArticle(
  trx: Kysely<Database>,
  row: { workspaceId: number; url: string; outlet: string; title: string | null; publishedAt: string },
): Promise<number> {
  const inserted = await trx
    .insertInto('article')
    .values({
      workspace_id: row.workspaceId,
      url: row.url,
      url_key: row.url,
      status: 'pending',
      medium: 'print',
      outlet: cleanOptional(row.outlet),
      feed_title: cleanOptional(row.title),
      feed_published_at: row.publishedAt,
      discovered_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

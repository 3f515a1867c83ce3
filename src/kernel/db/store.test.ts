// The repositories behave the same on SQLite and PostgreSQL: each case runs on both.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { parseQuery } from '../../analyze/query/parse.ts';
import { searchFiltered } from '../../modules/articles/article-filter.repo.ts';
import {
  countArticles,
  insertDiscoveredArticles,
  iterateArticles,
} from '../../modules/articles/articles.repo.ts';
import {
  claimDueSources,
  insertSource,
  listSources,
  recordPoll,
} from '../../modules/sources/sources.repo.ts';
import {
  type DuplicateCandidate,
  findStory,
  saveFetchedArticle,
} from '../../modules/stories/stories.repo.ts';
import { insertWorkspace } from '../../modules/workspaces/workspaces.repo.ts';
import { openStore } from './connect.ts';

const discovered = (url: string) => ({
  url,
  urlKey: url,
  outlet: 'Warta Sukamaju',
  feedTitle: null,
  feedSummary: null,
  feedPublishedAt: null,
});

const page = (text: string, title: string, hash: string, bandKeys: string[] = []) => ({
  finalUrl: 'https://warta.example/x',
  canonicalUrl: null,
  title,
  text,
  author: 'Rina',
  publishedAt: '2025-03-03T07:05:00.000Z',
  lang: 'id',
  image: null,
  description: null,
  contentHash: hash,
  signature: [1, 2, 3],
  bandKeys,
});

describe.each(DIALECTS)('store on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  test('reopening runs migrations once and keeps data', async () => {
    await insertWorkspace(t.store, { slug: 'kota-x', name: 'Kota X', region: 'Kota X', timeZone: 'WITA' });
    await t.store.close();
    t.store = await openStore({ databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    const again = await openStore({ databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    await again.close();
    const rows = await t.store.db.selectFrom('workspace').selectAll().execute();
    expect(rows.map((r) => [r.slug, r.time_zone])).toEqual([['kota-x', 'WITA']]);
  });

  test('an article URL is stored once per workspace, however often it is discovered', async () => {
    const ws = await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' });
    const first = await insertDiscoveredArticles(t.store, ws.id, null, [discovered('u1'), discovered('u2')]);
    const second = await insertDiscoveredArticles(t.store, ws.id, null, [discovered('u2'), discovered('u3')]);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(1);
    expect(await countArticles(t.store, ws.id)).toEqual({ pending: 3, fetched: 0, failed: 0, duplicate: 0 });
  });

  test('two schedulers never claim the same due source', async () => {
    const ws = await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' });
    await insertSource(t.store, {
      workspaceId: ws.id,
      kind: 'feed',
      name: 'F',
      url: 'https://f/rss',
      pollIntervalSeconds: 900,
    });
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([
      claimDueSources(t.store, now, 600),
      claimDueSources(t.store, now, 600),
    ]);
    expect(a.length + b.length).toBe(1);
    expect(await claimDueSources(t.store, now, 600)).toHaveLength(0);
  });

  test('a failing poll is visible on the source list', async () => {
    const ws = await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' });
    const s = await insertSource(t.store, {
      workspaceId: ws.id,
      kind: 'feed',
      name: 'F',
      url: 'https://f/rss',
      pollIntervalSeconds: 900,
    });
    await recordPoll(t.store, s.id, {
      polledAt: new Date().toISOString(),
      ok: false,
      nextCheckAt: new Date().toISOString(),
      pollIntervalSeconds: 1800,
      consecutiveFailures: 1,
      recentNewCounts: [],
      error: 'timeout: waktu habis',
      stale: false,
      staleReason: null,
    });
    const [listed] = await listSources(t.store, ws.id);
    expect(listed.lastError).toBe('timeout: waktu habis');
    expect(listed.consecutiveFailures).toBe(1);
  });

  test('saved articles are searchable, grouped into stories and exported', async () => {
    const ws = await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' });
    const [a, b, c] = await insertDiscoveredArticles(t.store, ws.id, null, [
      discovered('u1'),
      { ...discovered('u2'), outlet: 'Kabar Kota' },
      discovered('u3'),
    ]);
    const none = async () => null;
    await saveFetchedArticle(
      t.store,
      a,
      page('Banjir merendam kelurahan Sukamaju, wali kota meninjau lokasi.', 'Banjir di Sukamaju', 'h1', [
        'b1',
      ]),
      none,
    );
    let seen: DuplicateCandidate[] = [];
    const second = await saveFetchedArticle(
      t.store,
      b,
      page('Banjir merendam kelurahan Sukamaju, wali kota meninjau.', 'Wali kota tinjau banjir', 'h2', [
        'b1',
      ]),
      async (candidates, loadText) => {
        seen = candidates;
        return {
          storyId: candidates[0].storyId,
          matchedArticleId: candidates[0].articleId,
          similarity: 0.9,
          passage: (await loadText(candidates[0].articleId)).slice(0, 20),
        };
      },
    );
    await saveFetchedArticle(
      t.store,
      c,
      page('Anggaran pendidikan naik pada APBD perubahan.', 'APBD', 'h3'),
      none,
    );
    expect(seen.map((s) => s.articleId)).toEqual([a]);
    const story = await findStory(t.store, second.storyId as number);
    expect(story?.story.outletCount).toBe(2);
    expect(story?.articles.map((x) => x.id)).toEqual([a, b]);
    expect(story?.articles[1].storyPassage).toBe('Banjir merendam kelu');

    // retrying a finished job writes nothing
    const again = await saveFetchedArticle(t.store, a, page('lain', 'lain', 'h9'), none);
    expect(again.saved).toBe(false);

    const searchArticles = (store: typeof t.store, workspaceId: number, q: string) =>
      searchFiltered(
        store,
        workspaceId,
        { query: parseQuery(q) },
        { sort: 'relevance', limit: 20, offset: 0 },
      );
    const hits = await searchArticles(t.store, ws.id, 'banjir sukamaju');
    expect(hits.map((h) => h.article.id).sort()).toEqual([a, b].sort());
    expect(await searchArticles(t.store, ws.id, 'banjir -tinjau')).toHaveLength(1);
    expect((await searchArticles(t.store, ws.id, '"anggaran pendidikan"')).map((h) => h.article.id)).toEqual([
      c,
    ]);

    const exported = [];
    for await (const art of iterateArticles(t.store, ws.id, 2)) exported.push(art.id);
    expect(exported).toEqual([a, b, c]);
  });
});

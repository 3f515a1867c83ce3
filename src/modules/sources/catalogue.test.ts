// The outlet catalogue on both stores: sources grouped under their outlet, each outlet's media type
// (from the built-in catalogue, or a news search), articles of the last 30 days and the newest one,
// and nothing of another workspace.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { CATALOGUE } from '../../collect/catalogue.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { buildApp } from '../../main/app.ts';
import { outletCatalogue } from './catalogue.service.ts';
import { outletCatalogue as catalogueSchema } from './sources.schema.ts';
import { addSource } from './sources.service.ts';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(DIALECTS)('outlet catalogue on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  let viewer: BuiltUser;
  let app: FastifyInstance;
  const national = CATALOGUE.find((e) => e.scope === 'national') ?? CATALOGUE[0];

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'kab-lain' });
    viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    const inWs = { ...systemCtx(t.store), workspace: ws };
    const feed = await addSource(inWs, { url: 'https://warta.example/rss', name: 'Warta Sukamaju' });
    const sitemap = await addSource(inWs, {
      url: 'https://warta.example/sitemap-news.xml',
      name: 'Warta Sukamaju',
    });
    await addSource(inWs, { catalogueKey: national.key });
    await addSource(inWs, { url: 'https://news.example/rss?q={query}', query: 'Sukamaju', kind: 'search' });
    const article = (url: string, publishedAt: string) => ({
      url,
      title: 'Berita',
      text: 'Isi berita.',
      publishedAt,
    });
    await storeArticles(
      t.store,
      ws.id,
      [article('https://warta.example/a', daysAgo(2)), article('https://warta.example/b', daysAgo(60))],
      feed.id,
    );
    await storeArticles(t.store, ws.id, [article('https://warta.example/c', daysAgo(1))], sitemap.id);
    await addSource({ ...inWs, workspace: other }, { url: 'https://lain.example/rss', name: 'Media Lain' });
    app = await buildApp({ store: t.store, webApp: false });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  test('groups sources by outlet with their recent articles, busiest outlet first', async () => {
    const catalogue = await outletCatalogue(viewer.ctx);
    expect(catalogueSchema.parse(catalogue)).toEqual(catalogue);
    // The quiet outlets after, by name.
    const quiet = [national.outlet, 'Pencarian: Sukamaju'].sort((a, b) => a.localeCompare(b, 'id'));
    expect(catalogue.outlets.map((o) => o.name)).toEqual(['Warta Sukamaju', ...quiet]);
    const warta = catalogue.outlets[0];
    expect(warta).toMatchObject({ mediaType: 'unknown', articlesLast30Days: 2 });
    expect(warta.sources.map((s) => [s.kind, s.articlesLast30Days])).toEqual([
      ['feed', 1],
      ['sitemap', 1],
    ]);
    expect(Date.parse(warta.lastArticleAt ?? '')).toBeGreaterThan(Date.now() - 1.5 * DAY);
    expect(catalogue.outlets.find((o) => o.name === national.outlet)).toMatchObject({
      mediaType: 'national',
      articlesLast30Days: 0,
      lastArticleAt: null,
    });
    expect(catalogue.outlets.find((o) => o.name.startsWith('Pencarian'))?.mediaType).toBe('aggregator');
    expect(JSON.stringify(catalogue)).not.toContain('Media Lain');
  });

  test('the API serves it to every staff role', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/sources/catalogue?workspace=${ws.slug}`,
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(catalogueSchema.parse(res.json()).outlets).toHaveLength(3);
  });
});

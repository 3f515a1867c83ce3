// "Test this address" on both stores, against real news sites on loopback: a feed previews its first
// articles and stores nothing; a site's page leads to the feed it announces (or to the sitemap its
// robots.txt names); missing pages, pages without feeds, internal addresses and hostile XML each
// end as a clear answer rather than an error page or a hang.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { Fetcher } from '../../collect/fetch/fetcher.ts';
import {
  LOOPBACK_TEST_OPTIONS,
  type LoopbackServer,
  startServer,
} from '../../collect/fetch/loopback-server.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createLogger } from '../../kernel/logger.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { countArticles } from '../articles/articles.repo.ts';
import { type PreviewDeps, previewSource } from './source-preview.service.ts';
import { type SourcePreview, sourcePreview } from './sources.schema.ts';
import { listSources } from './sources.service.ts';

const testdata = (name: string) =>
  readFileSync(new URL(`../../collect/feeds/testdata/${name}`, import.meta.url), 'utf8');

function rss(origin: string, paths: string[], dated = true): string {
  const items = paths.map(
    (p, i) =>
      `<item><title>Pemkot Sukamaju bahas ${p.slice(1)}</title><link>${origin}${p}</link>` +
      (dated ? `<pubDate>${new Date(Date.UTC(2025, 2, 20 - i, 3, 15)).toUTCString()}</pubDate>` : '') +
      '</item>',
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Warta Sukamaju</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

const page = (head: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Warta Sukamaju — Berita Kota</title>${head}</head><body><h1>Warta Sukamaju</h1><p>Berita terbaru dari Kota Sukamaju.</p></body></html>`;

let site: LoopbackServer;
let plain: LoopbackServer;

beforeAll(async () => {
  site = await startServer((req, res) => {
    const o = site.origin;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const news = Array.from({ length: 12 }, (_, i) => `/berita/jalan-${i + 1}`);
    switch (req.url) {
      case '/robots.txt':
        return send(
          200,
          'text/plain',
          `User-agent: *\nDisallow: /arsip-tertutup/\nSitemap: ${o}/sitemap.xml\n`,
        );
      case '/rss':
        return send(200, 'application/rss+xml; charset=utf-8', rss(o, news));
      case '/rss-tertutup':
        return send(200, 'application/rss+xml', rss(o, ['/arsip-tertutup/a', '/berita/terbuka'], false));
      case '/situs':
        return send(
          200,
          'text/html; charset=utf-8',
          page(
            `<meta property="og:site_name" content="Warta Sukamaju"><link rel="alternate" type="application/rss+xml" title="Warta Sukamaju" href="/rss">`,
          ),
        );
      case '/tanpa-feed':
        // No feed link: the sitemap robots.txt names is what the site offers.
        return send(200, 'text/html; charset=utf-8', page(''));
      case '/sitemap.xml':
        return send(
          200,
          'application/xml',
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${news
            .slice(0, 3)
            .map((p) => `<url><loc>${o}${p}</loc></url>`)
            .join('')}</urlset>`,
        );
      case '/bom.xml':
        return send(200, 'application/rss+xml', testdata('billion-laughs.xml'));
      case '/xxe.xml':
        return send(200, 'application/rss+xml', testdata('xxe-external-entity.xml'));
      default:
        return send(404, 'text/html', '<h1>404 Halaman tidak ditemukan</h1>');
    }
  });
  // A site without a robots.txt and without feeds: nothing to collect from its page.
  plain = await startServer((_req, res) => {
    if (_req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(''));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('tidak ada');
  });
});
afterAll(async () => {
  await site?.close();
  await plain?.close();
});

describe.each(DIALECTS)('source preview on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  let analyst: BuiltUser;
  let app: FastifyInstance;
  const logged: string[] = [];
  // The crawl's fetcher with loopback allowed and robots.txt honoured, and a real page process.
  const tools = {
    fetcher: new Fetcher({ ...LOOPBACK_TEST_OPTIONS, respectRobots: true, retries: 0 }),
    pages: createPageAnalyser({ processes: 1 }),
  };
  const deps: PreviewDeps = {
    ...tools,
    logger: createLogger(
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    ),
  };
  const preview = (url: string, kind?: 'feed' | 'sitemap' | 'article') =>
    previewSource(analyst.ctx, deps, { url, kind });
  const failure = (result: SourcePreview) => {
    if (result.ok) throw new Error(`expected a failure, got a ${result.kind}`);
    return result.error;
  };
  const success = (result: SourcePreview) => {
    if (!result.ok) throw new Error(`expected a preview, got ${result.error.code}: ${result.error.detail}`);
    return result;
  };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws });
    app = await buildApp({ store: t.store, webApp: false, collect: tools });
  });
  afterAll(async () => {
    await app?.close();
    await tools.pages.close();
    await tools.fetcher.close();
    await t?.dispose();
  });

  test('a feed previews its first ten articles with their dates, and nothing is stored', async () => {
    const before = {
      sources: (await listSources(analyst.ctx)).length,
      articles: await countArticles(t.store),
    };
    const result = success(await preview(`${site.origin}/rss`));
    expect(sourcePreview.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      kind: 'feed',
      url: `${site.origin}/rss`,
      foundOn: null,
      title: 'Warta Sukamaju',
    });
    expect(result.listed).toBe(12);
    expect(result.items).toHaveLength(10);
    expect(result.items[0]).toEqual({
      title: 'Pemkot Sukamaju bahas berita/jalan-1',
      url: `${site.origin}/berita/jalan-1`,
      publishedAt: '2025-03-20T03:15:00.000Z',
    });
    expect(result.warnings).toEqual([]);
    expect((await listSources(analyst.ctx)).length).toBe(before.sources);
    expect(await countArticles(t.store)).toEqual(before.articles);
    // Logged against the workspace, with who asked and what came of it.
    const line = JSON.parse(logged.findLast((l) => l.includes('source preview')) ?? '{}');
    expect(line).toMatchObject({ workspace: 'kota-sukamaju', workspaceId: ws.id, userId: analyst.user.id });
    expect(line.outcome).toBe('feed');
  });

  test('a site page leads to the feed it announces, which is what would be added', async () => {
    const result = success(await preview(`${site.origin}/situs`));
    expect(result).toMatchObject({
      kind: 'feed',
      url: `${site.origin}/rss`,
      foundOn: `${site.origin}/situs`,
      title: 'Warta Sukamaju',
    });
    expect(result.items).toHaveLength(10);
  });

  test('a site page without feed links leads to the sitemap its robots.txt names, warning of no dates', async () => {
    const result = success(await preview(`${site.origin}/tanpa-feed`));
    expect(result).toMatchObject({ kind: 'sitemap', url: `${site.origin}/sitemap.xml`, listed: 3 });
    expect(result.items.every((i) => i.publishedAt === null)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['no_dates']);
    expect(result.warnings[0].message).toMatch(/^Tidak ada tanggal terbit.* — no publication dates/);
  });

  test('articles robots.txt keeps the crawler from are warned of', async () => {
    const result = success(await preview(`${site.origin}/rss-tertutup`));
    expect(result.warnings.map((w) => w.code)).toEqual(['no_dates', 'robots_disallowed']);
    expect(result.warnings[1].message).toContain('1 dari 2 berita');
  });

  test('a missing page and a page that is not a feed get clear bilingual errors', async () => {
    const missing = failure(await preview(`${site.origin}/hilang`));
    expect(missing.code).toBe('http_status');
    expect(missing.message).toBe('Alamat tidak ditemukan di server (HTTP 404) — not found (HTTP 404)');
    const notFeed = failure(await preview(`${plain.origin}/`));
    expect(notFeed.code).toBe('no_content');
    expect(notFeed.message).toMatch(/^Alamat ini halaman HTML .* — the page is not a feed/);
  });

  test('an internal address is refused without a request reaching it', async () => {
    const guarded: PreviewDeps = {
      ...deps,
      fetcher: new Fetcher({ hostDelayMs: 0, retries: 0, respectRobots: false }),
    };
    const seen = site.seen.length;
    try {
      const refused = failure(await previewSource(analyst.ctx, guarded, { url: `${site.origin}/rss` }));
      expect(refused.code).toBe('blocked_address');
      expect(refused.message).toMatch(/^Alamat internal ditolak.* — internal address refused/);
      expect(refused.detail).toContain('127.0.0.1');
    } finally {
      await guarded.fetcher.close();
    }
    expect(site.seen.length).toBe(seen);
  });

  test('hostile XML (billion laughs, external entity) is refused quickly', async () => {
    const started = Date.now();
    const laughs = failure(await preview(`${site.origin}/bom.xml`));
    const xxe = failure(await preview(`${site.origin}/xxe.xml`));
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const e of [laughs, xxe]) {
      expect(e.code).toBe('malformed_feed');
      expect(e.message).toMatch(/^Isi alamat ini bukan feed .* — not a feed or sitemap/);
    }
    expect(laughs.detail).toMatch(/ENTITY/);
  });

  test('the API answers with the preview, and refuses a viewer', async () => {
    const viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    const ask = (who: BuiltUser, url: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/sources/preview',
        headers: { authorization: `Bearer ${who.token}` },
        payload: { workspace: ws.slug, url },
      });
    const res = await ask(analyst, `${site.origin}/situs`);
    expect(res.statusCode).toBe(200);
    const body = sourcePreview.parse(res.json());
    expect(body.ok && body.url).toBe(`${site.origin}/rss`);
    expect((await ask(viewer, `${site.origin}/rss`)).statusCode).toBe(403);
    const bad = await ask(analyst, 'bukan alamat');
    expect(bad.statusCode).toBe(400);
  });
});

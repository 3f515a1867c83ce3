// Large and compressed sitemaps, served by a loopback news site: a sitemap larger than one poll is walked
// newest first over several polls until every URL is found, showing what is left in between, and
// a `sitemap.xml.gz` is read on every poll (a gzip bomb ends as a clear error on the source).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../../test/factories/index.ts';
import { runCli } from '../../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../../test/support/stores.ts';
import { Fetcher } from '../../../collect/fetch/index.ts';
import type { Workspace } from '../../../domain/workspace.ts';
import { systemCtx } from '../../../kernel/ctx.ts';
import { openQueue } from '../../../kernel/jobs/open-queue.ts';
import type { JobQueue } from '../../../kernel/jobs/queue.ts';
import { createLogger } from '../../../kernel/logger.ts';
import { createPageAnalyser, type PageAnalyser } from '../../../kernel/sandbox/page-pool.ts';
import { describeBacklog } from '../../sources/sources.present.ts';
import { addSource, listSources } from '../../sources/sources.service.ts';
import { pollSource } from './poll-source.ts';

// More than two polls' worth (5,000 URLs each); the trial's 100,000 only repeats the same walk.
const TOTAL = 12_000;
const WP_CHILDREN = 8;
let server: http.Server;
let origin = '';
let bigSitemap = '';
// 64 MB of nothing in about 64 KB: decoding it whole would exhaust a small server.
const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));

const urlset = (locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs
    .map((l) => `<url><loc>${l}</loc></url>`)
    .join('')}</urlset>`;
const articleUrl = (i: number) => `${origin}/b/${i}`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    // WordPress core's index: no lastmod, one child per 2,000 posts, the newest posts in the last one.
    if (req.url === '/wp-sitemap.xml')
      return send(
        'application/xml',
        `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from(
          { length: WP_CHILDREN },
          (_, i) => `<sitemap><loc>${origin}/wp-sitemap-posts-post-${i + 1}.xml</loc></sitemap>`,
        ).join('')}</sitemapindex>`,
      );
    const wpChild = /^\/wp-sitemap-posts-post-(\d+)\.xml$/.exec(req.url ?? '');
    if (wpChild)
      return send(
        'application/xml',
        urlset([`${origin}/wp/${wpChild[1]}/a`, `${origin}/wp/${wpChild[1]}/b`]),
      );
    switch (req.url) {
      case '/sitemap.xml':
        // Oldest first and undated, as WordPress writes it: the newest article is the last one.
        return send('application/xml', bigSitemap);
      case '/sitemap.xml.gz':
        return send('application/x-gzip', gzipSync(urlset([`${origin}/gz/1`, `${origin}/gz/2`])));
      case '/indeks-sitemap.xml':
        return send(
          'application/xml',
          `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/anak.xml.gz</loc></sitemap></sitemapindex>`,
        );
      case '/anak.xml.gz':
        return send('application/gzip', gzipSync(urlset([`${origin}/anak/1`])));
      case '/bom-sitemap.xml.gz':
        return send('application/x-gzip', bomb);
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('tidak ada');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bigSitemap = urlset(Array.from({ length: TOTAL }, (_, i) => articleUrl(i)));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe.each(DIALECTS)('sitemap polling on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  let queue: JobQueue;
  let fetcher: Fetcher;
  let pages: PageAnalyser;
  let app: Parameters<typeof pollSource>[0];

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
    queue = await openQueue(t.store, { databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    fetcher = new Fetcher({ allowHosts: ['127.0.0.0/8'], hostDelayMs: 0, respectRobots: false });
    // Listings are read on a real page-pool thread, as the server and workers read them.
    pages = createPageAnalyser({ processes: 1 });
    app = { store: t.store, fetcher, pages, queue, logger: createLogger('silent') };
  });
  afterAll(async () => {
    await queue.close();
    await pages.close();
    await fetcher.close();
    await t.dispose();
  });

  const add = (url: string) => addSource({ ...systemCtx(t.store), workspace: ws }, { url });
  const listed = async (id: number) => {
    const found = (await listSources({ ...systemCtx(t.store), workspace: ws })).find((s) => s.id === id);
    if (!found) throw new Error(`source ${id} not listed`);
    return found;
  };
  const articleUrls = async (sourceId: number) =>
    (await t.store.db.selectFrom('article').select('url').where('source_id', '=', sourceId).execute()).map(
      (r) => r.url,
    );

  test('a sitemap of 12,000 URLs is walked newest first over several polls until every URL is found', async () => {
    const source = await add(`${origin}/sitemap.xml`);
    expect(source.kind).toBe('sitemap');

    const first = await pollSource(app, source.id);
    expect(first).toMatchObject({ ok: true, newArticles: 5000 });
    const afterFirst = await articleUrls(source.id);
    // The last 5,000 of the document are the newest pages of an undated, oldest-first sitemap.
    expect(afterFirst).toContain(articleUrl(TOTAL - 1));
    expect(afterFirst).toContain(articleUrl(TOTAL - 5000));
    expect(afterFirst).not.toContain(articleUrl(0));

    const partly = await listed(source.id);
    expect(partly.unvisitedUrls).toBe(7_000);
    expect(describeBacklog(partly)).toBe(
      'sisa 7.000 URL sitemap belum dirayapi — 7,000 sitemap URLs not yet crawled',
    );
    // Due again within minutes to go on with the walk, not after its regular interval.
    const dueInSeconds = (Date.parse(partly.nextCheckAt) - Date.now()) / 1000;
    expect(dueInSeconds).toBeLessThanOrEqual(6 * 60);

    const cliEnv = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    for (const args of [
      ['sources', 'list', '--workspace', ws.slug],
      ['sources', 'show', String(source.id)],
    ]) {
      const cli = await runCli(args, cliEnv);
      expect(cli.stderr).toBe('');
      expect(cli.stdout).toContain(
        'sisa 7.000 URL sitemap belum dirayapi — 7,000 sitemap URLs not yet crawled',
      );
    }

    let polls = 1;
    while ((await listed(source.id)).unvisitedUrls > 0 && polls < 30) {
      const summary = await pollSource(app, source.id);
      expect(summary?.ok).toBe(true);
      polls += 1;
    }
    expect(polls).toBe(Math.ceil(TOTAL / 5000));
    const all = new Set(await articleUrls(source.id));
    expect(all.size).toBe(TOTAL);
    for (let i = 0; i < TOTAL; i += 1) if (!all.has(articleUrl(i))) throw new Error(`never found: ${i}`);

    const done = await listed(source.id);
    expect(done.unvisitedUrls).toBe(0);
    expect(describeBacklog(done)).toBeNull();
    // Nothing left: the next poll finds nothing new and the walk does not start over.
    expect(await pollSource(app, source.id)).toMatchObject({ ok: true, newArticles: 0 });
  }, 300_000);

  test('a sitemap index without dates is followed from its last, newest children; the rest is said', async () => {
    const index = await add(`${origin}/wp-sitemap.xml`);
    expect(await pollSource(app, index.id)).toMatchObject({
      ok: true,
      newArticles: 10,
      unfollowedSitemaps: 3,
    });
    const children = new Set((await articleUrls(index.id)).map((u) => Number(u.split('/').at(-2))));
    expect([...children].sort()).toEqual([4, 5, 6, 7, 8]);
    const shown = await listed(index.id);
    expect(shown.unfollowedSitemaps).toBe(3);
    expect(describeBacklog(shown)).toBe(
      '3 sitemap lama dalam indeks tidak diikuti (hanya yang terbaru dibaca) — 3 older sitemaps of the index are not followed',
    );
  });

  test('a gzipped sitemap, and a gzipped child of a sitemap index, are read on every poll', async () => {
    const gz = await add(`${origin}/sitemap.xml.gz`);
    expect(gz.kind).toBe('sitemap');
    expect(await pollSource(app, gz.id)).toMatchObject({ ok: true, newArticles: 2, error: null });
    expect((await articleUrls(gz.id)).sort()).toEqual([`${origin}/gz/1`, `${origin}/gz/2`]);

    const index = await add(`${origin}/indeks-sitemap.xml`);
    expect(await pollSource(app, index.id)).toMatchObject({ ok: true, newArticles: 1, error: null });
    expect(await articleUrls(index.id)).toEqual([`${origin}/anak/1`]);
  });

  test('a gzip bomb posing as a sitemap ends as a clear error on the source', async () => {
    const source = await add(`${origin}/bom-sitemap.xml.gz`);
    const summary = await pollSource(app, source.id);
    expect(summary).toMatchObject({ ok: false, newArticles: 0 });
    expect(summary?.error).toMatch(/melebihi batas/);
    expect((await listed(source.id)).lastError).toMatch(/melebihi batas/);
  });
});

// "Ambil sekarang" over real HTTP on both stores, against a loopback news site: an analyst asks for
// one source to be polled, the scheduler hands that one source (and no other) to the queue once,
// the worker's poll job reads it, and the request shows queued → done with what the feed listed,
// what was new and how the new articles' pages fared (fetched, failed). A failing feed ends the
// request as failed with the reason; viewers cannot ask, and another workspace sees nothing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { Fetcher } from '../../collect/fetch/index.ts';
import { loadConfig } from '../../kernel/config.ts';
import type { AppContext } from '../../kernel/context.ts';
import { openQueue } from '../../kernel/jobs/open-queue.ts';
import { createLogger } from '../../kernel/logger.ts';
import { createClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { crawlJobs } from './crawl.service.ts';
import { enqueueRequestedPolls } from './poll-requests.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const page = (title: string, topic: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>${title}</title></head><body><article><h1>${title}</h1>
${Array.from(
  { length: 5 },
  (_, i) =>
    `<p>${topic} di Kecamatan Cibeureum dibahas pada hari ke-${i + 1}; Dinas PUPR Sukamaju memastikan warga mendapat kabar terbaru setiap pagi.</p>`,
).join('\n')}
</article></body></html>`;

const rss = (origin: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Warta Sukamaju</title><link>${origin}/</link>
${paths.map((p) => `<item><title>Berita ${p}</title><link>${origin}${p}</link></item>`).join('\n')}
</channel></rss>`;

let server: http.Server;
let origin = '';
/** Listing requests each path received: shows which sources were polled, and how often. */
const hits = new Map<string, number>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path.startsWith('/rss'))
      return send(
        200,
        'application/rss+xml',
        rss(origin, ['/berita/jembatan', '/berita/banjir', '/berita/hilang']),
      );
    if (path === '/lain.xml') return send(200, 'application/rss+xml', rss(origin, ['/berita/lain']));
    if (path === '/rusak.xml') return send(500, 'text/plain', 'server sedang bermasalah');
    if (path === '/berita/jembatan')
      return send(
        200,
        'text/html; charset=utf-8',
        page('Jembatan Cibeureum Diperbaiki', 'Perbaikan jembatan'),
      );
    if (path === '/berita/banjir')
      return send(200, 'text/html; charset=utf-8', page('Banjir Cibeureum Surut', 'Banjir'));
    if (path === '/berita/lain')
      return send(200, 'text/html; charset=utf-8', page('Pasar Desa Dibuka', 'Pasar desa'));
    return send(404, 'text/plain', 'tidak ada');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe.each(DIALECTS)('"Ambil sekarang" on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let worker: AppContext;
  let base = '';
  let analyst: BuiltUser;
  let viewer: BuiltUser;
  let outsider: BuiltUser;

  async function call(who: BuiltUser, method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${who.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
  }
  const addSource = async (path: string) => {
    const res = await call(analyst, 'POST', '/api/v1/sources', { url: `${origin}${path}` });
    expect(res.status).toBe(201);
    return res.body.source.id as number;
  };
  const pollNow = (who: BuiltUser, id: number) => call(who, 'POST', `/api/v1/sources/${id}/poll`, {});
  const latest = (who: BuiltUser, id: number) => call(who, 'GET', `/api/v1/sources/${id}/poll`);
  /** What a worker process does: the scheduler's pass for requests, then the queue worked dry. */
  const runWorker = async () => {
    const handed = await enqueueRequestedPolls(worker);
    await worker.queue.work(crawlJobs(worker), { untilIdle: true });
    return handed;
  };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'tetangga' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Analis' });
    viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    outsider = await buildUser(t.store, { role: 'analyst', workspace: other });
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const queue = await openQueue(t.store, { databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    const fetcher = new Fetcher({ allowHosts: ['127.0.0.0/8'], hostDelayMs: 0, respectRobots: false });
    const pages = createPageAnalyser({ processes: 0 });
    worker = {
      config: { ...loadConfig({ PANTAU_DATA_DIR: t.dataDir }), concurrency: 4 },
      logger: createLogger('silent'),
      store: t.store,
      fetcher,
      clippings: createClippingReader({ processes: 0 }),
      pages,
      queue,
      async close() {
        await queue.close();
        await pages.close();
        await fetcher.close();
      },
    };
  });
  afterAll(async () => {
    await app?.close();
    await worker?.close();
    await t?.dispose();
  });

  test('one source is polled at the press of a button, and its request shows what it found', async () => {
    const feed = await addSource(`/rss-${dialect}`);
    const untouched = await addSource('/lain.xml');
    expect((await latest(analyst, feed)).body).toEqual({ poll: null });

    const asked = await pollNow(analyst, feed);
    expect(asked.status).toBe(202);
    expect(asked.body.poll).toMatchObject({
      sourceId: feed,
      status: 'queued',
      requestedBy: { id: analyst.user.id, name: 'Rina Analis' },
      startedAt: null,
      finishedAt: null,
    });
    // Pressed again while it waits: the same request, not a second poll, and no second audit row.
    const again = await pollNow(analyst, feed);
    expect(again.status).toBe(202);
    expect(again.body.poll.id).toBe(asked.body.poll.id);
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'record_type', 'record_id', 'user_id'])
      .where('action', '=', 'crawl.poll')
      .execute();
    expect(audit).toEqual([
      {
        action: 'crawl.poll',
        record_type: 'poll_request',
        record_id: String(asked.body.poll.id),
        user_id: analyst.user.id,
      },
    ]);
    // Without a worker it simply waits, and every staff member of the workspace can see that.
    expect((await latest(viewer, feed)).body.poll).toMatchObject({
      id: asked.body.poll.id,
      status: 'queued',
    });

    // The worker's scheduler hands the request to the queue once, however often it looks.
    expect(await runWorker()).toBe(1);
    expect(await enqueueRequestedPolls(worker)).toBe(0);

    const done = (await latest(viewer, feed)).body.poll;
    expect(done).toMatchObject({
      id: asked.body.poll.id,
      status: 'done',
      listed: 3,
      newArticles: 3,
      unchanged: false,
      articles: { pending: 0, fetched: 2, failed: 1, duplicate: 0 },
      error: null,
    });
    expect(Date.parse(done.startedAt)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
    expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    // Only the source asked for was read: the other source's feed was never requested.
    expect(hits.get(`/rss-${dialect}`)).toBe(1);
    expect(hits.get('/lain.xml') ?? 0).toBe(0);
    const listed = (await call(analyst, 'GET', '/api/v1/sources')).body.sources as Json[];
    expect(listed.find((s) => s.id === feed).articleCount).toBe(2);
    expect(listed.find((s) => s.id === untouched).lastPolledAt).toBeNull();

    // Once it has ended another may be asked for; this time the feed holds nothing new.
    const second = await pollNow(analyst, feed);
    expect(second.body.poll.id).not.toBe(asked.body.poll.id);
    expect(await runWorker()).toBe(1);
    expect((await latest(analyst, feed)).body.poll).toMatchObject({
      id: second.body.poll.id,
      status: 'done',
      listed: 3,
      newArticles: 0,
      articles: { pending: 0, fetched: 0, failed: 0, duplicate: 0 },
    });
    expect(hits.get(`/rss-${dialect}`)).toBe(2);
  }, 120_000);

  test('a feed that fails ends the request as failed, with the reason', async () => {
    const broken = await addSource('/rusak.xml');
    const asked = await pollNow(analyst, broken);
    expect(asked.status).toBe(202);
    await runWorker();
    const failed = (await latest(analyst, broken)).body.poll;
    expect(failed).toMatchObject({ id: asked.body.poll.id, status: 'failed', newArticles: 0 });
    expect(failed.error).toMatch(/500/);
    expect(failed.finishedAt).not.toBeNull();
  }, 120_000);

  test('a paused source is refused, a viewer cannot ask, another workspace sees nothing', async () => {
    const paused = await addSource('/rss-dijeda');
    expect((await call(analyst, 'PATCH', `/api/v1/sources/${paused}`, { enabled: false })).status).toBe(200);
    const refused = await pollNow(analyst, paused);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/nonaktif/);

    const feed = await addSource('/rss-lagi');
    expect((await pollNow(viewer, feed)).status).toBe(403);
    expect((await pollNow(outsider, feed)).status).toBe(404);
    expect((await latest(outsider, feed)).status).toBe(404);
    expect((await latest(analyst, feed)).body).toEqual({ poll: null });
  });
});

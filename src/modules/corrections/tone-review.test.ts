// The "periksa ini" queue over real HTTP and the CLI's service, on both stores: the articles whose
// tone lies nearest the polar/neutral boundary come first, a corrected article leaves the queue,
// another workspace's articles never show, and only those who may correct may see it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { POLAR_THRESHOLD } from '../../analyze/tone/article-tone.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const ARTICLES = [
  {
    url: 'https://warta.example/banjir',
    title: 'Banjir Bandang Tewaskan Lima Warga, Ratusan Rumah Hanyut',
    text: 'Banjir bandang menerjang tiga desa. Lima warga meninggal dunia dan ratusan rumah hanyut terbawa arus.',
  },
  {
    url: 'https://warta.example/rapat',
    title: 'DPRD Gelar Rapat Paripurna Pembahasan APBD Perubahan',
    text: 'Rapat paripurna dijadwalkan Senin pukul 09.00 di gedung dewan dengan agenda pembahasan APBD perubahan.',
  },
  {
    url: 'https://warta.example/pasar',
    title: 'Pasar Baru Diresmikan, Pedagang Keluhkan Sewa Kios',
    text: 'Wali kota meresmikan pasar baru yang lebih bersih. Namun sebagian pedagang mengeluhkan sewa kios yang mahal.',
  },
  {
    url: 'https://warta.example/adipura',
    title: 'Kota Raih Adipura Kencana untuk Ketiga Kalinya',
    text: 'Pemerintah kota meraih penghargaan Adipura Kencana berkat pengelolaan sampah yang berhasil.',
  },
];

describe.each(DIALECTS)('tone review queue on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ids: number[] = [];
  let foreignId = 0;
  let analyst = '';
  let viewer = '';

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'kota', region: 'Kota' });
    const other = await buildWorkspace(t.store, { slug: 'kab', region: 'Kab' });
    analyst = (await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina' })).token;
    viewer = (await buildUser(t.store, { role: 'viewer', workspace: ws, name: 'Tamu' })).token;
    ids = await storeArticles(t.store, ws.id, ARTICLES);
    [foreignId] = await storeArticles(t.store, other.id, [
      { ...ARTICLES[2], url: 'https://lain.example/pasar' },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    for (const id of [...ids, foreignId]) await analyzeStoredArticle(t.store, pages, id);
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = async (path: string, token = analyst) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as Json };
  };

  test("lists the workspace's articles, least certain tone first, each with why", async () => {
    const { status, body } = await get('/api/v1/corrections/queue');
    expect(status).toBe(200);
    const queue = body.articles as Json[];
    expect(queue.map((a) => a.articleId).sort()).toEqual([...ids].sort());
    expect(queue.map((a) => a.articleId)).not.toContain(foreignId);
    const distance = (a: Json) => Math.abs(Math.abs(a.toneScore) - POLAR_THRESHOLD);
    for (let i = 1; i < queue.length; i++)
      expect(distance(queue[i])).toBeGreaterThanOrEqual(distance(queue[i - 1]));
    // The flood that killed five is read with certainty: it is not what an analyst checks first.
    expect(queue[0].articleId).not.toBe(ids[0]);
    expect(queue[0].why).toMatch(/dekat batas ±0,30/);
  });

  test('an article whose tone an analyst corrected leaves the queue; the limit is kept', async () => {
    const first = (await get('/api/v1/corrections/queue')).body.articles[0].articleId as number;
    const res = await fetch(`${base}/api/v1/articles/${first}/corrections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'tone', tone: 'netral' }),
    });
    expect(res.status).toBe(201);
    const after = (await get('/api/v1/corrections/queue?limit=2')).body.articles as Json[];
    expect(after).toHaveLength(2);
    expect(after.map((a) => a.articleId)).not.toContain(first);
  });

  test('a viewer may not see the queue; bad parameters are refused', async () => {
    expect((await get('/api/v1/corrections/queue', viewer)).status).toBe(403);
    const bad = await get('/api/v1/corrections/queue?limit=0');
    expect(bad.status).toBe(400);
  });
});

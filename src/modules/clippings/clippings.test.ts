// Print clippings through the API on both stores, as an office uses them: an e-paper PDF is added
// and read (its text layer, no OCR), the page becomes one print article at once, analysed and
// counted as print; the analyst cuts the page into its two articles, one of which lands in the
// story of its online copy; an OCR slip is corrected (a version, audited, searchable, a colleague's
// stale save refused) and the analysis sees the corrected name; a corrupt file fails alone; another
// workspace finds nothing; a viewer may read but not clip; deleting a clipping takes its articles.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EpaperArticle, epaperPdf, MARKET, RIVER } from '../../../test/factories/clippings.ts';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { contentHash } from '../../collect/dedup/hash.ts';
import { lshKeys, textSignature } from '../../collect/dedup/minhash.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { systemCtx, withWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { type ClippingReader, createClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { insertDiscoveredArticles } from '../articles/articles.repo.ts';
import { saveFetchedArticle } from '../stories/stories.repo.ts';
import { storyChooser } from '../stories/story-choice.service.ts';
import { addSubject } from '../subjects/subjects.service.ts';
import { readClipping } from './clipping-reading.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const body = (a: EpaperArticle) => a.paragraphs.join('\n\n');

/** An online article stored as the crawler stores a fetched page: with its real fingerprints. */
async function crawledArticle(store: Store, workspaceId: number, url: string, a: EpaperArticle) {
  const [id] = await insertDiscoveredArticles(store, workspaceId, null, [
    { url, urlKey: url, outlet: 'warta.example', feedTitle: null, feedSummary: null, feedPublishedAt: null },
  ]);
  const text = body(a);
  const signature = textSignature(text);
  const prints = { contentHash: contentHash(text), signature, bandKeys: lshKeys(signature) };
  await saveFetchedArticle(
    store,
    id,
    {
      finalUrl: url,
      canonicalUrl: null,
      title: a.title,
      text,
      author: null,
      publishedAt: '2026-11-30T03:00:00.000Z',
      lang: 'id',
      image: null,
      description: null,
      ...prints,
    },
    storyChooser({ text, ...prints }),
  );
  return id;
}

describe.each(DIALECTS)('print clippings on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let otherWs: Workspace;
  const people = new Map<string, BuiltUser>();
  const pages = createPageAnalyser({ processes: 0 });
  let reader: ClippingReader;

  async function call(who: string, method: string, url: string, payload?: unknown, workspace = ws) {
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${workspace.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: payload !== undefined ? JSON.stringify(payload) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    const raw = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      type,
      raw,
      body: (/application\/(problem\+)?json/.test(type) && raw.length
        ? JSON.parse(raw.toString('utf8'))
        : null) as Json,
    };
  }
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const read = (id: number) => readClipping({ store: t.store, clippings: reader, pages }, id);
  const upload = async (fileName: string, bytes: Buffer, page = 3) =>
    ok(
      await call('rina', 'POST', '/api/v1/clippings', {
        fileName,
        contentBase64: bytes.toString('base64'),
        outlet: 'Radar Sukamaju',
        date: '2026-11-30',
        page,
      }),
      202,
    );

  let clippingId = 0;
  let pageId = 0;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju', region: 'Kota Sukamaju' });
    otherWs = await buildWorkspace(t.store, { slug: 'kota-lain-kliping' });
    people.set('rina', await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Analis' }));
    people.set('ani', await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Ani Analis' }));
    people.set('vino', await buildUser(t.store, { role: 'viewer', workspace: ws, name: 'Vino Tamu' }));
    people.set('admin', await buildUser(t.store, { role: 'admin', workspace: ws, name: 'Adi Admin' }));
    people.set('lain', await buildUser(t.store, { role: 'analyst', workspace: otherWs }));
    reader = createClippingReader({ processes: 0 });
    app = await buildApp({ store: t.store, webApp: false, collect: { fetcher: null as never, pages } });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await reader.close();
    await pages.close();
    await t.dispose();
  });

  test('an e-paper page is read from its text layer and becomes one print article at once', async () => {
    const added = await upload('radar-2026-11-30-hal3.pdf', await epaperPdf());
    expect(added).toMatchObject({
      status: 'processing',
      outlet: 'Radar Sukamaju',
      editionDate: '2026-11-30',
    });
    clippingId = added.id;
    const outcome = await read(clippingId);
    expect(outcome?.status).toBe('ready');
    const detail = ok(await call('vino', 'GET', `/api/v1/clippings/${clippingId}`));
    expect(detail.status).toBe('ready');
    expect(detail.pages).toHaveLength(1);
    const [page] = detail.pages;
    pageId = page.id;
    expect(page).toMatchObject({ pageNo: 3, method: 'text-layer', confirmed: false });
    // The layout proposes the two articles, side by side, in reading order.
    expect(page.proposedRegions).toHaveLength(2);
    expect(page.proposedRegions[0].x).toBeLessThan(page.proposedRegions[1].x);
    expect(page.regions).toHaveLength(1);

    const article = ok(await call('vino', 'GET', `/api/v1/articles/${page.regions[0].articleId}`)).article;
    expect(article.medium).toBe('print');
    expect(article.outlet).toBe('Radar Sukamaju');
    // The edition's day, early morning in the workspace's zone: 06.00 WIB.
    expect(article.publishedAt).toBe('2026-11-29T23:00:00.000Z');
    expect(article.text).toContain('Pasar Induk Sukamaju pada Senin pagi');
    expect(article.text).toContain('menambah armada pengangkut sampah');
    expect(article.clipping).toMatchObject({
      pageNo: 3,
      outlet: 'Radar Sukamaju',
      editionDate: '2026-11-30',
    });

    const image = await call('vino', 'GET', article.clipping.imageUrl.replace(/^/, ''));
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/jpeg');
    expect([...image.raw.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    const analysed = await t.store.db
      .selectFrom('article_analysis')
      .select('article_id')
      .where('article_id', '=', article.id)
      .executeTakeFirst();
    expect(analysed).toBeTruthy();
  });

  test('the analyst cuts the page into its articles; the market story joins its online copy', async () => {
    const online = await crawledArticle(t.store, ws.id, 'https://warta.example/pasar-induk-dibuka', MARKET);
    const before = ok(await call('rina', 'GET', `/api/v1/clippings/${clippingId}`)).pages[0];
    const wholePage = before.regions[0].articleId;

    const preview = ok(
      await call('rina', 'POST', `/api/v1/clipping-pages/${pageId}/region-text`, {
        box: before.proposedRegions[1],
      }),
    );
    expect(preview.title).toBe(RIVER.title);

    const page = ok(
      await call('rina', 'PUT', `/api/v1/clipping-pages/${pageId}/regions`, {
        regions: before.proposedRegions,
      }),
    );
    expect(page.confirmed).toBe(true);
    expect(page.regions.map((r: Json) => r.title)).toEqual([MARKET.title, RIVER.title]);
    expect(ok(await call('rina', 'GET', `/api/v1/articles/${wholePage}`), 404)).toBeTruthy();

    const market = ok(await call('rina', 'GET', `/api/v1/articles/${page.regions[0].articleId}`)).article;
    const copy = ok(await call('rina', 'GET', `/api/v1/articles/${online}`)).article;
    expect(market.storyId).toBe(copy.storyId);
    expect(market.text).toContain('1.250 pedagang kembali menempati kios');
    expect(market.text).not.toContain('Sungai');

    const clippings = ok(await call('rina', 'GET', '/api/v1/clippings'));
    expect(clippings[0]).toMatchObject({ id: clippingId, articleCount: 2, pageCount: 1 });

    // In an export the clipping is print, from its outlet, with no web address of its own.
    const csv = (await call('rina', 'GET', '/api/v1/articles/export?format=csv')).raw
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const columns = csv[0].split(',');
    const cells = (id: number) => csv.find((r) => r.startsWith(`${id},`))?.split(',') ?? [];
    const cell = (id: number, column: string) => cells(id)[columns.indexOf(column)];
    expect([cell(market.id, 'jenis_media'), cell(market.id, 'url'), cell(market.id, 'media')]).toEqual([
      'cetak',
      '',
      'Radar Sukamaju',
    ]);
    expect([cell(online, 'jenis_media'), cell(online, 'url')]).toEqual([
      'daring',
      'https://warta.example/pasar-induk-dibuka',
    ]);
    const lines = (await call('rina', 'GET', '/api/v1/articles/export?format=jsonl')).raw
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(lines.find((l) => l.id === market.id)).toMatchObject({ medium: 'print', url: null });
  });

  test('an OCR slip is corrected in place: versioned, audited, searchable, analysed again', async () => {
    const subject = await addSubject(withWorkspace(systemCtx(t.store), ws), {
      name: 'Sungai Cibeureum',
      query: '"Sungai Cibeureum"',
    });
    const page = ok(await call('rina', 'GET', `/api/v1/clippings/${clippingId}`)).pages[0];
    const riverId = page.regions[1].articleId;
    const river = ok(await call('rina', 'GET', `/api/v1/articles/${riverId}`)).article;
    const fixed = river.text.replace('Sungai Cibeurenm', 'Sungai Cibeureum');
    expect(fixed).not.toBe(river.text);

    const versions = ok(await call('rina', 'GET', `/api/v1/articles/${riverId}/text-versions`));
    expect(versions.map((v: Json) => v.version)).toEqual([1]);
    const saved = ok(
      await call('rina', 'PUT', `/api/v1/articles/${riverId}/text`, {
        title: river.title,
        text: fixed,
        note: 'OCR: Cibeurenm → Cibeureum',
        baseVersion: 1,
      }),
    );
    expect(saved.version).toBe(2);
    // Ani opened version 1 before Rina saved: her save is refused, Rina's text stays.
    const stale = await call('ani', 'PUT', `/api/v1/articles/${riverId}/text`, {
      title: river.title,
      text: `${fixed} Tambahan.`,
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain('versi 2');

    const after = ok(await call('rina', 'GET', `/api/v1/articles/${riverId}`)).article;
    expect(after.text).toContain('Sungai Cibeureum yang menimbulkan bau');
    const history = ok(await call('rina', 'GET', `/api/v1/articles/${riverId}/text-versions`));
    expect(history.map((v: Json) => [v.version, v.by])).toEqual([
      [2, 'Rina Analis'],
      [1, null],
    ]);
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['user_id', 'record_id'])
      .where('action', '=', 'articles.text')
      .execute();
    expect(audit).toEqual([{ user_id: people.get('rina')?.user.id, record_id: String(riverId) }]);

    const found = ok(await call('rina', 'GET', `/api/v1/articles?q=${encodeURIComponent('Cibeureum')}`));
    expect(JSON.stringify(found)).toContain(String(riverId));
    const matched = await t.store.db
      .selectFrom('article_subject')
      .select('article_id')
      .where('subject_id', '=', subject.id)
      .where('article_id', '=', riverId)
      .executeTakeFirst();
    expect(matched).toBeTruthy();

    // Cutting the page again with the same regions keeps the articles and the correction.
    const again = ok(
      await call('rina', 'PUT', `/api/v1/clipping-pages/${pageId}/regions`, {
        regions: page.regions.map((r: Json) => r.box),
      }),
    );
    expect(again.regions.map((r: Json) => r.articleId)).toEqual(page.regions.map((r: Json) => r.articleId));
    const kept = ok(await call('rina', 'GET', `/api/v1/articles/${riverId}`)).article;
    expect(kept.text).toContain('Sungai Cibeureum yang menimbulkan bau');
  });

  test('a corrupt file fails alone with its reason; the next file is read', async () => {
    const broken = await upload('hal4.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]), 4);
    const good = await upload('hal5.pdf', await epaperPdf(), 5);
    expect((await read(broken.id))?.status).toBe('failed');
    expect((await read(good.id))?.status).toBe('ready');
    const failed = ok(await call('rina', 'GET', `/api/v1/clippings/${broken.id}`));
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/rusak|tidak dapat dibaca|corrupt/i);
    expect(failed.pages).toEqual([]);
  });

  test('roles and workspaces: a viewer reads but may not clip; another workspace finds nothing', async () => {
    expect((await call('vino', 'GET', `/api/v1/clippings/${clippingId}`)).status).toBe(200);
    const refused = await call('vino', 'POST', '/api/v1/clippings', {
      fileName: 'x.pdf',
      contentBase64: (await epaperPdf()).toString('base64'),
      outlet: 'Radar Sukamaju',
      date: '2026-11-30',
    });
    expect(refused.status).toBe(403);
    expect((await call('lain', 'GET', `/api/v1/clippings/${clippingId}`, undefined, otherWs)).status).toBe(
      404,
    );
    expect(
      (await call('lain', 'GET', `/api/v1/clipping-pages/${pageId}/image`, undefined, otherWs)).status,
    ).toBe(404);
    expect(ok(await call('lain', 'GET', '/api/v1/clippings', undefined, otherWs))).toEqual([]);
    const badDate = await call('rina', 'POST', '/api/v1/clippings', {
      fileName: 'x.pdf',
      contentBase64: 'JVBERi0=',
      outlet: 'Radar Sukamaju',
      date: '2026-02-30',
    });
    expect(badDate.status).toBe(400);
  });

  test('print outlets: the one added with a clipping is listed; an admin completes it', async () => {
    const outlets = ok(await call('rina', 'GET', '/api/v1/print-outlets'));
    expect(outlets).toEqual([
      expect.objectContaining({ name: 'Radar Sukamaju', frequency: 'harian', clippingCount: 3 }),
    ]);
    expect(
      (await call('rina', 'PUT', `/api/v1/print-outlets/${outlets[0].id}`, { name: 'Radar Sukamaju' }))
        .status,
    ).toBe(403);
    const edited = ok(
      await call('admin', 'PUT', `/api/v1/print-outlets/${outlets[0].id}`, {
        name: 'Radar Sukamaju',
        region: 'Kota Sukamaju',
        frequency: 'harian',
        circulation: 15000,
      }),
    );
    expect(edited).toMatchObject({ region: 'Kota Sukamaju', circulation: 15000 });
    expect((await call('admin', 'DELETE', `/api/v1/print-outlets/${outlets[0].id}`)).status).toBe(409);
    const weekly = ok(
      await call('admin', 'POST', '/api/v1/print-outlets', {
        name: 'Tabloid Warta Desa',
        frequency: 'mingguan',
      }),
      201,
    );
    expect(
      (await call('admin', 'POST', '/api/v1/print-outlets', { name: 'tabloid  warta desa' })).status,
    ).toBe(409);
    expect((await call('admin', 'DELETE', `/api/v1/print-outlets/${weekly.id}`)).status).toBe(204);
  });

  test('deleting a clipping removes the articles made from it', async () => {
    const page = ok(await call('rina', 'GET', `/api/v1/clippings/${clippingId}`)).pages[0];
    expect((await call('rina', 'DELETE', `/api/v1/clippings/${clippingId}`)).status).toBe(204);
    for (const r of page.regions)
      expect((await call('rina', 'GET', `/api/v1/articles/${r.articleId}`)).status).toBe(404);
    expect((await call('rina', 'GET', `/api/v1/clippings/${clippingId}`)).status).toBe(404);
  });
});

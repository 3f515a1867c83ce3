// The monitoring report carries the period's print clippings as evidence, on both stores: an analyst
// cuts an e-paper page (read through the real path) into its two articles, drafts the report of the
// week, and the PDF and DOCX show, after the annex table, each clipping's caption (outlet, edition
// day, page, headline) over the article cut from the page. The report's stored data names the
// articles only; another workspace's clipping never shows; a report without print has no section.
import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildClipping, MARKET, RIVER } from '../../../test/factories/clippings.ts';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { pdfText, zipEntry, zipNames } from '../../../test/support/documents.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const HEADING = 'Lampiran kliping media cetak';
const MARKET_CAPTION = `Radar Sukamaju, 30 November 2026, hlm. 3 — ${MARKET.title}`;
const RIVER_CAPTION = `Radar Sukamaju, 30 November 2026, hlm. 3 — ${RIVER.title}`;

/** The bytes of one file inside a zip (the DOCX's pictures are binary: zipEntry reads text). */
function zipBytes(zip: Buffer, entry: string): Buffer {
  const out = execFileSync(
    'python3',
    [
      '-c',
      'import sys,io,zipfile,base64;z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()));sys.stdout.write(base64.b64encode(z.read(sys.argv[1])).decode())',
      entry,
    ],
    { input: zip, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return Buffer.from(out, 'base64');
}

/** Image XObjects in a PDF (pdfkit writes their dictionaries uncompressed). */
const pdfImages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype\s*\/Image/g)?.length ?? 0;

describe.each(DIALECTS)('clipping images in the monitoring report on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let rina: BuiltUser;
  const pages = createPageAnalyser({ processes: 0 });

  async function call(method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}workspace=${ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${rina.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      bytes: type.includes('json') ? Buffer.alloc(0) : Buffer.from(await res.arrayBuffer()),
      body: (type.includes('json') ? await res.json() : null) as Json,
    };
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju', region: 'Kota Sukamaju' });
    rina = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Penelaah' });
    await storeArticles(t.store, ws.id, [
      {
        url: 'https://warta-sukamaju.example/2026/12/taman',
        title: 'Wali Kota resmikan taman kota baru di Sukamaju',
        text: 'Wali Kota Sukamaju meresmikan taman kota baru yang dilengkapi area bermain anak.',
        outlet: 'Warta Sukamaju',
        publishedAt: new Date('2026-12-02T10:00:00+07:00').toISOString(),
      },
    ]);
    // The same e-paper page clipped by a neighbouring office, on the same day.
    const neighbour = await buildWorkspace(t.store, { slug: 'kab-tetangga' });
    await buildClipping(t.store, neighbour, pages, 'Koran Tetangga');
    app = await buildApp({ store: t.store, webApp: false, now: () => new Date('2026-12-08T08:00:00+07:00') });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await pages.close();
    await t?.dispose();
  });

  test('the PDF and DOCX show each clipping of the period under its caption', async () => {
    const clipping = await buildClipping(t.store, ws, pages);
    const page = (await call('GET', `/api/v1/clippings/${clipping.id}`)).body.pages[0];
    const boxes = page.proposedRegions as { x: number; y: number; w: number; h: number }[];
    const cut = await call('PUT', `/api/v1/clipping-pages/${clipping.pageId}/regions`, { regions: boxes });
    expect(cut.status, JSON.stringify(cut.body)).toBe(200);
    expect(cut.body.regions.map((r: Json) => r.title)).toEqual([MARKET.title, RIVER.title]);

    const drafted = await call('POST', '/api/v1/reports', { from: '2026-11-30', to: '2026-12-06' });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const report = drafted.body.report;
    // Two print articles and the online one.
    expect(report.annexRows).toBe(3);

    // The stored report names the clippings' articles and captions, and holds no picture.
    const stored = await t.store.db
      .selectFrom('report')
      .select('frozen')
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.frozen).clippings).toEqual([
      { articleId: cut.body.regions[0].articleId, caption: MARKET_CAPTION },
      { articleId: cut.body.regions[1].articleId, caption: RIVER_CAPTION },
    ]);
    expect(stored.frozen).not.toMatch(/jpeg|base64|"image"/);

    // A week with only online news: no clipping section.
    const online = await call('POST', '/api/v1/reports', { from: '2026-12-01', to: '2026-12-07' });
    expect(online.status).toBe(201);

    const pdf = (await call('GET', `/api/v1/reports/${report.id}/report.pdf`)).bytes;
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(HEADING);
    expect(text).toContain(MARKET_CAPTION);
    expect(text).toContain(RIVER_CAPTION);
    expect(text).not.toContain('Koran Tetangga');
    const onlinePdf = (await call('GET', `/api/v1/reports/${online.body.report.id}/report.pdf`)).bytes;
    expect((await pdfText(onlinePdf)).replace(/\s+/g, ' ')).not.toContain(HEADING);
    // Both cuts are embedded beyond whatever images a report without print has.
    expect(pdfImages(pdf)).toBe(pdfImages(onlinePdf) + 2);

    const docx = (await call('GET', `/api/v1/reports/${report.id}/report.docx`)).bytes;
    const xml = await zipEntry(docx, 'word/document.xml');
    expect(xml).toContain(HEADING);
    expect(xml).toContain(MARKET_CAPTION);
    expect(xml).toContain(RIVER_CAPTION);
    expect(xml).not.toContain('Koran Tetangga');
    const jpegs = (await zipNames(docx)).filter((n) => /^word\/media\/.*\.jpe?g$/.test(n));
    expect(jpegs).toHaveLength(2);
    // Each picture is its article's region of the page (its shape), at most 1400 px on the long side.
    const shapes = await Promise.all(jpegs.map(async (n) => sharp(zipBytes(docx, n)).metadata()));
    const ratios = shapes.map((m) => (m.width ?? 0) / (m.height ?? 1)).sort();
    expect(ratios[0]).toBeCloseTo(Math.min(...boxes.map((b) => b.w / b.h)), 1);
    expect(ratios[1]).toBeCloseTo(Math.max(...boxes.map((b) => b.w / b.h)), 1);
    for (const m of shapes) expect(Math.max(m.width ?? 0, m.height ?? 0)).toBeLessThanOrEqual(1400);
    const onlineDocx = (await call('GET', `/api/v1/reports/${online.body.report.id}/report.docx`)).bytes;
    expect(await zipEntry(onlineDocx, 'word/document.xml')).not.toContain(HEADING);
  });
});

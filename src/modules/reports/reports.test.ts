// A monitoring report through the API on both stores, as SOP A's first steps use it: the analyst
// drafts the week's report from the collected news, corrects a section, signs step 1 off; the
// reviewer, and only then, corrects it too (a new version under their name); a stale save is
// refused; the PDF, DOCX and XLSX carry the figures, the sections as corrected and the sign-offs.

import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { pdfText, zipEntry, zipNames } from '../../../test/support/documents.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const wib = (local: string) => new Date(`${local}:00+07:00`);

const NEWS = [
  [
    '2026-12-02T08:00',
    'Banjir rob rendam Tambak Lorok, warga mengungsi',
    'Warga Tambak Lorok mengungsi karena banjir rob. Warga mengeluhkan pompa Dinas PUPR yang rusak dan lambat ditangani. "Kami kecewa, sudah tiga hari air tidak surut," kata Slamet, warga setempat.',
  ],
  [
    '2026-12-03T09:30',
    'Dinas PUPR kerahkan 12 pompa ke Tambak Lorok',
    'Dinas PUPR mengerahkan 12 pompa untuk menyedot banjir rob di Tambak Lorok. "Kami pastikan air surut dalam dua hari dan tanggul laut dipercepat," kata Kepala Dinas PUPR Budi Santoso.',
  ],
  [
    '2026-12-04T10:00',
    'Wali Kota resmikan taman kota baru di Sukamaju',
    'Wali Kota Sukamaju meresmikan taman kota baru yang dilengkapi area bermain anak. Warga menyambut gembira dan memuji pemerintah kota.',
  ],
  [
    '2026-12-05T07:15',
    'Banjir rob Tambak Lorok belum surut, sekolah diliburkan',
    'Banjir rob di Tambak Lorok belum surut. Dua sekolah diliburkan dan warga mengeluhkan lambannya penanganan.',
  ],
] as const;

describe.each(DIALECTS)('monitoring report on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let now = wib('2026-12-08T08:00');
  const pages = createPageAnalyser({ processes: 0 });
  const people = new Map<string, BuiltUser>();

  async function call(who: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}workspace=${ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      type,
      bytes: type.includes('json') ? Buffer.alloc(0) : Buffer.from(await res.arrayBuffer()),
      body: (type.includes('json') ? await res.json() : null) as Json,
    };
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju', region: 'Kota Sukamaju' });
    await buildAgency(t.store, ws, 'Dinas PUPR');
    people.set('rina', await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Penelaah' }));
    people.set('sari', await buildUser(t.store, { role: 'reviewer', workspace: ws, name: 'Sari Pemeriksa' }));
    people.set('vina', await buildUser(t.store, { role: 'viewer', workspace: ws, name: 'Vina Pembaca' }));
    const ids = await storeArticles(
      t.store,
      ws.id,
      NEWS.map(([at, title, text], i) => ({
        url: `https://warta-sukamaju.example/2026/12/${i + 1}`,
        title,
        text,
        outlet: i % 2 ? 'Warta Sukamaju' : 'Kabar Pesisir',
        publishedAt: wib(at).toISOString(),
      })),
    );
    for (const id of ids) await analyzeStoredArticle(t.store, pages, id);
    app = await buildApp({ store: t.store, webApp: false, now: () => now });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await pages.close();
    await t.dispose();
  });

  test('drafted, corrected at each step, exported with its sign-offs', async () => {
    expect(
      (await call('vina', 'POST', '/api/v1/reports', { from: '2026-12-01', to: '2026-12-07' })).status,
    ).toBe(403);
    const drafted = await call('rina', 'POST', '/api/v1/reports', { from: '2026-12-01', to: '2026-12-07' });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const report = drafted.body.report;
    expect(report.title).toBe('Laporan Media Monitoring 1–7 Desember 2026');
    expect(report.annexRows).toBe(4);
    expect(report.case).toMatchObject({ sop: { key: 'sop-a' }, step: { no: 1, role: 'analyst' } });
    expect(report.editable).toBe(true);
    const summary = report.sections.find((s: Json) => s.key === 'ringkasan');
    expect(JSON.stringify(summary.content.body)).toContain('4 berita');
    expect(report.sections.map((s: Json) => s.key)).toContain('analisis-isu-1');

    // The analyst corrects the summary; the reviewer may not yet (the report is at step 1).
    const corrected = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Banjir rob Tambak Lorok mendominasi pemberitaan pekan ini.' }],
        },
      ],
    };
    const v2 = await call('rina', 'PUT', `/api/v1/reports/${report.id}/sections/ringkasan`, {
      body: corrected,
      baseVersion: 1,
    });
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body.section).toMatchObject({
      version: 2,
      authorName: 'Rina Penelaah',
      authorRole: 'analyst',
      step: 1,
    });
    const early = await call('sari', 'PUT', `/api/v1/reports/${report.id}/sections/ringkasan`, {
      body: corrected,
      baseVersion: 2,
    });
    expect(early.status).toBe(403);
    expect(early.body.detail).toContain('langkah 1');

    now = wib('2026-12-08T09:00');
    expect(
      (await call('rina', 'POST', `/api/v1/sop-cases/${report.caseId}/actions`, { type: 'complete' })).status,
    ).toBe(200);
    const reviewed = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Banjir rob Tambak Lorok ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'mendominasi pemberitaan; tiga dari empat berita membahasnya.' },
          ],
        },
      ],
    };
    const stale = await call('sari', 'PUT', `/api/v1/reports/${report.id}/sections/ringkasan`, {
      body: reviewed,
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain('Rina Penelaah');
    const v3 = await call('sari', 'PUT', `/api/v1/reports/${report.id}/sections/ringkasan`, {
      body: reviewed,
      baseVersion: 2,
    });
    expect(v3.body.section).toMatchObject({
      version: 3,
      authorName: 'Sari Pemeriksa',
      authorRole: 'reviewer',
      step: 2,
    });
    // A script in a link is not a link the report will ever print.
    const hostile = await call('sari', 'PUT', `/api/v1/reports/${report.id}/sections/ringkasan`, {
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            ],
          },
        ],
      },
      baseVersion: 3,
    });
    expect(hostile.status).toBe(400);
    const comment = await call('sari', 'POST', `/api/v1/reports/${report.id}/sections/rekomendasi/comments`, {
      body: 'Tambahkan tenggat untuk Dinas PUPR',
    });
    expect(comment.status).toBe(201);

    const versions = (await call('rina', 'GET', `/api/v1/reports/${report.id}/sections/ringkasan/versions`))
      .body.versions;
    expect(versions.map((v: Json) => [v.version, v.authorName, v.step])).toEqual([
      [3, 'Sari Pemeriksa', 2],
      [2, 'Rina Penelaah', 1],
      [1, 'Rina Penelaah', 0],
    ]);

    now = wib('2026-12-08T09:20');
    expect(
      (
        await call('sari', 'POST', `/api/v1/sop-cases/${report.caseId}/actions`, {
          type: 'complete',
          note: 'Sudah dikoreksi',
        })
      ).status,
    ).toBe(200);

    const pdf = await call('rina', 'GET', `/api/v1/reports/${report.id}/report.pdf`);
    expect(pdf.type).toBe('application/pdf');
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('PEMERINTAH KOTA SUKAMAJU');
    expect(text).toContain('LAPORAN HASIL MEDIA MONITORING');
    expect(text).toContain('tiga dari empat berita membahasnya');
    expect(text).toContain('LEMBAR PERSETUJUAN');
    expect(text).toMatch(/Sari Pemeriksa.*Setuju/);
    expect(text).toContain('Banjir rob rendam Tambak Lorok, warga mengungsi');

    const docx = await call('rina', 'GET', `/api/v1/reports/${report.id}/report.docx`);
    const xml = await zipEntry(docx.bytes, 'word/document.xml');
    expect(xml).toContain('tiga dari empat berita membahasnya');
    expect(xml).toContain('Sari Pemeriksa');
    expect((await zipNames(docx.bytes)).some((n) => n.startsWith('word/media/'))).toBe(true);

    const xlsx = await call('rina', 'GET', `/api/v1/reports/${report.id}/annex.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Lampiran');
    // The titles are the column headed "Judul", one row per article of the period.
    let column = -1;
    const titles: string[] = [];
    sheet?.eachRow((row) => {
      const values = row.values as unknown[];
      if (column < 0) column = values.indexOf('Judul');
      else if (typeof values[column] === 'string') titles.push(values[column] as string);
    });
    expect(titles.sort()).toEqual([...NEWS.map(([, title]) => title)].sort());

    // Another workspace's user finds no such report.
    const other = await buildWorkspace(t.store, { slug: 'kab-lain' });
    people.set('luar', await buildUser(t.store, { role: 'head', workspace: other }));
    const res = await fetch(`${base}/api/v1/reports/${report.id}?workspace=kab-lain`, {
      headers: { authorization: `Bearer ${people.get('luar')?.token}` },
    });
    expect(res.status).toBe(404);
  });
});

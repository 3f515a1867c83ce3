// The inventory of programs (SOP B step 1) through the API on both stores, as an office fills it:
// an analyst imports the budget sheet from Excel and a CSV from another agency (preview, mapping,
// import), a sheet with one bad row imports nothing and says which row and column, a program shows
// the news that mentions it and not other news, the period's public issues come with their crisis
// level, another workspace's program is not found, and a viewer cannot import.

import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BuiltUser,
  buildAgency,
  buildArticle,
  buildUser,
  buildWorkspace,
} from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { insertAlert } from '../alerts/alerts.repo.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { findMembership } from '../issues/issues.repo.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

async function budgetWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Program 2026');
  sheet.addRow([
    'No',
    'Nama Program',
    'OPD',
    'Tahun Anggaran',
    'Lokasi',
    'Tgl. Mulai',
    'Selesai',
    'Status',
    'Kontak',
    'No. HP',
    'E-mail',
    'Dokumen',
  ]);
  sheet.addRow([
    1,
    'Pembangunan Jembatan Kali Ngasinan',
    'Dinas PUPR',
    2026,
    'Kecamatan Trenggalek',
    new Date(Date.UTC(2026, 2, 2)),
    '30/11/2026',
    'Berjalan',
    'Ir. Bambang Sutejo',
    '0812-3456-7890',
    'pupr@trenggalekkab.go.id',
    { text: 'DED Jembatan', hyperlink: 'https://pupr.trenggalekkab.go.id/ded-jembatan.pdf' },
  ]);
  sheet.addRow([
    2,
    'Festival Pesona Pantai Prigi',
    'Dinas Pariwisata dan Kebudayaan',
    2026,
    'Pantai Prigi, Watulimo',
    '12 Oktober 2026',
    '14 Oktober 2026',
    'rencana',
    'Sri Wahyuni',
    '0355-791234',
    '',
    '',
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** As Excel in an Indonesian locale saves it: BOM, semicolons, quoted fields with ; " and a line break. */
const CSV = `\uFEFFKegiatan;Perangkat Daerah;Tahun Anggaran;Mulai;Selesai;Status;Kontak;Kata Kunci;Catatan Internal\r
"Sosialisasi Pajak Daerah; tahap II";Bapenda;2026;01/04/2026;30/06/2026;selesai;"Hadi ""Pak Hadi"" Santoso";pajak daerah;"baris dua
catatan"\r
Penyaluran Bantuan Pangan;Dinas Sosial;2026;2026-05-01;;berjalan;Nur Aini;;\r
`;

const BAD_CSV = `Nama Program;OPD;Tahun Anggaran;Mulai;Status
Operasi Pasar Murah;Disperindag;2026;01/03/2026;berjalan
Pengerukan Sungai;Dinas PUPR;2026;31/02/2026;selesai
Vaksinasi Ternak;Dinas Peternakan;2026;10/03/2026;berlangsung
`;

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');

describe.each(DIALECTS)('the inventory of programs on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let otherWs: Workspace;
  let pupr = 0;
  const people = new Map<string, BuiltUser>();
  const pages = createPageAnalyser({ processes: 0 });

  async function call(who: string, method: string, url: string, body?: unknown, workspace = ws) {
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${workspace.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
  }
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const count = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('program')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst()
      )?.n ?? 0,
    );
  const auditOf = (action: string) =>
    t.store.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kab-trenggalek', region: 'Kabupaten Trenggalek' });
    otherWs = await buildWorkspace(t.store, { slug: 'kab-lain-program' });
    pupr = (await buildAgency(t.store, ws, 'Dinas PUPR')).id;
    await buildAgency(t.store, ws, 'Bapenda');
    people.set('rina', await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Analis' }));
    people.set('dewi', await buildUser(t.store, { role: 'head', workspace: ws, name: 'Dewi Kabid' }));
    people.set('vino', await buildUser(t.store, { role: 'viewer', workspace: ws, name: 'Vino Tamu' }));
    people.set('lain', await buildUser(t.store, { role: 'analyst', workspace: otherWs }));
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await pages.close();
    await t.dispose();
  });

  test('an Excel budget sheet is previewed with its columns recognised and imported whole', async () => {
    const file = { fileName: 'program-2026.xlsx', contentBase64: b64(await budgetWorkbook()) };
    const preview = ok(await call('rina', 'POST', '/api/v1/programs/import/preview', file));
    expect(preview.format).toBe('xlsx');
    expect(preview.mapping).toEqual([
      null,
      'name',
      'agency',
      'budgetYear',
      'location',
      'startDate',
      'endDate',
      'status',
      'contactName',
      'contactPhone',
      'contactEmail',
      'documents',
    ]);
    expect(preview.errors).toEqual([]);
    expect(preview.rowCount).toBe(2);
    const [bridge, festival] = preview.rows;
    expect(bridge.row).toBe(2);
    expect(bridge.program).toMatchObject({
      name: 'Pembangunan Jembatan Kali Ngasinan',
      agencyId: pupr,
      agencyName: 'Dinas PUPR',
      budgetYear: 2026,
      startDate: '2026-03-02',
      endDate: '2026-11-30',
      status: 'berjalan',
      contactPhone: '0812-3456-7890',
      documents: [{ title: 'DED Jembatan', url: 'https://pupr.trenggalekkab.go.id/ded-jembatan.pdf' }],
    });
    // An agency the registry does not hold is kept by name.
    expect(festival.program).toMatchObject({ agencyId: null, startDate: '2026-10-12', status: 'rencana' });
    expect(await count()).toBe(0);

    const before = (await auditOf('programs.import')).length;
    const done = ok(await call('rina', 'POST', '/api/v1/programs/import', file), 201);
    expect(done.imported).toBe(2);
    const audit = await auditOf('programs.import');
    expect(audit.length - before).toBe(1);
    expect(JSON.parse(audit[audit.length - 1].changes).after).toMatchObject({
      rows: 2,
      file: 'program-2026.xlsx',
    });

    const list = ok(await call('dewi', 'GET', `/api/v1/programs?year=2026&agency=${pupr}`));
    expect(list.programs.map((p: Json) => p.name)).toEqual(['Pembangunan Jembatan Kali Ngasinan']);
    expect(list.programs[0].searchKeywords).toEqual(['Pembangunan Jembatan Kali Ngasinan']);
    const found = ok(await call('dewi', 'GET', '/api/v1/programs?search=prigi'));
    expect(found.programs.map((p: Json) => p.location)).toEqual(['Pantai Prigi, Watulimo']);
  });

  test('a semicolon CSV with quoted fields imports with the mapping the user corrected', async () => {
    const file = { fileName: 'bapenda.csv', contentBase64: b64(CSV) };
    const preview = ok(await call('dewi', 'POST', '/api/v1/programs/import/preview', file));
    expect(preview.format).toBe('csv');
    expect(preview.headers[0]).toBe('Kegiatan');
    expect(preview.mapping).toEqual([
      'name',
      'agency',
      'budgetYear',
      'startDate',
      'endDate',
      'status',
      'contactName',
      'keywords',
      null,
    ]);
    expect(preview.rows[0].program).toMatchObject({
      name: 'Sosialisasi Pajak Daerah; tahap II',
      contactName: 'Hadi "Pak Hadi" Santoso',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
      status: 'selesai',
      keywords: ['pajak daerah'],
    });
    expect(preview.rows[1].row).toBe(3);
    // The internal notes go into the description after all; the contact column is left out.
    const mapping = [...preview.mapping];
    mapping[8] = 'description';
    mapping[6] = null;
    const done = ok(await call('dewi', 'POST', '/api/v1/programs/import', { ...file, mapping }), 201);
    expect(done.imported).toBe(2);
    const { program } = ok(await call('rina', 'GET', `/api/v1/programs/${done.ids[0]}`));
    expect(program).toMatchObject({
      name: 'Sosialisasi Pajak Daerah; tahap II',
      agencyName: 'Bapenda',
      contactName: null,
      description: 'baris dua\ncatatan',
      keywords: ['pajak daerah'],
    });
    expect(program.agencyId).not.toBeNull();
  });

  test('a sheet with bad rows imports nothing and names each row and column', async () => {
    const file = { fileName: 'salah.csv', contentBase64: b64(BAD_CSV) };
    const stored = await count();
    const preview = ok(await call('rina', 'POST', '/api/v1/programs/import/preview', file));
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Mulai', field: 'startDate' }),
      expect.objectContaining({ row: 4, column: 'Status', field: 'status' }),
    ]);
    expect(preview.errors[0].message).toContain('31/02/2026');
    expect(preview.errors[1].message).toContain('berlangsung');

    const auditBefore = (await auditOf('programs.import')).length;
    const refused = await call('rina', 'POST', '/api/v1/programs/import', file);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { path: 'rows.3.startDate', message: expect.stringContaining('Baris 3, kolom "Mulai"') },
      { path: 'rows.4.status', message: expect.stringContaining('Baris 4, kolom "Status"') },
    ]);
    expect(await count()).toBe(stored);
    expect((await auditOf('programs.import')).length).toBe(auditBefore);

    // Without a column for the name, the mapping is what is wrong.
    const unnamed = await call('rina', 'POST', '/api/v1/programs/import', {
      ...file,
      mapping: [null, 'agency', 'budgetYear'],
    });
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.errors[0].message).toContain('nama program');
    expect(await count()).toBe(stored);
  });

  test('hostile or oversized files get a clear answer and change nothing', async () => {
    const stored = await count();
    const post = (content: Buffer | string) =>
      call('rina', 'POST', '/api/v1/programs/import/preview', { contentBase64: b64(content) });
    const binary = await post(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    expect(binary.status).toBe(400);
    expect(binary.body.detail).toContain('bukan CSV atau XLSX');
    const brokenZip = await post(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(brokenZip.status).toBe(400);
    expect(brokenZip.body.detail).toContain('XLSX rusak');
    const unclosed = await post('Nama Program;OPD\n"Program tanpa akhir;Dinas PUPR\n');
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.detail).toContain('baris 2');
    const huge = await post(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(huge.status).toBe(413);
    const many = await post(`Nama Program\n${'Program\n'.repeat(5001)}`);
    expect(many.status).toBe(413);
    expect(many.body.detail).toContain('5.000 baris');
    expect(await count()).toBe(stored);
  });

  test('CSVs from older Excel (Windows-1252) and its "Unicode text" (UTF-16) keep their letters', async () => {
    const text = 'Nama Program,Lokasi\nFestival Kopi – Café Rakyat,Desa Dongko\n';
    const cp1252 = Buffer.from(text.replace('–', '\u0096').replace('é', '\u00e9'), 'latin1');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace(/,/g, '\t'), 'utf16le'),
    ]);
    for (const bytes of [cp1252, utf16]) {
      const preview = ok(
        await call('rina', 'POST', '/api/v1/programs/import/preview', { contentBase64: b64(bytes) }),
      );
      expect(preview.rows[0].program.name).toBe('Festival Kopi – Café Rakyat');
      expect(preview.mapping).toEqual(['name', 'location']);
    }
  });

  test("a program's coverage finds the news that mentions it and not other news", async () => {
    const about = await buildArticle(t.store, ws, {
      title: 'Warga keluhkan debu proyek Jembatan Kali Ngasinan',
      text: 'Warga Kelurahan Sutojayan mengeluhkan debu dan kebisingan dari proyek pembangunan Jembatan Kali Ngasinan yang dikerjakan Dinas PUPR. Mereka meminta pekerjaan malam dihentikan.',
    });
    const unrelated = await buildArticle(t.store, ws, {
      title: 'Harga cabai di Pasar Pon naik',
      text: 'Harga cabai rawit di Pasar Pon Trenggalek naik menjadi Rp60.000 per kilogram menjelang akhir tahun.',
    });
    await analyzeStoredArticle(t.store, pages, about);
    await analyzeStoredArticle(t.store, pages, unrelated);
    const created = ok(
      await call(
        'rina',
        'POST',
        '/api/v1/programs',
        {
          name: 'Program Jembatan Kali Ngasinan',
          agencyId: pupr,
          budgetYear: 2027,
          status: 'rencana',
          startDate: '2027-01-10',
          endDate: '2027-12-20',
        },
        ws,
      ),
      201,
    ).program;
    expect(created.agencyName).toBe('Dinas PUPR');
    expect(created.searchKeywords).toEqual(['Jembatan Kali Ngasinan']);
    const { program } = ok(await call('dewi', 'GET', `/api/v1/programs/${created.id}`));
    expect(program.coverage.total).toBe(1);
    expect(program.coverage.latest.map((a: Json) => a.id)).toEqual([about]);
    expect(program.coverage.latest[0].tone).toBe('negative');
    expect(program.coverage.tones.negative).toBe(1);

    // Keywords chosen by hand replace the name's.
    const edited = ok(
      await call('rina', 'PATCH', `/api/v1/programs/${created.id}`, { keywords: ['cabai rawit'] }),
    ).program;
    expect(edited.searchKeywords).toEqual(['cabai rawit']);
    const again = ok(await call('dewi', 'GET', `/api/v1/programs/${created.id}`)).program;
    expect(again.coverage.latest.map((a: Json) => a.id)).toEqual([unrelated]);

    const refused = await call('rina', 'PATCH', `/api/v1/programs/${created.id}`, {
      startDate: '2027-12-31',
    });
    expect(refused.status).toBe(400);
  });

  test("the period's public issues come with their volume, tone and crisis level", async () => {
    const article = await buildArticle(t.store, ws, {
      title: 'Banjir rendam Kecamatan Munjungan, ratusan rumah terendam',
      text: 'Banjir merendam ratusan rumah di Kecamatan Munjungan setelah hujan deras semalaman. BPBD Trenggalek mengevakuasi warga ke balai desa.',
    });
    await analyzeStoredArticle(t.store, pages, article);
    const issueId = (await findMembership(t.store.db, article))?.issueId as number;
    await insertAlert(t.store, {
      id: `${ws.id}:issue:${issueId}:uji`,
      workspaceId: ws.id,
      scopeType: 'issue',
      scopeId: String(issueId),
      scopeLabel: 'Banjir Munjungan',
      kind: 'raised',
      level: 'siaga',
      reason: '8 artikel negatif dalam 3 jam dari 4 media',
      payload: '{}',
      createdAt: new Date().toISOString(),
    });
    const res = ok(await call('dewi', 'GET', '/api/v1/programs/public-issues'));
    const flood = res.issues.find((i: Json) => i.id === issueId);
    expect(flood).toMatchObject({ articleCount: 1, crisisLevel: 'siaga', dominantTone: 'negative' });
    // The most critical issue comes first.
    expect(res.issues[0].id).toBe(issueId);
    const lastYear = ok(
      await call('dewi', 'GET', '/api/v1/programs/public-issues?from=2025-01-01&to=2025-01-31'),
    );
    expect(lastYear.issues).toEqual([]);
  });

  test("another workspace's program is not found and a viewer cannot import", async () => {
    const mine = ok(
      await call('rina', 'POST', '/api/v1/programs', { name: 'Pasar Rakyat Pon' }),
      201,
    ).program;
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { status: 'selesai' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await call('lain', method, `/api/v1/programs/${mine.id}`, body, otherWs);
      expect(res.status, method).toBe(404);
    }
    expect(ok(await call('lain', 'GET', '/api/v1/programs', undefined, otherWs)).programs).toEqual([]);
    const file = { contentBase64: b64(CSV) };
    expect((await call('vino', 'POST', '/api/v1/programs/import/preview', file)).status).toBe(403);
    expect((await call('vino', 'POST', '/api/v1/programs/import', file)).status).toBe(403);
    expect((await call('vino', 'GET', '/api/v1/programs')).status).toBe(403);
    ok(await call('dewi', 'DELETE', `/api/v1/programs/${mine.id}`), 204);
    expect((await call('dewi', 'GET', `/api/v1/programs/${mine.id}`)).status).toBe(404);
  });
});

// SOP A end to end through the API on both stores, with seven people: the analyst drafts the
// week's report, the reviewer corrects it, the team lead returns it once for revision, another team
// lead presents it, the head of bureau lets step 5 run late (reminded, overdue, escalated to the
// assistant), the mayor gives his direction, and a second head dispatches it to two agencies. The
// PDF and the DOCX then carry every sign-off; Dinas PUPR reports the direction done with evidence,
// which Dishub's officer never sees.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { pdfPageInk, pdfPagePng, pdfText, zipEntry } from '../../../test/support/documents.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { checkTimeStandards } from '../sop-cases/time-check.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const wib = (local: string) => new Date(`${local}:00+07:00`);
const OUT = path.resolve(import.meta.dirname, '../../../test-output/report-approval');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

const NEWS = [
  ['2026-12-01T08:00', 'Genangan rendam Jalan Sudirman, warga keluhkan saluran tersumbat'],
  ['2026-12-02T09:30', 'Dinas PUPR janjikan pembersihan saluran Pasar Anyar pekan ini'],
  ['2026-12-03T10:00', 'Kemacetan di Jalan Sudirman akibat genangan, Dishub siagakan petugas'],
] as const;

/** Who signs which step, in the order the path meets them. */
const SIGNERS = [
  [1, 'Rina Penelaah'],
  [2, 'Sari Pemeriksa'],
  [3, 'Budi Ketua Tim'],
  [4, 'Tono Ketua Tim'],
  [5, 'Dewi Kepala Bagian'],
  [6, 'Wali Kota Uji'],
  [7, 'Agus Kepala Bagian'],
] as const;

describe.each(DIALECTS)('a monitoring report through all seven steps of SOP A on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let now = wib('2026-12-04T15:30'); // a Friday
  const pages = createPageAnalyser({ processes: 0 });
  const people = new Map<string, BuiltUser>();
  const agency = new Map<string, number>();

  async function call(who: string, method: string, url: string, body?: unknown) {
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const json = (res.headers.get('content-type') ?? '').includes('json');
    return {
      status: res.status,
      body: (json ? await res.json() : null) as Json,
      bytes: json ? Buffer.alloc(0) : Buffer.from(await res.arrayBuffer()),
    };
  }
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju-sop-a', region: 'Kota Sukamaju' });
    for (const short of ['Dinas PUPR', 'Dishub'])
      agency.set(short, (await buildAgency(t.store, ws, short)).id);
    const cast: [string, Role, string, string?][] = [
      ['rina', 'analyst', 'Rina Penelaah'],
      ['sari', 'reviewer', 'Sari Pemeriksa'],
      ['budi', 'team_lead', 'Budi Ketua Tim'],
      ['tono', 'team_lead', 'Tono Ketua Tim'],
      ['dewi', 'head', 'Dewi Kepala Bagian'],
      ['wali', 'leader', 'Wali Kota Uji'],
      ['agus', 'head', 'Agus Kepala Bagian'],
      ['pupr', 'agency_officer', 'Putri Petugas PUPR', 'Dinas PUPR'],
      ['dishub', 'agency_officer', 'Hadi Petugas Dishub', 'Dishub'],
    ];
    for (const [key, role, name, agencyName] of cast)
      people.set(key, await buildUser(t.store, { role, workspace: ws, name, agency: agencyName }));
    const ids = await storeArticles(
      t.store,
      ws.id,
      NEWS.map(([at, title], i) => ({
        url: `https://warta-sukamaju.example/2026/12/sop-a-${i + 1}`,
        title,
        text: `${title}. Warga meminta pemerintah kota bertindak cepat karena genangan mengganggu lalu lintas dan pedagang pasar.`,
        outlet: 'Warta Sukamaju',
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

  test('drafted, returned once, late once and escalated, approved to the mayor, printed and followed up', async () => {
    const report = ok(
      await call('rina', 'POST', '/api/v1/reports', { from: '2026-12-01', to: '2026-12-04' }),
      201,
    ).report;
    const caseId = report.caseId;
    const act = async (who: string, at: string, action: Json) => {
      now = wib(at);
      return ok(await call(who, 'POST', `/api/v1/sop-cases/${caseId}/actions`, action)).case;
    };
    // Step 1's 120 working minutes from Friday 15:30 end on Monday morning, not on Friday night.
    let c = ok(await call('rina', 'GET', `/api/v1/sop-cases/${caseId}`)).case;
    expect(c.clock.dueAt).toBe(wib('2026-12-07T08:30').toISOString());

    c = await act('rina', '2026-12-07T08:00', { type: 'complete', note: 'Draf dari data 1–4 Desember' });
    c = await act('sari', '2026-12-07T08:20', { type: 'complete', note: 'Angka dan ejaan diperiksa' });
    c = await act('budi', '2026-12-07T08:40', {
      type: 'return',
      to: 2,
      note: 'Rekomendasi belum menyebut OPD',
    });
    expect(c).toMatchObject({ round: 2, step: { no: 2 } });
    c = await act('sari', '2026-12-07T09:00', {
      type: 'complete',
      note: 'Rekomendasi untuk Dinas PUPR ditambah',
    });
    c = await act('budi', '2026-12-07T09:10', { type: 'complete' });
    c = await act('budi', '2026-12-07T09:12', { type: 'hand_over', toUserId: people.get('tono')?.user.id });
    c = await act('tono', '2026-12-07T09:30', { type: 'complete', note: 'Dipaparkan kepada Asisten' });
    expect(c.step).toMatchObject({ no: 5, role: 'head' });

    // Step 5 waits past its 30 minutes: reminded, overdue, then escalated to the assistant.
    for (const at of ['2026-12-07T09:55', '2026-12-07T10:05', '2026-12-07T10:20'])
      expect(await checkTimeStandards(t.store, wib(at))).toBe(1);
    // The list of reports says where each stands, and that this one is late.
    now = wib('2026-12-07T10:25');
    const listed = ok(await call('rina', 'GET', '/api/v1/reports')).reports;
    expect(listed.map((r: Json) => [r.id, r.caseStatus, r.step, r.late])).toEqual([
      [report.id, 'open', 5, true],
    ]);
    expect(listed[0].stepActivity).toMatch(/Wali Kota/);
    c = await act('dewi', '2026-12-07T10:30', { type: 'complete', note: 'Diajukan kepada Wali Kota' });
    c = await act('wali', '2026-12-07T10:45', {
      type: 'complete',
      note: 'Arahan: Dinas PUPR bersihkan saluran Pasar Anyar; Dishub atur lalu lintas',
    });
    c = await act('dewi', '2026-12-07T11:00', { type: 'hand_over', toUserId: people.get('agus')?.user.id });

    // Step 7: Agus dispatches the mayor's direction from the case, then closes the step.
    now = wib('2026-12-07T11:30');
    const direction = ok(
      await call('agus', 'POST', '/api/v1/directions', {
        subject: 'Penanganan genangan Jalan Sudirman',
        instruction: 'Dinas PUPR bersihkan saluran Pasar Anyar; Dishub atur lalu lintas selama pekerjaan.',
        dueAt: '2026-12-11T16:00:00+07:00',
        recipients: [agency.get('Dinas PUPR'), agency.get('Dishub')],
        caseId,
        reportId: report.id,
      }),
      201,
    ).direction;
    c = await act('agus', '2026-12-07T13:30', {
      type: 'complete',
      note: 'Arahan disampaikan ke OPD terkait',
    });
    expect(c.status).toBe('done');
    expect(
      ok(await call('rina', 'GET', '/api/v1/reports')).reports.map((r: Json) => [r.caseStatus, r.late]),
    ).toEqual([['done', false]]);
    expect(
      c.history.filter((e: Json) => ['return', 'escalation'].includes(e.action)).map((e: Json) => e.action),
    ).toEqual(['return', 'escalation']);
    expect(c.history.find((e: Json) => e.action === 'escalation').actorRole).toBe('assistant');

    // The PDF: FINAL, and the approval sheet holds each step's signer once, the approvals marked.
    const pdf = await call('rina', 'GET', `/api/v1/reports/${report.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('FINAL · Periode 1–4 Desember 2026');
    const sheet = text.slice(text.lastIndexOf('LEMBAR PERSETUJUAN'));
    let at = 0;
    for (const [step, name] of SIGNERS) {
      const next = sheet.indexOf(`Langkah ${step}`, at);
      expect(next, `langkah ${step}`).toBeGreaterThan(at - 1);
      expect(sheet.indexOf(name, next), name).toBeGreaterThan(next);
      at = next;
    }
    // Budi's return is superseded by his approval of the second round; the returned round is gone.
    expect(sheet).not.toContain('Rekomendasi belum menyebut OPD');
    const step2 = sheet.slice(sheet.indexOf('Langkah 2'), sheet.indexOf('Langkah 3'));
    expect(step2).toMatch(/Sari Pemeriksa Setuju 7 Des 2026 Rekomendasi untuk/);
    expect(step2).toContain('09:00 WIB');
    expect(sheet.split('Setuju').length - 1).toBeGreaterThanOrEqual(3);
    // Its page rasterises with ink on it; the PNG is kept for a person to look at.
    const pageCount = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1]);
    const approvalPage = text
      .split(/Halaman \d+ dari \d+/)
      .findIndex((p) => p.includes('LEMBAR PERSETUJUAN') && p.includes('Agus Kepala Bagian'));
    expect(approvalPage).toBeGreaterThanOrEqual(0);
    expect(approvalPage).toBeLessThan(pageCount);
    const png = await pdfPagePng(pdf.bytes, approvalPage + 1, 80);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `persetujuan-${dialect}.png`), png);
    expect(await pdfPageInk(pdf.bytes, approvalPage + 1)).toBeGreaterThan(0.01);

    // The DOCX, parsed back: the same seven signers, in step order, in the approval table.
    const docx = await call('rina', 'GET', `/api/v1/reports/${report.id}/report.docx`);
    const xml = await zipEntry(docx.bytes, 'word/document.xml');
    const docxSheet = xml.slice(xml.lastIndexOf('LEMBAR PERSETUJUAN'));
    const cells = [...docxSheet.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' | ');
    let from = 0;
    for (const [step, name] of SIGNERS) {
      const found = cells.indexOf(name, cells.indexOf(`Langkah ${step}`, from));
      expect(found, name).toBeGreaterThan(from);
      from = found;
    }

    // The direction: PUPR reports it done with evidence; Dishub sees neither the report nor the file.
    const rid = (short: string) => direction.recipients.find((r: Json) => r.agencyShortName === short).id;
    now = wib('2026-12-09T14:00');
    const done = ok(
      await call(
        'pupr',
        'POST',
        `/api/v1/directions/${direction.id}/recipients/${rid('Dinas PUPR')}/actions`,
        {
          type: 'report',
          note: 'Saluran sepanjang 300 m dibersihkan; genangan surut.',
          evidence: [
            { kind: 'file', name: 'Laporan Pembersihan.pdf', contentBase64: PDF.toString('base64') },
          ],
        },
      ),
    ).direction;
    expect(done.recipients.find((r: Json) => r.agencyShortName === 'Dinas PUPR').status).toBe('done');
    const fileId = done.events.find((e: Json) => e.action === 'report').evidence[0].fileId;
    const seen = ok(await call('dishub', 'GET', `/api/v1/directions/${direction.id}`)).direction;
    expect(seen.recipients.map((r: Json) => r.agencyShortName)).toEqual(['Dishub']);
    expect(seen.events.map((e: Json) => e.action)).toEqual(['dispatch']);
    expect((await call('dishub', 'GET', `/api/v1/directions/${direction.id}/files/${fileId}`)).status).toBe(
      404,
    );
    const office = ok(await call('agus', 'GET', `/api/v1/directions/${direction.id}`)).direction;
    expect(office.caseId).toBe(caseId);
    expect(office.recipients.map((r: Json) => [r.agencyShortName, r.status])).toEqual([
      ['Dinas PUPR', 'done'],
      ['Dishub', 'sent'],
    ]);
  });
});

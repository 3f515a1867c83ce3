// The mayor's direction through the API on both stores, as SOP A step 7 runs it: the head of bureau
// dispatches a direction about a flooded street (prompted by an issue and an article) to Dinas PUPR
// and Dishub; each agency sees only its own; PUPR acknowledges, reports progress, asks, is answered
// and reports it done with a link and a PDF; Dishub passes it on to Dinas Perkim and lets it run
// late; the office sees who is late, reminds, closes, and prints the disposition sheet.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
import type { Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { findMembership } from '../issues/issues.repo.ts';
import { directionsForIssues } from './directions.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const wib = (local: string) => new Date(`${local}:00+07:00`);
const OUT = path.resolve(import.meta.dirname, '../../../test-output/directions');
/** A small PDF as a scanner would send it: what matters is that it comes back byte for byte. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

describe.each(DIALECTS)('a direction from the mayor to the agencies and back on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let now = wib('2026-12-07T10:00');
  const people = new Map<string, BuiltUser>();
  const agency = new Map<string, number>();
  const pages = createPageAnalyser({ processes: 0 });
  let articleId = 0;
  let issueId = 0;

  async function call(who: string, method: string, url: string, body?: unknown) {
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    const json = type.includes('json');
    return {
      status: res.status,
      headers: res.headers,
      body: (json ? await res.json() : null) as Json,
      bytes: json ? null : Buffer.from(await res.arrayBuffer()),
    };
  }
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const act = async (who: string, id: number, rid: number, action: Json) =>
    ok(await call(who, 'POST', `/api/v1/directions/${id}/recipients/${rid}/actions`, action)).direction;
  const rowOf = (d: Json, shortName: string) =>
    d.recipients.find((r: Json) => r.agencyShortName === shortName);

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-tangerang-arahan', region: 'Kota Tangerang' });
    for (const short of ['Dinas PUPR', 'Dishub', 'Dinas Perkim', 'Satpol PP'])
      agency.set(short, (await buildAgency(t.store, ws, short)).id);
    const cast: [string, Role, string, string?][] = [
      ['dewi', 'head', 'Dewi Kepala Bagian'],
      ['rina', 'analyst', 'Rina Penelaah'],
      ['pupr', 'agency_officer', 'Putri Petugas PUPR', 'Dinas PUPR'],
      ['dishub', 'agency_officer', 'Hadi Petugas Dishub', 'Dishub'],
      ['perkim', 'agency_officer', 'Kurnia Petugas Perkim', 'Dinas Perkim'],
      ['satpol', 'agency_officer', 'Sapto Petugas Satpol', 'Satpol PP'],
    ];
    for (const [key, role, name, agencyName] of cast)
      people.set(key, await buildUser(t.store, { role, workspace: ws, name, agency: agencyName }));
    articleId = await buildArticle(t.store, ws, {
      title: 'Genangan 40 cm rendam Jalan Sudirman, warga keluhkan saluran tersumbat',
      text: 'Genangan air setinggi 40 sentimeter merendam Jalan Jenderal Sudirman di depan Pasar Anyar sejak Senin pagi. Warga mengeluhkan saluran air yang tersumbat sampah dan meminta Dinas PUPR segera bertindak. Arus lalu lintas tersendat hingga siang.',
    });
    await analyzeStoredArticle(t.store, pages, articleId);
    issueId = (await findMembership(t.store.db, articleId))?.issueId as number;
    app = await buildApp({ store: t.store, webApp: false, now: () => now });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await pages.close();
    await t.dispose();
  });

  test('dispatched, followed up by each agency, forwarded, late, reminded, closed and printed', async () => {
    const given = ok(
      await call('dewi', 'POST', '/api/v1/directions', {
        subject: 'Penanganan genangan Jalan Sudirman',
        instruction:
          'Dinas PUPR bersihkan saluran di depan Pasar Anyar; Dishub atur pengalihan arus selama pekerjaan. Laporkan hasilnya dengan foto.',
        nature: 'segera',
        dueAt: '2026-12-11T16:00:00+07:00',
        recipients: [agency.get('Dinas PUPR'), agency.get('Dishub')],
        links: [
          { kind: 'issue', id: issueId },
          { kind: 'article', id: articleId },
        ],
      }),
      201,
    ).direction;
    const id = given.id;
    expect(given).toMatchObject({
      number: '001/ARH/2026',
      nature: 'segera',
      givenByName: 'Wali Kota',
      status: 'open',
      overdue: false,
      createdByName: 'Dewi Kepala Bagian',
      asks: ['tindak_lanjut', 'laporkan'],
    });
    expect(given.recipients.map((r: Json) => [r.agencyShortName, r.status, r.depth])).toEqual([
      ['Dinas PUPR', 'sent', 0],
      ['Dishub', 'sent', 0],
    ]);
    expect(given.links).toEqual([
      {
        kind: 'article',
        id: articleId,
        label: 'Genangan 40 cm rendam Jalan Sudirman, warga keluhkan saluran tersumbat',
      },
      { kind: 'issue', id: issueId, label: expect.any(String) },
    ]);
    expect(given.events.map((e: Json) => [e.action, e.agencyShortName])).toEqual([
      ['dispatch', 'Dinas PUPR'],
      ['dispatch', 'Dishub'],
    ]);
    const puprRid = rowOf(given, 'Dinas PUPR').id;
    const dishubRid = rowOf(given, 'Dishub').id;

    // An analyst of the office reads it but may not give one.
    expect(ok(await call('rina', 'GET', '/api/v1/directions')).directions.map((d: Json) => d.id)).toEqual([
      id,
    ]);
    const refused = await call('rina', 'POST', '/api/v1/directions', {
      subject: 'Arahan tanpa wewenang',
      instruction: 'Tidak boleh',
      dueAt: '2026-12-11T16:00:00+07:00',
      recipients: [agency.get('Dishub')],
    });
    expect(refused.status).toBe(403);

    // Each agency sees its own row of it; an agency it never reached sees nothing at all.
    const puprList = ok(await call('pupr', 'GET', '/api/v1/directions')).directions;
    expect(
      puprList.map((d: Json) => [d.id, d.recipients.map((r: Json) => [r.agencyShortName, r.mine])]),
    ).toEqual([[id, [['Dinas PUPR', true]]]]);
    const dishubList = ok(await call('dishub', 'GET', '/api/v1/directions')).directions;
    expect(dishubList.map((d: Json) => [d.id, d.recipients.map((r: Json) => r.agencyShortName)])).toEqual([
      [id, ['Dishub']],
    ]);
    for (const outsider of ['satpol', 'perkim']) {
      expect(ok(await call(outsider, 'GET', '/api/v1/directions')).directions).toEqual([]);
      expect((await call(outsider, 'GET', `/api/v1/directions/${id}`)).status).toBe(404);
      expect((await call(outsider, 'GET', `/api/v1/directions/${id}/disposition.pdf`)).status).toBe(404);
    }

    // PUPR acknowledges with its agenda number, reports progress, and asks.
    now = wib('2026-12-07T11:15');
    let d = await act('pupr', id, puprRid, { type: 'read', agendaNo: '045/PUPR/XII/2026' });
    expect(rowOf(d, 'Dinas PUPR')).toMatchObject({ status: 'read', agendaNo: '045/PUPR/XII/2026' });
    expect(rowOf(d, 'Dinas PUPR').readAt).toBe(wib('2026-12-07T11:15').toISOString());
    now = wib('2026-12-08T09:00');
    d = await act('pupr', id, puprRid, {
      type: 'progress',
      note: 'Tim pembersih saluran diturunkan pagi ini',
    });
    expect(rowOf(d, 'Dinas PUPR').status).toBe('in_progress');
    d = await act('pupr', id, puprRid, {
      type: 'clarify',
      question: 'Apakah saluran di sisi timur pasar termasuk?',
    });
    // PUPR may not touch Dishub's row: it is not theirs to see, so it is not found.
    const foreign = await call('pupr', 'POST', `/api/v1/directions/${id}/recipients/${dishubRid}/actions`, {
      type: 'read',
    });
    expect(foreign.status).toBe(404);
    // The office may not act for an agency.
    expect(
      (await call('dewi', 'POST', `/api/v1/directions/${id}/recipients/${puprRid}/actions`, { type: 'read' }))
        .status,
    ).toBe(403);

    // The head answers the question; there is then nothing left to answer.
    now = wib('2026-12-08T10:00');
    d = ok(
      await call('dewi', 'POST', `/api/v1/directions/${id}/answer`, {
        recipientId: puprRid,
        answer: 'Ya, sampai pintu air Cisadane.',
      }),
    ).direction;
    const again = await call('dewi', 'POST', `/api/v1/directions/${id}/answer`, {
      recipientId: puprRid,
      answer: 'Sekali lagi',
    });
    expect(again.status).toBe(409);

    // PUPR reports it done with a link and the PDF of its work report.
    now = wib('2026-12-09T14:00');
    d = await act('pupr', id, puprRid, {
      type: 'report',
      note: 'Saluran sepanjang 300 m dibersihkan; genangan surut.',
      evidence: [
        { kind: 'link', url: 'https://pupr.tangerangkota.go.id/berita/saluran-pasar-anyar' },
        { kind: 'file', name: 'Laporan Pembersihan Saluran.pdf', contentBase64: PDF.toString('base64') },
      ],
    });
    expect(rowOf(d, 'Dinas PUPR')).toMatchObject({
      status: 'done',
      doneAt: wib('2026-12-09T14:00').toISOString(),
    });
    expect(d.events.map((e: Json) => e.action)).toEqual([
      'dispatch',
      'read',
      'progress',
      'clarify',
      'answer',
      'report',
    ]);
    const report = d.events.find((e: Json) => e.action === 'report');
    expect(report.evidence).toEqual([
      { kind: 'link', url: 'https://pupr.tangerangkota.go.id/berita/saluran-pasar-anyar', name: null },
      {
        kind: 'file',
        fileId: expect.any(Number),
        name: 'Laporan Pembersihan Saluran.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
      },
    ]);
    const fileUrl = `/api/v1/directions/${id}/files/${report.evidence[1].fileId}`;
    for (const who of ['pupr', 'dewi']) {
      const file = await call(who, 'GET', fileUrl);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toContain(
        'attachment; filename="Laporan Pembersihan Saluran.pdf"',
      );
      expect(file.bytes?.equals(PDF)).toBe(true);
    }
    // Dishub sees neither PUPR's report nor its file.
    expect((await call('dishub', 'GET', fileUrl)).status).toBe(404);
    expect(
      ok(await call('dishub', 'GET', `/api/v1/directions/${id}`)).direction.events.map((e: Json) => e.action),
    ).toEqual(['dispatch']);

    // Dishub passes it on to Dinas Perkim: a hop under Dishub's own row, chosen among the agencies
    // that have not received it.
    now = wib('2026-12-10T08:30');
    const dishubView = ok(await call('dishub', 'GET', `/api/v1/directions/${id}`)).direction;
    expect(dishubView.forwardTo.map((a: Json) => a.shortName)).toEqual(['Dinas Perkim', 'Satpol PP']);
    d = await act('dishub', id, dishubRid, {
      type: 'forward',
      agencyIds: [agency.get('Dinas Perkim')],
      note: 'Mohon bantu penertiban PKL di atas saluran',
    });
    expect(d.recipients.map((r: Json) => [r.agencyShortName, r.status, r.depth, r.parentId])).toEqual([
      ['Dishub', 'in_progress', 0, null],
      ['Dinas Perkim', 'sent', 1, dishubRid],
    ]);
    const perkimRid = rowOf(d, 'Dinas Perkim').id;
    expect(ok(await call('perkim', 'GET', '/api/v1/directions')).directions.map((x: Json) => x.id)).toEqual([
      id,
    ]);
    const perkimView = ok(await call('perkim', 'GET', `/api/v1/directions/${id}`)).direction;
    expect(perkimView.recipients.map((r: Json) => [r.agencyShortName, r.mine])).toEqual([
      ['Dinas Perkim', true],
    ]);
    // The same agency cannot be sent it twice.
    const twice = await call('dishub', 'POST', `/api/v1/directions/${id}/recipients/${dishubRid}/actions`, {
      type: 'forward',
      agencyIds: [agency.get('Dinas Perkim')],
    });
    expect(twice.status).toBe(409);

    // Past the due time: Dishub and Perkim are late, PUPR (done) is not.
    now = wib('2026-12-12T09:00');
    const late = ok(await call('dewi', 'GET', '/api/v1/directions?overdue=true')).directions;
    expect(late.map((x: Json) => x.id)).toEqual([id]);
    expect(late[0].recipients.map((r: Json) => [r.agencyShortName, r.overdue])).toEqual([
      ['Dinas PUPR', false],
      ['Dishub', true],
      ['Dinas Perkim', true],
    ]);
    expect(ok(await call('dishub', 'GET', '/api/v1/directions?overdue=true')).directions[0].overdue).toBe(
      true,
    );
    expect(ok(await call('pupr', 'GET', '/api/v1/directions?overdue=true')).directions).toEqual([]);
    const summary = ok(await call('dewi', 'GET', '/api/v1/directions/summary')).agencies;
    expect(summary.map((s: Json) => [s.agencyShortName, s.open, s.done, s.overdue])).toEqual([
      ['Dinas Perkim', 1, 0, 1],
      ['Dishub', 1, 0, 1],
      ['Dinas PUPR', 0, 1, 0],
    ]);
    expect((await call('pupr', 'GET', '/api/v1/directions/summary')).status).toBe(403);

    // The head reminds the two not done, then closes it: not without saying why.
    d = ok(await call('dewi', 'POST', `/api/v1/directions/${id}/remind`, {})).direction;
    expect(
      d.events.filter((e: Json) => e.action === 'remind').map((e: Json) => [e.agencyShortName, e.note]),
    ).toEqual([
      ['Dishub', 'Batas waktu sudah lewat'],
      ['Dinas Perkim', 'Batas waktu sudah lewat'],
    ]);
    expect((await call('dewi', 'POST', `/api/v1/directions/${id}/close`, {})).status).toBe(400);
    now = wib('2026-12-12T10:00');
    d = ok(
      await call('dewi', 'POST', `/api/v1/directions/${id}/close`, {
        note: 'Genangan sudah surut; pengalihan arus tidak lagi diperlukan',
      }),
    ).direction;
    expect(d).toMatchObject({ status: 'closed', closedByName: 'Dewi Kepala Bagian', overdue: false });
    expect(d.events.at(-1)).toMatchObject({
      action: 'close',
      recipientId: null,
      actorName: 'Dewi Kepala Bagian',
    });
    expect(
      (
        await call('perkim', 'POST', `/api/v1/directions/${id}/recipients/${perkimRid}/actions`, {
          type: 'read',
        })
      ).status,
    ).toBe(409);

    // The next report finds what was done about the issue that prompted it.
    const followUp = await directionsForIssues({ ...(people.get('dewi') as BuiltUser).ctx, now: () => now }, [
      issueId,
    ]);
    expect(
      followUp.map((x) => [x.id, x.status, x.recipients.map((r) => [r.agencyShortName, r.status])]),
    ).toEqual([
      [
        id,
        'closed',
        [
          ['Dinas PUPR', 'done'],
          ['Dishub', 'in_progress'],
          ['Dinas Perkim', 'sent'],
        ],
      ],
    ]);

    // Every change is in the audit trail once, under who made it.
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('action', 'like', 'directions.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'directions.give',
      'directions.read',
      'directions.progress',
      'directions.clarify',
      'directions.answer',
      'directions.report',
      'directions.forward',
      'directions.remind',
      'directions.close',
    ]);

    // The disposition sheet, as the office files it.
    const sheet = await call('dewi', 'GET', `/api/v1/directions/${id}/disposition.pdf`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `disposisi-${dialect}.pdf`);
    writeFileSync(file, sheet.bytes as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('LEMBAR DISPOSISI');
    expect(text).toContain('Penanganan genangan Jalan Sudirman');
    expect(text).toContain('Dinas PUPR Kota');
    expect(text).toContain('Dishub Kota');
    expect(text).toContain('diteruskan oleh Dishub');
    expect(text).toMatch(/No\. Surat\s+:\s+001\/ARH\/2026/);
    // PUPR's own copy carries its agenda number and the day it received it.
    const copy = await call('pupr', 'GET', `/api/v1/directions/${id}/disposition.pdf`);
    const copyFile = path.join(OUT, `disposisi-pupr-${dialect}.pdf`);
    writeFileSync(copyFile, copy.bytes as Buffer);
    const copyText = execFileSync('pdftotext', ['-layout', copyFile, '-']).toString();
    expect(copyText).toContain('045/PUPR/XII/2026');
    expect(copyText).toContain('7 Des 2026');
    expect(copyText).not.toContain('Dishub Kota');
  });

  test('bad evidence is refused with a clear answer and changes nothing', async () => {
    now = wib('2026-12-14T09:00');
    const d = ok(
      await call('dewi', 'POST', '/api/v1/directions', {
        subject: 'Data titik banjir',
        instruction: 'Kirim daftar titik rawan banjir beserta foto.',
        dueAt: '2026-12-18T16:00:00+07:00',
        recipients: [agency.get('Dinas PUPR')],
      }),
      201,
    ).direction;
    const rid = d.recipients[0].id;
    const counts = async () => ({
      events: (ok(await call('dewi', 'GET', `/api/v1/directions/${d.id}`)).direction.events as Json[]).length,
      files: Number(
        (
          await t.store.db
            .selectFrom('direction_file')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      ),
      audit: Number(
        (
          await t.store.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      ),
    });
    const start = await counts();
    const report = (evidence: Json[]) =>
      call('pupr', 'POST', `/api/v1/directions/${d.id}/recipients/${rid}/actions`, {
        type: 'report',
        note: 'Terlampir',
        evidence: [{ kind: 'link', url: 'https://pupr.example.go.id/titik-banjir' }, ...evidence],
      });

    const javascript = await report([{ kind: 'link', url: 'javascript:alert(document.cookie)' }]);
    expect(javascript.status).toBe(400);
    expect(javascript.body.detail).toContain('http');
    const ftp = await report([{ kind: 'link', url: 'ftp://pupr.example.go.id/titik.xlsx' }]);
    expect(ftp.status).toBe(400);

    const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
    PDF.copy(big);
    const tooLarge = await report([
      { kind: 'file', name: 'peta-besar.pdf', contentBase64: big.toString('base64') },
    ]);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.detail).toContain('5 MB');

    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 0)]);
    const renamed = await report([
      { kind: 'file', name: 'laporan.pdf', contentBase64: exe.toString('base64') },
    ]);
    expect(renamed.status).toBe(400);
    expect(renamed.body.detail).toContain('PDF, PNG, JPEG, DOCX');

    const notBase64 = await report([{ kind: 'file', name: 'foto.jpg', contentBase64: '!!bukan base64!!' }]);
    expect(notBase64.status).toBe(400);

    expect(await counts()).toEqual(start);
    const after = ok(await call('pupr', 'GET', `/api/v1/directions/${d.id}`)).direction;
    expect(after.recipients[0].status).toBe('sent');
  });
});

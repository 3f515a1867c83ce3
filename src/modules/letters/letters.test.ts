// The agenda book through the API on both stores, as SOP B's records are kept: the office's analyst
// registers incoming and outgoing letters (two at the same moment among them) and each series runs
// per direction and year without a gap; an edit keeps the agenda number; the Kepala Dinas writes the
// disposition of an incoming letter and its sheet prints it; the archive finds letters by their words
// and public-information class; another workspace and a viewer are kept out.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { pdfText } from '../../../test/support/documents.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { buildApp } from '../../main/app.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const undangan = {
  direction: 'masuk',
  letterNumber: '005/412/35.03.01/2026',
  letterDate: '2026-12-02',
  receivedSentDate: '2026-12-03',
  counterpart: 'Sekretariat DPRD Kabupaten Trenggalek',
  nature: 'segera',
  subject: 'Undangan rapat dengar pendapat kenaikan tarif air PDAM',
  summary: 'DPRD mengundang Diskominfo menyampaikan rencana sosialisasi penyesuaian tarif air minum.',
  classification: '005',
  attachmentCount: 1,
  attachmentNote: 'Jadwal rapat',
  srikandiRef: 'SRK-2026-000981',
};

describe.each(DIALECTS)('the agenda book of official letters on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let elsewhere: Workspace;
  const people = new Map<string, { user: BuiltUser; ws: Workspace }>();
  let humasId = 0;

  async function call(who: string, method: string, url: string, body?: unknown) {
    const p = people.get(who);
    if (!p) throw new Error(who);
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${p.ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${p.user.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const json = (res.headers.get('content-type') ?? '').includes('json');
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
  const register = async (who: string, letter: Json) =>
    ok(await call(who, 'POST', '/api/v1/letters', letter), 201).letter;
  const letterOf = (n: number, direction: 'masuk' | 'keluar', day: string) => ({
    direction,
    letterNumber: `800/${n}/406.012/2026`,
    letterDate: day,
    receivedSentDate: day,
    counterpart: direction === 'masuk' ? `Kecamatan ${n}` : `Media Mitra ${n}`,
    subject: `Surat nomor ${n}`,
  });

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, {
      slug: 'kab-trenggalek-agenda',
      name: 'Dinas Komunikasi dan Informatika',
      region: 'Kabupaten Trenggalek',
    });
    elsewhere = await buildWorkspace(t.store, { slug: 'kab-lain-agenda' });
    humasId = (await buildAgency(t.store, ws, 'Bagian Prokopim')).id;
    const cast: [string, Role, string, Workspace][] = [
      ['sari', 'analyst', 'Sari Pranata Humas', ws],
      ['edi', 'leader', 'Edi Kepala Dinas', ws],
      ['budi', 'viewer', 'Budi Pembaca', ws],
      ['luar', 'analyst', 'Lukas Kabupaten Lain', elsewhere],
    ];
    for (const [key, role, name, w] of cast)
      people.set(key, { user: await buildUser(t.store, { role, workspace: w, name }), ws: w });
    app = await buildApp({ store: t.store, webApp: false, now: () => new Date('2026-12-07T03:00:00Z') });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  test('agenda numbers run per direction and year without gaps, also when two arrive at once', async () => {
    const first = await register('sari', undangan);
    expect(first).toMatchObject({
      agendaNumber: 'M-2026/0001',
      direction: 'masuk',
      nature: 'segera',
      publicClass: 'setiap_saat',
      srikandiRef: 'SRK-2026-000981',
      registeredBy: 'Sari Pranata Humas',
      disposition: null,
    });
    const out1 = await register('sari', letterOf(1, 'keluar', '2026-12-04'));
    expect(out1.agendaNumber).toBe('K-2026/0001');
    // A letter sent last year goes into last year's book.
    const old = await register('sari', letterOf(2, 'keluar', '2025-12-30'));
    expect(old.agendaNumber).toBe('K-2025/0001');

    // Six incoming and four outgoing letters registered all at the same moment.
    const burst = await Promise.all([
      ...[3, 4, 5, 6, 7, 8].map((n) => register('sari', letterOf(n, 'masuk', '2026-12-05'))),
      ...[9, 10, 11, 12].map((n) => register('sari', letterOf(n, 'keluar', '2026-12-05'))),
    ]);
    const numbers = (d: string) =>
      burst
        .filter((l: Json) => l.direction === d)
        .map((l: Json) => l.agendaNumber)
        .sort();
    expect(numbers('masuk')).toEqual([
      'M-2026/0002',
      'M-2026/0003',
      'M-2026/0004',
      'M-2026/0005',
      'M-2026/0006',
      'M-2026/0007',
    ]);
    expect(numbers('keluar')).toEqual(['K-2026/0002', 'K-2026/0003', 'K-2026/0004', 'K-2026/0005']);

    // A refused registration takes no number: the next one continues the series.
    const bad = await call('sari', 'POST', '/api/v1/letters', {
      ...letterOf(13, 'masuk', '2026-12-06'),
      letterDate: '2026-12-09',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('Tanggal surat tidak boleh sesudah');
    expect((await register('sari', letterOf(14, 'masuk', '2026-12-06'))).agendaNumber).toBe('M-2026/0008');

    // An edit corrects the letter, never its agenda number or direction.
    const edited = ok(
      await call('sari', 'PATCH', `/api/v1/letters/${out1.id}`, {
        subject: 'Permintaan penayangan advertorial Hari Jadi Trenggalek',
        publicClass: 'berkala',
      }),
    ).letter;
    expect(edited).toMatchObject({
      agendaNumber: 'K-2026/0001',
      direction: 'keluar',
      publicClass: 'berkala',
    });

    const masuk2026 = ok(await call('sari', 'GET', '/api/v1/letters?direction=masuk&year=2026&limit=200'));
    expect(masuk2026.total).toBe(8);
    expect(masuk2026.letters.map((l: Json) => l.agendaNumber).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `M-2026/000${i + 1}`),
    );
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('record_type', '=', 'letter')
      .execute();
    expect(audit.filter((a) => a.action === 'letters.register')).toHaveLength(14);
    expect(audit.filter((a) => a.action === 'letters.update')).toHaveLength(1);
  });

  test('the leader writes the disposition and the sheet prints it', async () => {
    const letter = await register('sari', { ...undangan, letterNumber: '005/500/35.03.01/2026' });
    // Only the leader's chain writes dispositions; an outgoing letter takes none.
    expect(
      (
        await call('sari', 'PUT', `/api/v1/letters/${letter.id}/disposition`, {
          instruction: 'x',
          targets: [{ name: 'y' }],
        })
      ).status,
    ).toBe(403);
    const disposition = {
      instruction: 'Siapkan bahan paparan sosialisasi tarif dan hadiri rapat bersama Kabid IKP.',
      targets: [{ agencyId: humasId }, { name: 'Kepala Bidang Informasi dan Komunikasi Publik' }],
      asks: ['bahan', 'hadir'],
      dueDate: '2026-12-09',
    };
    const given = ok(
      await call('edi', 'PUT', `/api/v1/letters/${letter.id}/disposition`, disposition),
    ).letter;
    expect(given.disposition).toMatchObject({
      instruction: disposition.instruction,
      targets: [
        { agencyId: humasId, name: 'Bagian Prokopim Kota' },
        { agencyId: null, name: 'Kepala Bidang Informasi dan Komunikasi Publik' },
      ],
      asks: ['bahan', 'hadir'],
      givenBy: 'Edi Kepala Dinas',
    });
    const outgoing = await register('sari', letterOf(20, 'keluar', '2026-12-06'));
    expect((await call('edi', 'PUT', `/api/v1/letters/${outgoing.id}/disposition`, disposition)).status).toBe(
      400,
    );
    expect((await call('sari', 'GET', `/api/v1/letters/${outgoing.id}/disposition.pdf`)).status).toBe(400);

    const sheet = await call('sari', 'GET', `/api/v1/letters/${letter.id}/disposition.pdf`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(sheet.bytes as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('LEMBAR DISPOSISI');
    expect(text).toContain('PEMERINTAH KABUPATEN TRENGGALEK');
    // (Long values wrap inside the form's columns: shorter pieces are looked for there.)
    expect(text).toContain('Surat dari : Sekretariat DPRD Kabupaten');
    expect(text).toContain('005/500/35.03.01/2026');
    expect(text).toContain(letter.agendaNumber);
    expect(text).toContain('Undangan rapat dengar pendapat kenaikan tarif air PDAM');
    expect(text).toContain('Siapkan bahan paparan sosialisasi tarif dan hadiri rapat bersama Kabid IKP.');
    expect(text).toContain('1. Bagian Prokopim Kota');
    expect(text).toContain('2. Kepala Bidang Informasi');
    expect(text).toContain('EKD');
    expect(text).toContain('9 Des 2026');
  });

  test('the archive finds letters by their words and public-information class', async () => {
    await register('sari', {
      ...letterOf(30, 'keluar', '2026-12-06'),
      subject: 'Siaran pers penanganan longsor Kecamatan Bendungan',
      summary: 'Rilis ke media mitra tentang evakuasi warga terdampak longsor.',
      publicClass: 'serta_merta',
    });
    await register('sari', {
      ...letterOf(31, 'masuk', '2026-12-06'),
      subject: 'Permohonan data korban longsor',
      nature: 'rahasia',
    });
    const found = ok(await call('sari', 'GET', '/api/v1/letters?q=LONGSOR'));
    expect(found.letters.map((l: Json) => l.subject).sort()).toEqual([
      'Permohonan data korban longsor',
      'Siaran pers penanganan longsor Kecamatan Bendungan',
    ]);
    // A secret letter is exempt unless someone decides otherwise.
    expect(found.letters.find((l: Json) => l.nature === 'rahasia').publicClass).toBe('dikecualikan');
    const immediate = ok(await call('sari', 'GET', '/api/v1/letters?q=longsor&publicClass=serta_merta'));
    expect(immediate.letters.map((l: Json) => l.subject)).toEqual([
      'Siaran pers penanganan longsor Kecamatan Bendungan',
    ]);
    // By the summary, by the sender, and pattern characters taken literally.
    expect(ok(await call('sari', 'GET', '/api/v1/letters?q=evakuasi')).total).toBe(1);
    expect(ok(await call('sari', 'GET', '/api/v1/letters?q=DPRD')).total).toBe(2);
    expect(ok(await call('sari', 'GET', '/api/v1/letters?q=%25')).total).toBe(0);
    const paged = ok(await call('sari', 'GET', '/api/v1/letters?limit=2&offset=2'));
    expect(paged.letters).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(4);
  });

  test('another workspace sees none of it and a viewer registers nothing', async () => {
    const letter = await register('sari', letterOf(40, 'masuk', '2026-12-07'));
    for (const url of [`/api/v1/letters/${letter.id}`, `/api/v1/letters/${letter.id}/disposition.pdf`])
      expect((await call('luar', 'GET', url)).status).toBe(404);
    expect((await call('luar', 'PATCH', `/api/v1/letters/${letter.id}`, { subject: 'Diubah' })).status).toBe(
      404,
    );
    expect(ok(await call('luar', 'GET', '/api/v1/letters')).total).toBe(0);
    // The other workspace's own book starts at one.
    expect((await register('luar', letterOf(41, 'masuk', '2026-12-07'))).agendaNumber).toBe('M-2026/0001');

    const refused = await call('budi', 'POST', '/api/v1/letters', letterOf(42, 'masuk', '2026-12-07'));
    expect(refused.status).toBe(403);
    expect((await call('budi', 'GET', '/api/v1/letters')).status).toBe(403);
  });
});

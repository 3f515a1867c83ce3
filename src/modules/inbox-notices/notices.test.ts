// Notices on both stores, as an office lives them: a case moving from one role to the next tells
// exactly the people who must act (never the one who acted), a return tells whoever redoes the
// step, a hand-over tells the colleague, a direction tells the agency's officers; the e-mail copy
// reaches a real SMTP server on loopback with the case and its link, waits through the quiet hours
// and goes once they end, never twice; and nobody reads or marks another person's notice.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { openMailbox, readableMail } from '../../../test/support/mailbox.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { buildApp } from '../../main/app.ts';
import { checkTimeStandards } from '../sop-cases/time-check.service.ts';
import { sendNoticeMails } from './notice-mail.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

/** A WIB wall-clock time as an instant. */
const wib = (local: string) => new Date(`${local}:00+07:00`);
const TITLE = 'Laporan Media Monitoring 7 Desember 2026';
const SITE = 'https://pantau.kota-uji.example';

describe.each(DIALECTS)('notices on every hand-over on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let now = wib('2026-12-07T07:45'); // a Monday
  const people = new Map<string, BuiltUser>();
  let caseId = 0;

  async function call(who: string, method: string, path: string, body?: unknown) {
    const slug = who === 'luar' ? 'kab-lain-notice' : ws.slug;
    const res = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}workspace=${slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Json };
  }
  const act = async (who: string, at: string, action: Json) => {
    now = wib(at);
    const res = await call(who, 'POST', `/api/v1/sop-cases/${caseId}/actions`, action);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.case;
  };
  const bodies = async (who: string): Promise<string[]> =>
    (await call(who, 'GET', '/api/v1/notices')).body.notices.map((n: Json) => n.body);
  /** Everyone's notice count, to see who was told of a move and who was not. */
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const key of people.keys()) if (key !== 'luar') out[key] = (await bodies(key)).length;
    return out;
  };
  const diff = (before: Record<string, number>, after: Record<string, number>) =>
    Object.keys(after)
      .filter((k) => after[k] !== before[k])
      .sort();

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-notice-uji' });
    await buildAgency(t.store, ws, 'Dinas PUPR');
    await buildAgency(t.store, ws, 'BPBD');
    const cast: [string, Role, string, string?][] = [
      ['rina', 'analyst', 'Rina Penelaah'],
      ['ani', 'analyst', 'Ani Penelaah'],
      ['sari', 'reviewer', 'Sari Pemeriksa'],
      ['sinta', 'reviewer', 'Sinta Pemeriksa'],
      ['budi', 'team_lead', 'Budi Ketua Tim'],
      ['tono', 'team_lead', 'Tono Ketua Tim'],
      ['dewi', 'head', 'Dewi Kepala Bagian'],
      ['admin', 'admin', 'Admin Uji'],
      ['vina', 'viewer', 'Vina Pembaca'],
      ['pupr', 'agency_officer', 'Petugas PUPR', 'Dinas PUPR'],
      ['bpbd', 'agency_officer', 'Petugas BPBD', 'BPBD'],
    ];
    for (const [key, role, name, agency] of cast)
      people.set(key, await buildUser(t.store, { role, workspace: ws, name, agency }));
    const other = await buildWorkspace(t.store, { slug: 'kab-lain-notice' });
    people.set('luar', await buildUser(t.store, { role: 'analyst', workspace: other, name: 'Orang Luar' }));
    app = await buildApp({ store: t.store, webApp: false, now: () => now });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  test('each move tells exactly who must act next, never the one who acted', async () => {
    let before = await counts();
    const started = await call('rina', 'POST', '/api/v1/sop-cases', { sop: 'sop-a', title: TITLE });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    caseId = started.body.case.id;
    // Step 1 is the analysts': Ani is told, Rina (who started it) is not.
    expect(diff(before, await counts())).toEqual(['ani']);
    expect((await bodies('ani'))[0]).toMatch(
      new RegExp(`^Menunggu Anda: ${TITLE} — langkah 1 .+, batas 7 Des 2026 09:45 WIB$`),
    );

    before = await counts();
    await act('rina', '2026-12-07T08:00', { type: 'complete' });
    // Step 2 is the reviewers': both are told, in the workspace's zone.
    expect(diff(before, await counts())).toEqual(['sari', 'sinta']);
    const waiting = await call('sari', 'GET', '/api/v1/notices');
    expect(waiting.body.unread).toBe(1);
    expect(waiting.body.notices[0]).toMatchObject({
      kind: 'waiting',
      title: `Menunggu Anda: ${TITLE}`,
      body: `Menunggu Anda: ${TITLE} — langkah 2 Menerima dan mengoreksi laporan hasil media monitoring, batas 7 Des 2026 08:30 WIB`,
      link: `/kasus/${caseId}`,
      caseId,
      readAt: null,
      mail: { state: 'pending', error: null },
    });

    before = await counts();
    await act('sari', '2026-12-07T08:20', { type: 'complete' });
    expect(diff(before, await counts())).toEqual(['budi', 'tono']);

    // Budi returns it to step 2: only Sari, who did step 2, must redo it.
    before = await counts();
    await act('budi', '2026-12-07T08:40', { type: 'return', to: 2, note: 'Jumlah berita banjir keliru' });
    expect(diff(before, await counts())).toEqual(['sari']);
    expect((await bodies('sari'))[0]).toMatch(
      new RegExp(
        `^Dikembalikan untuk perbaikan: ${TITLE} — langkah 2 .+\\. Catatan: Jumlah berita banjir keliru$`,
      ),
    );

    await act('sari', '2026-12-07T09:00', { type: 'complete' });
    before = await counts();
    await act('budi', '2026-12-07T09:10', { type: 'complete' });
    // Step 4 is the team leads' again: Tono is told, Budi (who moved it) is not.
    expect(diff(before, await counts())).toEqual(['tono']);
    before = await counts();
    await act('budi', '2026-12-07T09:15', { type: 'hand_over', toUserId: people.get('tono')?.user.id });
    expect(diff(before, await counts())).toEqual(['tono']);
    expect((await bodies('tono'))[0]).toMatch(new RegExp(`^Diserahkan kepada Anda: ${TITLE} — langkah 4 `));
  });

  test('lateness tells the holder, and the escalation also the next role up', async () => {
    const before = await counts();
    // Step 4 (Tono's since the hand-over) was due 09:40; long after, the check finds it overdue
    // and past the escalation point (a reminder is no longer given once the deadline has passed).
    now = wib('2026-12-07T14:00');
    expect(await checkTimeStandards(t.store, now)).toBe(2);
    const after = await counts();
    expect(diff(before, after)).toEqual(['dewi', 'tono']);
    expect(after.tono - before.tono).toBe(2);
    expect((await bodies('tono'))[1]).toMatch(new RegExp(`^Terlambat: ${TITLE} — langkah 4 `));
    const [escalation] = await bodies('dewi');
    expect(escalation).toMatch(
      new RegExp(
        `^Eskalasi: ${TITLE} — langkah 4 .+\\. Catatan: diteruskan kepada Kepala bagian / bidang untuk ditindaklanjuti$`,
      ),
    );
  });

  test('a direction tells the officers of the agencies it reaches', async () => {
    const before = await counts();
    const given = await call('admin', 'POST', '/api/v1/directions', {
      subject: 'Genangan di Jalan Sudirman',
      instruction: 'Tangani dan laporkan hasilnya',
      dueAt: '2026-12-10T16:00:00+07:00',
      recipients: [1],
    });
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    expect(diff(before, await counts())).toEqual(['pupr']);
    const [notice] = (await call('pupr', 'GET', '/api/v1/notices')).body.notices;
    expect(notice).toMatchObject({
      kind: 'direction',
      link: `/arahan/${given.body.direction.id}`,
      body: expect.stringMatching(
        /^Arahan baru: Genangan di Jalan Sudirman — No\. .+, batas 10 Des 2026 16:00 WIB$/,
      ),
    });
    // PUPR forwards it to BPBD: BPBD's officer is told who sent it on.
    const rid = given.body.direction.recipients[0].id;
    const forwarded = await call(
      'pupr',
      'POST',
      `/api/v1/directions/${given.body.direction.id}/recipients/${rid}/actions`,
      {
        type: 'forward',
        agencyIds: [2],
        note: 'Mohon dibantu pompa',
      },
    );
    expect(forwarded.status, JSON.stringify(forwarded.body)).toBe(200);
    expect((await bodies('bpbd'))[0]).toMatch(
      /^Arahan diteruskan dari Dinas PUPR: Genangan di Jalan Sudirman/,
    );
  });

  test('nobody reads or marks another person’s notice', async () => {
    const sari = await call('sari', 'GET', '/api/v1/notices');
    const id = sari.body.notices[0].id;
    expect((await call('budi', 'GET', '/api/v1/notices')).body.notices.map((n: Json) => n.id)).not.toContain(
      id,
    );
    expect((await call('budi', 'POST', `/api/v1/notices/${id}/read`, {})).status).toBe(404);
    expect((await call('luar', 'POST', `/api/v1/notices/${id}/read`, {})).status).toBe(404);
    expect((await call('luar', 'GET', '/api/v1/notices')).body).toEqual({ notices: [], unread: 0 });
    expect((await call('sari', 'GET', '/api/v1/notices')).body.notices[0].readAt).toBeNull();

    const read = await call('sari', 'POST', `/api/v1/notices/${id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body.notice.readAt).not.toBeNull();
    expect((await call('sari', 'GET', '/api/v1/notices')).body.unread).toBe(sari.body.unread - 1);
    const all = await call('sari', 'POST', '/api/v1/notices/read-all', {});
    expect(all.body.marked).toBe(sari.body.unread - 1);
    expect((await call('sari', 'GET', '/api/v1/notices')).body.unread).toBe(0);
    // Budi's are untouched by Sari's "read all".
    expect((await call('budi', 'GET', '/api/v1/notices')).body.unread).toBeGreaterThan(0);
  });

  test('e-mails wait through the quiet hours, then arrive once with the case and its link', async () => {
    const mailbox = await openMailbox();
    try {
      const smtp = {
        host: '127.0.0.1',
        port: mailbox.port,
        secure: false,
        from: 'Pantau <pantau@kota.example>',
      };
      // Only an administrator sets the quiet hours, and the change is audited.
      expect(
        (await call('budi', 'GET', '/api/v1/settings/notice-quiet-hours')).body.quietHours,
      ).toMatchObject({
        enabled: true,
        start: '21:00',
        end: '06:00',
        zone: 'WIB',
      });
      const quiet = { enabled: true, start: '21:00', end: '06:30' };
      expect((await call('budi', 'PUT', '/api/v1/settings/notice-quiet-hours', quiet)).status).toBe(403);
      const saved = await call('admin', 'PUT', '/api/v1/settings/notice-quiet-hours', quiet);
      expect(saved.status).toBe(200);
      expect(saved.body.quietHours).toMatchObject({ ...quiet, updatedBy: 'Admin Uji' });
      const audit = await t.store.db
        .selectFrom('audit_log')
        .select(['action', 'actor'])
        .where('action', '=', 'notices.quiet-hours')
        .execute();
      expect(audit).toHaveLength(1);

      const pending = (
        await t.store.db.selectFrom('inbox_notice').select('id').where('mail_state', '=', 'pending').execute()
      ).length;
      expect(pending).toBeGreaterThan(5);
      // 22:00 and 06:15 WIB are quiet: nothing is sent, everything waits.
      for (const at of ['2026-12-07T22:00', '2026-12-08T06:15']) {
        const held = await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now: wib(at) });
        expect(held).toMatchObject({ sent: 0, held: pending, skipped: 0 });
      }
      expect(mailbox.received).toHaveLength(0);

      // 06:31: the quiet hours are over and every waiting e-mail goes.
      const sent = await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now: wib('2026-12-08T06:31') });
      expect(sent).toMatchObject({ sent: pending, held: 0, failed: 0 });
      expect(mailbox.received).toHaveLength(pending);
      const toSari = mailbox.received.filter((m) => m.to.includes(people.get('sari')?.user.email as string));
      expect(toSari.length).toBeGreaterThan(0);
      const mail = readableMail(toSari[0].raw);
      expect(mail).toContain(`Subject: [Pantau] Menunggu Anda: ${TITLE}`);
      expect(mail).toContain(`${SITE}/kasus/${caseId}`);
      expect((await call('sari', 'GET', '/api/v1/notices')).body.notices.at(-1).mail).toEqual({
        state: 'sent',
        error: null,
      });

      // Never twice: another pass (a retried job, a second worker) sends nothing more.
      expect(
        await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now: wib('2026-12-08T06:32') }),
      ).toMatchObject({
        sent: 0,
      });
      expect(mailbox.received).toHaveLength(pending);

      // Without an SMTP server a new notice's e-mail is skipped, with the reason kept.
      now = wib('2026-12-08T08:00');
      await call('admin', 'POST', '/api/v1/directions', {
        subject: 'Pohon tumbang',
        instruction: 'Segera tangani',
        dueAt: '2026-12-09T16:00:00+07:00',
        recipients: [1],
      });
      expect(await sendNoticeMails(t.store, { smtp: null, publicUrl: SITE, now })).toMatchObject({
        skipped: 1,
      });
      const [skipped] = (await call('pupr', 'GET', '/api/v1/notices')).body.notices;
      expect(skipped.mail).toEqual({
        state: 'skipped',
        error: expect.stringMatching(/^Server SMTP belum diatur/),
      });
    } finally {
      await mailbox.close();
    }
  });

  test('an e-mail the server could not take is tried again after a pause, then arrives once', async () => {
    const down = await openMailbox();
    await down.close();
    const from = 'Pantau <pantau@kota.example>';
    now = wib('2026-12-08T09:00');
    await call('admin', 'POST', '/api/v1/directions', {
      subject: 'Lampu jalan padam',
      instruction: 'Periksa dan perbaiki',
      dueAt: '2026-12-09T16:00:00+07:00',
      recipients: [1],
    });
    const dead = { host: '127.0.0.1', port: down.port, secure: false, from };
    expect(
      await sendNoticeMails(t.store, { smtp: dead, publicUrl: SITE, now, timeoutMs: 2_000 }),
    ).toMatchObject({
      sent: 0,
      retrying: 1,
    });
    const [waiting] = (await call('pupr', 'GET', '/api/v1/notices')).body.notices;
    expect(waiting.mail).toEqual({ state: 'pending', error: expect.stringMatching(/ECONNREFUSED/) });

    const mailbox = await openMailbox();
    try {
      const smtp = { host: '127.0.0.1', port: mailbox.port, secure: false, from };
      // Within the pause nothing is tried; after it, the e-mail goes, once.
      expect(
        await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now: wib('2026-12-08T09:00') }),
      ).toMatchObject({
        sent: 0,
      });
      for (const at of ['2026-12-08T09:02', '2026-12-08T09:03'])
        await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now: wib(at) });
      expect(mailbox.received).toHaveLength(1);
      expect(mailbox.received[0].to).toEqual([people.get('pupr')?.user.email]);
      expect(readableMail(mailbox.received[0].raw)).toContain(
        'Subject: [Pantau] Arahan baru: Lampu jalan padam',
      );
      const [sent] = (await call('pupr', 'GET', '/api/v1/notices')).body.notices;
      expect(sent.mail).toEqual({ state: 'sent', error: null });
    } finally {
      await mailbox.close();
    }
  });

  test('a person who turned notice e-mails off still sees the notice, but gets no e-mail', async () => {
    expect((await call('bpbd', 'GET', '/api/v1/notices/preferences')).body).toEqual({
      preferences: { email: true },
    });
    const off = await call('bpbd', 'PUT', '/api/v1/notices/preferences', { email: false });
    expect(off.body).toEqual({ preferences: { email: false } });
    const mailbox = await openMailbox();
    try {
      now = wib('2026-12-08T10:00');
      await call('admin', 'POST', '/api/v1/directions', {
        subject: 'Banjir di Kelurahan Sukamaju',
        instruction: 'Siagakan perahu karet',
        dueAt: '2026-12-09T16:00:00+07:00',
        recipients: [1, 2],
      });
      const smtp = {
        host: '127.0.0.1',
        port: mailbox.port,
        secure: false,
        from: 'Pantau <pantau@kota.example>',
      };
      expect(await sendNoticeMails(t.store, { smtp, publicUrl: SITE, now })).toMatchObject({
        sent: 1,
        skipped: 1,
      });
      expect(mailbox.received.map((m) => m.to)).toEqual([[people.get('pupr')?.user.email]]);
      const [notice] = (await call('bpbd', 'GET', '/api/v1/notices')).body.notices;
      expect(notice.body).toMatch(/^Arahan baru: Banjir di Kelurahan Sukamaju/);
      expect(notice.mail).toEqual({
        state: 'skipped',
        error: expect.stringMatching(/^Penerima mematikan surel/),
      });
    } finally {
      await mailbox.close();
    }
  });
});

// SOP A through the API on both stores, as an office runs it: seven people take a monitoring report
// through its seven steps — the team lead returns it once for revision, hands step 4 to a colleague,
// the head of bureau lets step 5 run late and the next role up is told — with every deadline counted
// in working time (Friday 15:30 + 120 minutes is Monday morning; the lunch break does not count).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { buildApp } from '../../main/app.ts';
import { checkTimeStandards } from './time-check.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

/** A WIB wall-clock time as an instant. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe.each(DIALECTS)('SOP A from draft to the mayor and back to the agencies on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let now = wib('2026-12-04T15:30'); // a Friday
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
    return { status: res.status, body: (await res.json()) as Json };
  }
  const act = async (who: string, at: string, action: Json) => {
    now = wib(at);
    const res = await call(who, 'POST', `/api/v1/sop-cases/${caseId}/actions`, action);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.case;
  };
  let caseId = 0;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-tangerang-uji' });
    const cast: [string, Role, string][] = [
      ['rina', 'analyst', 'Rina Penelaah'],
      ['sari', 'reviewer', 'Sari Pemeriksa'],
      ['budi', 'team_lead', 'Budi Ketua Tim'],
      ['tono', 'team_lead', 'Tono Ketua Tim'],
      ['dewi', 'head', 'Dewi Kepala Bagian'],
      ['wali', 'leader', 'Wali Kota Uji'],
      ['agus', 'head', 'Agus Kepala Bagian'],
      ['vina', 'viewer', 'Vina Pembaca'],
    ];
    for (const [key, role, name] of cast)
      people.set(key, await buildUser(t.store, { role, workspace: ws, name }));
    const other = await buildWorkspace(t.store, { slug: 'kab-lain-uji' });
    people.set('luar', await buildUser(t.store, { role: 'head', workspace: other, name: 'Orang Luar' }));
    app = await buildApp({ store: t.store, webApp: false, now: () => now });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  test('the whole path, with its deadlines, history, sign-offs, lateness and refusals', async () => {
    const list = await call('rina', 'GET', '/api/v1/sops');
    expect(list.body.sops.map((s: Json) => [s.key, s.steps, s.totalTime])).toEqual([
      ['sop-a', 7, '390 menit'],
      ['sop-b', 6, '31 jam 55 menit'],
    ]);

    const started = await call('rina', 'POST', '/api/v1/sop-cases', {
      sop: 'sop-a',
      title: 'Laporan Media Monitoring 1–4 Desember 2026',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    caseId = started.body.case.id;
    // 120 working minutes from Friday 15:30: one hour on Friday, one on Monday from 07:30.
    expect(started.body.case.clock.dueAt).toBe(wib('2026-12-07T08:30').toISOString());
    expect(started.body.case.step).toMatchObject({ no: 1, role: 'analyst', standardMinutes: 120 });

    // Somebody else's step is refused, and so is a reader and another workspace.
    now = wib('2026-12-07T07:45');
    expect(
      (await call('sari', 'POST', `/api/v1/sop-cases/${caseId}/actions`, { type: 'complete' })).status,
    ).toBe(403);
    expect(
      (await call('vina', 'POST', `/api/v1/sop-cases/${caseId}/actions`, { type: 'complete' })).status,
    ).toBe(403);
    expect((await call('luar', 'GET', `/api/v1/sop-cases/${caseId}`)).status).toBe(404);

    let c = await act('rina', '2026-12-07T08:00', { type: 'complete', note: 'Draf dari data 1–4 Desember' });
    expect(c.step.no).toBe(2);
    expect(c.clock.dueAt).toBe(wib('2026-12-07T08:30').toISOString());
    expect((await call('sari', 'GET', '/api/v1/inbox')).body.items.map((i: Json) => i.id)).toEqual([caseId]);
    expect((await call('rina', 'GET', '/api/v1/inbox')).body.items).toEqual([]);

    c = await act('sari', '2026-12-07T08:20', { type: 'complete' });
    c = await act('budi', '2026-12-07T08:40', {
      type: 'return',
      to: 2,
      note: 'Jumlah berita isu banjir keliru',
    });
    expect(c).toMatchObject({ round: 2, step: { no: 2 } });
    c = await act('sari', '2026-12-07T09:00', { type: 'complete', note: 'Angka banjir diperbaiki' });
    c = await act('budi', '2026-12-07T09:10', { type: 'complete' });
    expect(c.step.no).toBe(4);
    expect(c.handOverTo).toEqual([{ id: people.get('tono')?.user.id, name: 'Tono Ketua Tim' }]);
    c = await act('budi', '2026-12-07T09:15', { type: 'hand_over', toUserId: people.get('tono')?.user.id });
    expect(c.assignee.name).toBe('Tono Ketua Tim');
    // The step is now Tono's alone, and its deadline is unchanged by the hand-over.
    expect(c.clock.dueAt).toBe(wib('2026-12-07T09:40').toISOString());
    now = wib('2026-12-07T09:20');
    expect(
      (await call('budi', 'POST', `/api/v1/sop-cases/${caseId}/actions`, { type: 'complete' })).status,
    ).toBe(403);
    c = await act('tono', '2026-12-07T09:30', {
      type: 'complete',
      note: 'Dipaparkan kepada Asisten Administrasi Umum di ruang rapat Setda',
    });
    expect(c.step).toMatchObject({ no: 5, role: 'head' });
    expect(c.clock.dueAt).toBe(wib('2026-12-07T10:00').toISOString());

    // Step 5 runs late: a reminder at three quarters, overdue at 10:00, the assistant told at 10:15.
    expect(await checkTimeStandards(t.store, wib('2026-12-07T09:50'))).toBe(0);
    expect(await checkTimeStandards(t.store, wib('2026-12-07T09:55'))).toBe(1);
    expect(await checkTimeStandards(t.store, wib('2026-12-07T10:05'))).toBe(1);
    expect(await checkTimeStandards(t.store, wib('2026-12-07T10:20'))).toBe(1);
    expect(await checkTimeStandards(t.store, wib('2026-12-07T10:21'))).toBe(0);
    now = wib('2026-12-07T10:25');
    c = (await call('dewi', 'GET', `/api/v1/sop-cases/${caseId}`)).body.case;
    expect(c.late).toBe(true);
    expect(c.clock.minutesLeft).toBe(-25);
    const inbox = (await call('dewi', 'GET', '/api/v1/inbox')).body.items;
    expect(inbox[0]).toMatchObject({
      id: caseId,
      late: true,
      minutesLeft: -25,
      sopSteps: 7,
      sopVersion: 1,
      standardMinutes: 30,
    });

    c = await act('dewi', '2026-12-07T10:30', { type: 'complete', note: 'Diserahkan kepada Wali Kota' });
    c = await act('wali', '2026-12-07T10:45', {
      type: 'complete',
      note: 'Arahan: Dinas PUPR tangani genangan Jalan Sudirman; Diskominfo jelaskan jadwal perbaikan',
    });
    // Step 7's 120 minutes from 10:45 skip the lunch break: 75 minutes before it, 45 after.
    expect(c.step).toMatchObject({ no: 7, role: 'head' });
    expect(c.clock.dueAt).toBe(wib('2026-12-07T13:45').toISOString());
    c = await act('dewi', '2026-12-07T11:00', { type: 'hand_over', toUserId: people.get('agus')?.user.id });
    c = await act('agus', '2026-12-07T13:30', {
      type: 'complete',
      note: 'Arahan disampaikan ke OPD terkait',
    });
    expect(c.status).toBe('done');
    expect(c.allowedActions).toEqual([]);

    const rows = c.history.map((e: Json) => [
      e.action,
      e.fromStep,
      e.toStep,
      e.actorName,
      e.approved,
      e.workingMinutes,
    ]);
    expect(rows).toEqual([
      ['start', 1, 1, 'Rina Penelaah', false, 0],
      // Friday 15:30–16:30 and Monday 07:30–08:00.
      ['complete', 1, 2, 'Rina Penelaah', false, 90],
      ['complete', 2, 3, 'Sari Pemeriksa', true, 20],
      ['return', 3, 2, 'Budi Ketua Tim', false, 20],
      ['complete', 2, 3, 'Sari Pemeriksa', true, 20],
      ['complete', 3, 4, 'Budi Ketua Tim', true, 10],
      ['hand_over', 4, 4, 'Budi Ketua Tim', false, 0],
      ['complete', 4, 5, 'Tono Ketua Tim', false, 20],
      ['reminder', 5, 5, 'sistem', false, 25],
      ['overdue', 5, 5, 'sistem', false, 35],
      ['escalation', 5, 5, 'sistem', false, 50],
      ['complete', 5, 6, 'Dewi Kepala Bagian', true, 60],
      ['complete', 6, 7, 'Wali Kota Uji', false, 15],
      ['hand_over', 7, 7, 'Dewi Kepala Bagian', false, 0],
      ['complete', 7, 7, 'Agus Kepala Bagian', false, 105],
    ]);
    expect(c.history.filter((e: Json) => e.action === 'hand_over').map((e: Json) => e.toUserName)).toEqual([
      'Tono Ketua Tim',
      'Agus Kepala Bagian',
    ]);
    const escalation = c.history.find((e: Json) => e.action === 'escalation');
    expect(escalation).toMatchObject({ actorRole: 'assistant', note: expect.stringContaining('Asisten') });
    expect(c.history.find((e: Json) => e.action === 'return').note).toBe('Jumlah berita isu banjir keliru');

    // Compliance over the period: each step's times against its standard, step 5 the one deviation.
    const compliance = (
      await call('dewi', 'GET', '/api/v1/sops/sop-a/compliance?from=2026-12-04&to=2026-12-07')
    ).body.compliance;
    expect(
      compliance.steps.map((x: Json) => [
        x.step,
        x.completions,
        x.medianMinutes,
        x.p90Minutes,
        x.withinStandard,
      ]),
    ).toEqual([
      [1, 1, 90, 90, 1],
      [2, 2, 20, 20, 1],
      [3, 2, 10, 20, 1],
      [4, 1, 20, 20, 1],
      [5, 1, 60, 60, 0],
      [6, 1, 15, 15, 1],
      [7, 1, 105, 105, 1],
    ]);
    expect(compliance.steps[4].deviations).toMatchObject([
      { caseId, workingMinutes: 60, standardMinutes: 30, actorName: 'Dewi Kepala Bagian' },
    ]);
    expect(compliance.form[4]).toMatchObject({ runsWell: 'Tidak' });
    expect(compliance.form[0]).toMatchObject({ runsWell: 'Ya', action: '' });

    // Every move by a person is in the audit trail under their name.
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('record_type', '=', 'sop_case')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'sop-cases.start',
      'sop-cases.complete',
      'sop-cases.complete',
      'sop-cases.return',
      'sop-cases.complete',
      'sop-cases.complete',
      'sop-cases.hand_over',
      'sop-cases.complete',
      'sop-cases.complete',
      'sop-cases.complete',
      'sop-cases.hand_over',
      'sop-cases.complete',
    ]);
  });

  test('a running case keeps the SOP version it started with', async () => {
    now = wib('2026-12-08T09:00');
    const admin = await buildUser(t.store, { role: 'admin', workspace: ws, name: 'Admin Uji' });
    people.set('admin', admin);
    const started = (
      await call('rina', 'POST', '/api/v1/sop-cases', { sop: 'sop-a', title: 'Laporan 7 Desember' })
    ).body.case;
    const sop = (await call('admin', 'GET', '/api/v1/sops/sop-a')).body.sop;
    const edited = structuredClone(sop.definition);
    edited.steps[0].time = { amount: 60, unit: 'minute' };
    const saved = await call('admin', 'POST', '/api/v1/sops', {
      definition: edited,
      note: 'Draf cukup 60 menit',
      baseVersion: sop.version,
    });
    expect(saved.status).toBe(201);
    expect(saved.body.sop.version).toBe(sop.version + 1);
    // Saving from the old version again is refused rather than overwriting the new one.
    const stale = await call('admin', 'POST', '/api/v1/sops', {
      definition: edited,
      baseVersion: sop.version,
    });
    expect(stale.status).toBe(409);
    const still = (await call('rina', 'GET', `/api/v1/sop-cases/${started.id}`)).body.case;
    expect(still.sop.version).toBe(sop.version);
    expect(still.step.standardMinutes).toBe(120);
    const fresh = (
      await call('rina', 'POST', '/api/v1/sop-cases', { sop: 'sop-a', title: 'Laporan 8 Desember' })
    ).body.case;
    expect(fresh.step.standardMinutes).toBe(60);
    // An analyst may not change the SOP itself.
    expect((await call('rina', 'POST', '/api/v1/sops', { definition: edited })).status).toBe(403);
  });
});

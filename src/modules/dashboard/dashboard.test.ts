// The dashboard API over real HTTP on both stores: articles written for the test, analysed by the
// real pipeline, then read back as the figures an office reads — per local day, beside the period
// before, with analysts' corrections changing what the dashboard shows.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { openStore } from '../../kernel/db/connect.ts';
import { createPageAnalyser, type PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';
import { refreshDashboardDays, workspaceDashboard } from './dashboard.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

// The period: the week of 25–31 March 2026 in WIB (UTC+7); the week before is the comparison.
const FROM = '2026-03-24T17:00:00.000Z';
const TO = '2026-03-31T17:00:00.000Z';

const FLOOD_TEXT =
  'Banjir merendam ratusan rumah di Kelurahan Cibeureum sejak Senin malam. Air setinggi satu meter ' +
  'masuk ke permukiman setelah hujan deras selama lima jam. "Kami sudah mengerahkan perahu karet dan ' +
  'membuka dapur umum," kata Wali Kota Sukamaju Arief Wicaksono di lokasi banjir.';
const MARKET_TEXT =
  'Wali Kota Sukamaju Arief Wicaksono meresmikan Pasar Baru yang telah direvitalisasi. Pedagang menyambut ' +
  'baik los yang lebih bersih dan terang. "Pasar ini milik warga, rawat bersama," kata Arief Wicaksono.';
const BUDGET_TEXT =
  'DPRD Kota Sukamaju menggelar rapat paripurna pembahasan rancangan anggaran perubahan. Rapat dipimpin ' +
  'Ketua DPRD Hendra Kusuma dan dihadiri para kepala dinas.';

const seeds = [
  // Current week.
  {
    title: 'Banjir Rendam Ratusan Rumah, Warga Marah',
    text: FLOOD_TEXT,
    outlet: 'Sukamaju Pos',
    at: '2026-03-25T02:00:00Z',
  },
  {
    title: 'Banjir Kembali Melanda Cibeureum',
    text: FLOOD_TEXT,
    outlet: 'Warta Kota',
    at: '2026-03-26T03:00:00Z',
  },
  {
    title: 'Wali Kota Resmikan Pasar Baru',
    text: MARKET_TEXT,
    outlet: 'Sukamaju Pos',
    at: '2026-03-27T04:00:00Z',
  },
  {
    title: 'Pedagang Sambut Pasar Baru',
    text: MARKET_TEXT,
    outlet: 'Warta Kota',
    at: '2026-03-28T05:00:00Z',
  },
  {
    title: 'DPRD Bahas Anggaran Perubahan',
    text: BUDGET_TEXT,
    outlet: 'Warta Kota',
    at: '2026-03-29T06:00:00Z',
  },
  // 01.30 WIB on 31 March: the 31 March bucket, though it is still 30 March in UTC.
  {
    title: 'Banjir Susulan di Cibeureum',
    text: FLOOD_TEXT,
    outlet: 'Sukamaju Pos',
    at: '2026-03-30T18:30:00Z',
  },
  // The week before.
  { title: 'Rapat Anggaran Dimulai', text: BUDGET_TEXT, outlet: 'Warta Kota', at: '2026-03-20T06:00:00Z' },
  {
    title: 'Pasar Baru Hampir Rampung',
    text: MARKET_TEXT,
    outlet: 'Sukamaju Pos',
    at: '2026-03-21T06:00:00Z',
  },
  // After the period: never counted.
  { title: 'Banjir Surut', text: FLOOD_TEXT, outlet: 'Sukamaju Pos', at: '2026-04-02T06:00:00Z' },
];

describe.each(DIALECTS)('dashboard API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let pages: PageAnalyser;
  let base = '';
  let ANALYST = '';
  let VIEWER = '';
  let OFFICER = '';
  let mayor = 0;
  let flood = 0;
  let workspaceId = 0;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await openTestStore(dialect);
    pages = createPageAnalyser({ processes: 0 });
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju', region: 'Kota Sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'lain', region: 'Kota Lain' });
    workspaceId = ws.id;
    ANALYST = (await buildUser(t.store, { role: 'analyst', workspace: ws })).token;
    VIEWER = (await buildUser(t.store, { role: 'viewer', workspace: ws })).token;
    await buildAgency(t.store, ws);
    OFFICER = (await buildUser(t.store, { role: 'agency_officer', workspace: ws, agency: 'Dinas PUPR' }))
      .token;
    mayor = (
      await insertSubject(t.store, {
        workspaceId: ws.id,
        name: 'Wali Kota',
        kind: 'leader',
        query: '"wali kota" OR arief',
      })
    ).id;
    flood = (
      await insertSubject(t.store, { workspaceId: ws.id, name: 'Banjir', kind: 'topic', query: 'banjir' })
    ).id;
    await insertSubject(t.store, { workspaceId: other.id, name: 'Lain', kind: 'topic', query: 'banjir' });
    ids.push(
      ...(await storeArticles(
        t.store,
        ws.id,
        seeds.map((s, i) => ({
          url: `https://berita.test/${i}`,
          title: s.title,
          text: s.text,
          outlet: s.outlet,
          publishedAt: new Date(s.at).toISOString(),
        })),
      )),
    );
    for (const id of ids) await analyzeStoredArticle(t.store, pages, id);
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await pages?.close();
    await t?.dispose();
  });

  const get = async (token: string | null, query: string) => {
    const res = await fetch(`${base}/api/v1/dashboard?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const week = `from=${FROM}&to=${TO}&interval=day`;

  test('counts the week per local day beside the week before, by outlet, subject, issue and speaker', async () => {
    const { status, body } = await get(ANALYST, week);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({
      from: FROM,
      to: TO,
      previousFrom: '2026-03-17T17:00:00.000Z',
      interval: 'day',
      timeZone: 'WIB',
    });
    expect(body.totals.articles).toEqual({ current: 6, previous: 2 });
    expect(body.totals.outlets).toEqual({ current: 2, previous: 2 });
    // Seven local days, each starting at midnight WIB (17:00 UTC the day before).
    expect(body.volume.map((v: Json) => v.bucket)).toEqual(
      ['24', '25', '26', '27', '28', '29', '30'].map((d) => `2026-03-${d}T17:00:00.000Z`),
    );
    expect(body.volume.map((v: Json) => v.articles)).toEqual([1, 1, 1, 1, 1, 0, 1]);
    expect(body.volume[6].subjects[String(flood)]).toBe(1);

    const voice = Object.fromEntries(body.shareOfVoice.map((s: Json) => [s.name, s.articles]));
    expect(voice).toEqual({ 'Wali Kota': { current: 5, previous: 1 }, Banjir: { current: 3, previous: 0 } });
    expect(body.totals.aboutSubjects).toEqual({ current: 5, previous: 1 });
    expect(body.outlets).toEqual([
      expect.objectContaining({ name: 'Sukamaju Pos', articles: { current: 3, previous: 1 } }),
      expect.objectContaining({ name: 'Warta Kota', articles: { current: 3, previous: 1 } }),
    ]);
    // The mayor is quoted in five of the six; the flood stories make one issue.
    expect(body.spokespersons[0]).toMatchObject({
      name: 'Arief Wicaksono',
      quotes: { current: 5, previous: 1 },
    });
    expect(body.persons.map((p: Json) => p.name)).toContain('Arief Wicaksono');
    const floodIssue = body.issues.find((i: Json) => i.articles.current === 3);
    expect(floodIssue?.title.toLowerCase()).toContain('banjir');
    // Each headline was read on its own; the pairs account for every article of the week.
    expect(body.headlineTone.pairs.reduce((n: number, p: Json) => n + p.articles, 0)).toBe(6);
    for (const a of body.headlineTone.disagreeing) expect(a.headline).not.toBe(a.body);
  });

  test("an analyst's tone correction moves the dashboard's figures", async () => {
    const before = (await get(ANALYST, week)).body;
    const market = ids[2];
    const analysed = await fetch(`${base}/api/v1/articles/${market}/analysis`, {
      headers: { authorization: `Bearer ${ANALYST}` },
    });
    const bodyTone = ((await analysed.json()) as Json).analysis.tone.label;
    const correct = async (body: unknown) =>
      fetch(`${base}/api/v1/articles/${market}/corrections`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ANALYST}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await correct({ tone: 'negatif', subjectId: mayor })).status).toBe(201);
    expect((await correct({ tone: 'negatif' })).status).toBe(201);
    const after = (await get(ANALYST, week)).body;
    const mayorTone = (d: Json) => d.shareOfVoice.find((s: Json) => s.subjectId === mayor).tone;
    // The market story (27 March, the third local day) was not negative toward the mayor before.
    expect(before.volume[2].articles).toBe(1);
    expect(before.tone[2].negative).toBe(0);
    expect(after.tone[2]).toMatchObject({ negative: 1, positive: 0, neutral: 0 });
    expect(mayorTone(after).negative).toBe(mayorTone(before).negative + 1);
    expect(after.totals.negative.current).toBe(
      before.totals.negative.current + (bodyTone === 'negative' ? 0 : 1),
    );
    // The headline "Wali Kota Resmikan Pasar Baru" is not negative: now it disagrees with its body.
    expect(after.headlineTone.disagreeing).toContainEqual(
      expect.objectContaining({ id: market, body: 'negative', title: 'Wali Kota Resmikan Pasar Baru' }),
    );
  });

  test('subjects chosen, hourly buckets, and refusals', async () => {
    const one = await get(VIEWER, `${week}&subjects=${flood}`);
    expect(one.status).toBe(200);
    expect(one.body.subjects).toEqual([{ id: flood, name: 'Banjir', kind: 'topic' }]);
    expect(one.body.totals.aboutSubjects).toEqual({ current: 3, previous: 0 });

    const day = await get(ANALYST, 'from=2026-03-30T17:00:00Z&to=2026-03-31T17:00:00Z');
    expect(day.body.period.interval).toBe('hour');
    expect(day.body.volume).toHaveLength(24);
    expect(day.body.volume[1]).toMatchObject({ bucket: '2026-03-30T18:00:00.000Z', articles: 1 });

    expect((await get(null, week)).status).toBe(401);
    expect((await get(OFFICER, week)).status).toBe(403);
    expect((await get(ANALYST, `from=${TO}&to=${FROM}`)).status).toBe(400);
    expect((await get(ANALYST, `${week}&subjects=9999`)).status).toBe(404);
    expect((await get(ANALYST, `${week}&subjects=1;DROP`)).status).toBe(400);
    expect((await get(ANALYST, 'from=kemarin')).status).toBe(400);
  });

  // Figures come from stored day summaries and a per-view memory: both must follow new coverage.
  test('a day already viewed counts an article analysed later; part of a day asks for the whole day', async () => {
    const before = (await get(ANALYST, week)).body;
    const [late] = await storeArticles(t.store, workspaceId, [
      {
        url: 'https://berita.test/late',
        title: 'Banjir Kembali Rendam Pasar',
        text: FLOOD_TEXT,
        outlet: 'Kabar Baru',
        publishedAt: '2026-03-29T09:00:00.000Z',
      },
    ]);
    await analyzeStoredArticle(t.store, pages, late);
    const after = (await get(ANALYST, week)).body;
    expect(after.totals.articles.current).toBe(before.totals.articles.current + 1);
    // 29 March WIB is the fifth local day of the week.
    expect(after.volume[4].articles).toBe(before.volume[4].articles + 1);
    expect(after.totals.outlets.current).toBe(3);
    expect(after.outlets.map((o: Json) => o.name)).toContain('Kabar Baru');

    // 10.00–15.00 WIB on 29 March: the whole of 29 March, its budget story and the late flood story.
    const part = await get(ANALYST, 'from=2026-03-29T03:00:00Z&to=2026-03-29T08:00:00Z');
    expect(part.body.period).toMatchObject({
      from: '2026-03-28T17:00:00.000Z',
      to: '2026-03-29T17:00:00.000Z',
    });
    expect(part.body.totals.articles.current).toBe(2);
  });

  test('the background job builds only the days that changed since it last ran', async () => {
    const now = new Date('2026-04-05T00:00:00Z');
    expect(await refreshDashboardDays(t.store, now)).toBeGreaterThan(0);
    expect(await refreshDashboardDays(t.store, now)).toBe(0);
    // A correction to the 27 March market story: that one day is built again, and the view shows it.
    const res = await fetch(`${base}/api/v1/articles/${ids[2]}/corrections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ANALYST}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tone: 'positif' }),
    });
    expect(res.status).toBe(201);
    expect(await refreshDashboardDays(t.store, now)).toBe(1);
    const after = (await get(ANALYST, week)).body;
    expect(after.volume[2].articles).toBe(1);
    expect(after.totals.positive.current).toBeGreaterThan(0);
  });

  test('a summary stored by an older release is built again, by the job and by a view', async () => {
    const now = new Date('2026-04-05T00:00:00Z');
    await refreshDashboardDays(t.store, now);
    const before = (await get(ANALYST, week)).body;
    // What an earlier release left for 27 March: current by version, but of an older format.
    const old = JSON.stringify({ format: 2, offsetMinutes: 420, articles: 99 });
    await t.store.db
      .updateTable('dashboard_day')
      .set({ summary: old })
      .where('workspace_id', '=', workspaceId)
      .where('day', '=', '2026-03-27')
      .execute();
    // The upgraded process starts with nothing in memory: a second handle on the same database.
    const upgraded = await openStore({ dataDir: t.dataDir, databaseUrl: t.databaseUrl ?? undefined });
    try {
      expect(await refreshDashboardDays(upgraded, now)).toBe(1);
      await upgraded.db
        .updateTable('dashboard_day')
        .set({ summary: old })
        .where('workspace_id', '=', workspaceId)
        .where('day', '=', '2026-03-27')
        .execute();
      const view = await workspaceDashboard(upgraded, {
        workspace: 'sukamaju',
        from: FROM,
        to: TO,
        interval: 'day',
      });
      // The same figures as before the upgrade, not the old summary's 99 articles.
      expect(view.totals.articles).toEqual(before.totals.articles);
      expect(view.volume.map((v) => v.articles)).toEqual(before.volume.map((v: Json) => v.articles));
    } finally {
      await upgraded.close();
    }
  });
});

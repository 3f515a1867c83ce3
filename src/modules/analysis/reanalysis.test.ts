// Re-analysis from the web app over real HTTP on both stores: staff ask for a run, a second ask
// waits its turn (409), and the worker's job analyses the stored articles again so a subject added
// after the first analysis now finds an old article; viewers and other workspaces stay out. A run
// whose worker died (its heartbeat went quiet) goes back to the queue and is finished from where it
// stopped; a run whose worker is alive is left to it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { handle } from '../../kernel/jobs/definitions.ts';
import { openMemoryQueue } from '../../kernel/jobs/memory-queue.ts';
import { createPageAnalyser, type PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from './analysis.service.ts';
import { reanalyzeWorkspaceJob } from './reanalysis.jobs.ts';
import { enqueueReanalysisRuns, HEARTBEAT_STALE_MS, runReanalysis } from './reanalysis.service.ts';
import { takeRun, writeRunProgress } from './reanalysis-runs.repo.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const OLD_NEWS = [
  {
    url: 'https://berita.test/jembatan',
    title: 'Jembatan Cikapundung Retak, Warga Khawatir',
    text: 'Jembatan Cikapundung di Kelurahan Tamansari retak di beberapa bagian. Dinas PUPR berjanji memperbaikinya pekan depan.',
  },
  {
    url: 'https://berita.test/pasar',
    title: 'Pasar Baru Diresmikan',
    text: 'Wali Kota meresmikan Pasar Baru yang telah direvitalisasi. Pedagang menyambut baik los yang lebih bersih.',
  },
  {
    url: 'https://berita.test/rapat',
    title: 'DPRD Bahas Anggaran',
    text: 'DPRD menggelar rapat paripurna pembahasan rancangan anggaran perubahan bersama para kepala dinas.',
  },
];

describe.each(DIALECTS)('re-analysis from the web app on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let pages: PageAnalyser;
  let base = '';
  let ANALYST = '';
  let VIEWER = '';
  let OUTSIDER = '';

  async function call(token: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    pages = createPageAnalyser({ processes: 0 });
    const ws = await buildWorkspace(t.store, { slug: 'bandung-uji' });
    const other = await buildWorkspace(t.store, { slug: 'lain-uji' });
    ANALYST = (await buildUser(t.store, { role: 'analyst', workspace: ws })).token;
    VIEWER = (await buildUser(t.store, { role: 'viewer', workspace: ws })).token;
    OUTSIDER = (await buildUser(t.store, { role: 'analyst', workspace: other })).token;
    // Collected and analysed before any subject existed: nothing matched them then.
    for (const id of await storeArticles(t.store, ws.id, OLD_NEWS))
      await analyzeStoredArticle(t.store, pages, id);
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await pages?.close();
    await t?.dispose();
  });

  test('a subject added later finds an old article once the queued run is worked', async () => {
    const added = await call(ANALYST, 'POST', '/api/v1/subjects', { name: 'Jembatan', query: 'jembatan' });
    expect(added.status).toBe(201);
    const subjectId = added.body.subject.id as number;
    const before = await call(ANALYST, 'GET', `/api/v1/articles?subject=${subjectId}`);
    expect(before.body.results).toEqual([]);

    expect((await call(ANALYST, 'GET', '/api/v1/analysis/reanalyze')).body).toEqual({ run: null });
    const asked = await call(ANALYST, 'POST', '/api/v1/analysis/reanalyze', {});
    expect(asked.status).toBe(202);
    expect(asked.body.run).toMatchObject({ status: 'queued', done: 0, finishedAt: null, error: null });
    // A second ask while the first waits is refused (the problem's detail in the caller's language).
    const again = await call(ANALYST, 'POST', '/api/v1/analysis/reanalyze', {});
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Analisis ulang workspace ini sedang menunggu atau berjalan');
    // The request is in the audit trail, naming who asked.
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'record_id'])
      .where('action', '=', 'analysis.reanalyze')
      .execute();
    expect(audit).toEqual([{ action: 'analysis.reanalyze', record_id: String(asked.body.run.id) }]);

    // What the worker does with the job (progress written on every article here, to see it move).
    await runReanalysis(t.store, pages, asked.body.run.id, { progressEveryMs: 0 });

    const latest = await call(VIEWER, 'GET', '/api/v1/analysis/reanalyze');
    expect(latest.status).toBe(200);
    expect(latest.body.run).toMatchObject({ id: asked.body.run.id, status: 'done', error: null });
    expect(latest.body.run.total).toBe(OLD_NEWS.length);
    expect(latest.body.run.done).toBe(latest.body.run.total);
    expect(latest.body.run.startedAt).not.toBeNull();
    expect(latest.body.run.finishedAt).not.toBeNull();

    const after = await call(ANALYST, 'GET', `/api/v1/articles?subject=${subjectId}`);
    expect(after.body.results.map((r: Json) => r.article.url)).toEqual([OLD_NEWS[0].url]);

    // The run ended, so another may start; a duplicate job for the finished one changes nothing.
    await runReanalysis(t.store, pages, asked.body.run.id);
    const next = await call(ANALYST, 'POST', '/api/v1/analysis/reanalyze', {});
    expect(next.status).toBe(202);
    expect(next.body.run.id).not.toBe(asked.body.run.id);

    // The scheduler hands the waiting run to the queue once, however often it looks.
    const queue = openMemoryQueue();
    expect(await enqueueReanalysisRuns({ store: t.store, queue })).toBe(1);
    await enqueueReanalysisRuns({ store: t.store, queue });
    expect(queue.tally(reanalyzeWorkspaceJob.name).queued).toBe(1);
    await queue.close();
  });

  test('a run whose worker died goes back to the queue and is finished from where it stopped; a live one is left alone', async () => {
    const ws = await buildWorkspace(t.store, { slug: 'jantung-uji' });
    const { token } = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const ids = await storeArticles(
      t.store,
      ws.id,
      OLD_NEWS.map((a) => ({ ...a, url: `${a.url}-jantung` })),
    );
    for (const id of ids) await analyzeStoredArticle(t.store, pages, id);
    const analysedAt = async () =>
      (
        await t.store.db
          .selectFrom('article_analysis')
          .select(['article_id', 'analyzed_at'])
          .where('workspace_id', '=', ws.id)
          .orderBy('article_id')
          .execute()
      ).map((r) => String(r.analyzed_at));
    const before = await analysedAt();

    // A worker took the run, analysed the first article and died ten minutes ago.
    const dead = (await call(token, 'POST', '/api/v1/analysis/reanalyze', {})).body.run.id as number;
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    const gone = await takeRun(t.store, dead, longAgo);
    if (!gone) throw new Error('the run was not waiting');
    await writeRunProgress(t.store, dead, gone.claim, {
      done: 1,
      total: 3,
      resumeAfter: ids[0],
      at: longAgo,
    });
    expect((await call(token, 'GET', '/api/v1/analysis/reanalyze')).body.run).toMatchObject({
      status: 'running',
      done: 1,
    });

    const queue = openMemoryQueue();
    await enqueueReanalysisRuns({ store: t.store, queue });
    // Staff see it waiting for a worker again, with nothing lost.
    expect((await call(token, 'GET', '/api/v1/analysis/reanalyze')).body.run).toMatchObject({
      id: dead,
      status: 'queued',
      error: null,
    });
    const work = handle(reanalyzeWorkspaceJob, ({ runId }) =>
      runReanalysis(t.store, pages, runId, { progressEveryMs: 0 }),
    );
    await queue.work([work], { untilIdle: true });
    const finished = (await call(token, 'GET', '/api/v1/analysis/reanalyze')).body.run;
    expect(finished).toMatchObject({ id: dead, status: 'done', done: 3, total: 3, error: null });
    expect(finished.startedAt).toBe(longAgo);
    // Resumed after the article the dead worker had done: only the other two were analysed again.
    const after = await analysedAt();
    expect(after[0]).toBe(before[0]);
    expect(after.slice(1)).not.toEqual(before.slice(1));
    // The worker presumed dead, should it wake, can no longer write into the run.
    const late = { done: 2, total: 3, resumeAfter: ids[1], at: new Date().toISOString() };
    expect(await writeRunProgress(t.store, dead, gone.claim, late)).toBe(false);
    expect((await call(token, 'GET', '/api/v1/analysis/reanalyze')).body.run).toMatchObject({ done: 3 });

    // A run whose worker beat a minute ago is its worker's: the scheduler leaves it running.
    const alive = (await call(token, 'POST', '/api/v1/analysis/reanalyze', {})).body.run.id as number;
    const recently = new Date(Date.now() - 60_000).toISOString();
    const held = await takeRun(t.store, alive, recently);
    if (!held) throw new Error('the run was not waiting');
    await writeRunProgress(t.store, alive, held.claim, {
      done: 1,
      total: 3,
      resumeAfter: ids[0],
      at: recently,
    });
    expect(HEARTBEAT_STALE_MS).toBeGreaterThan(60_000);
    const queued = queue.tally(reanalyzeWorkspaceJob.name).queued;
    await enqueueReanalysisRuns({ store: t.store, queue });
    expect(queue.tally(reanalyzeWorkspaceJob.name).queued).toBe(queued);
    // Nor does a duplicate job of it take it from its worker.
    await runReanalysis(t.store, pages, alive);
    expect((await call(token, 'GET', '/api/v1/analysis/reanalyze')).body.run).toMatchObject({
      id: alive,
      status: 'running',
      done: 1,
    });
    expect(
      await writeRunProgress(t.store, alive, held.claim, { ...late, at: new Date().toISOString() }),
    ).toBe(true);
    await queue.close();
  });

  test('a viewer cannot start a run, and another workspace sees none of this one', async () => {
    const refused = await call(VIEWER, 'POST', '/api/v1/analysis/reanalyze', {});
    expect(refused.status).toBe(403);
    const outside = await call(OUTSIDER, 'GET', '/api/v1/analysis/reanalyze');
    expect(outside.status).toBe(200);
    expect(outside.body).toEqual({ run: null });
    // Nor can its people name this workspace to read it.
    const named = await call(OUTSIDER, 'GET', '/api/v1/analysis/reanalyze?workspace=bandung-uji');
    expect([403, 404]).toContain(named.status);
  });
});

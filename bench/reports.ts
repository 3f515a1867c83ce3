// SOP A at an office's scale (issue 11): drafting and exporting a monthly monitoring report over
// 20,000 articles (PDF + DOCX + XLSX, target ≤ 5 s), and the inbox and a case page over HTTP with
// 10,000 cases in the store (p95 target ≤ 100 ms, one request at a time, as one person reads).
//   node --import tsx bench/reports.ts [sqlite|postgres]
//   npm run bench -- --only reports
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Ctx, createCtx, systemCtx } from '../src/kernel/ctx.ts';
import { openStore } from '../src/kernel/db/connect.ts';
import { buildApp } from '../src/main/app.ts';
import { refreshDashboardDays } from '../src/modules/dashboard/dashboard.service.ts';
import { reportFile } from '../src/modules/reports/report-files.service.ts';
import { draftReport } from '../src/modules/reports/reports.service.ts';
import { actOnCase, startCase } from '../src/modules/sop-cases/sop-cases.service.ts';
import { actorOf } from '../src/modules/users/accounts.ts';
import { createToken } from '../src/modules/users/tokens.service.ts';
import { createUser } from '../src/modules/users/users.service.ts';
import { findWorkspaceBySlug } from '../src/modules/workspaces/workspaces.service.ts';
import { p95, scratchDatabase } from './bench-support.ts';
import { generateWebStore } from './web-store.repo.ts';

const ARTICLES = Number(process.env.PANTAU_BENCH_REPORT_ARTICLES ?? 20_000);
const CASES = Number(process.env.PANTAU_BENCH_CASES ?? 10_000);
const REQUESTS = 200;

async function person(store: Parameters<typeof systemCtx>[0], role: 'analyst' | 'reviewer', email: string) {
  const { user } = await createUser(systemCtx(store), {
    email,
    name: email.split('@')[0],
    role,
    workspace: 'beban',
  });
  const actor = await actorOf(store, user.id, 'cli');
  if (!actor) throw new Error('bench user not created');
  const ws = await findWorkspaceBySlug(store, 'beban');
  const ctx = createCtx(store, { actor, workspace: ws });
  return { ctx, token: (await createToken(ctx, { name: 'bench' })).token };
}

async function timedGets(base: string, token: string, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

export async function bench(opts: { dataDir?: string; database?: 'sqlite' | 'postgres' } = {}) {
  const database = opts.database ?? 'sqlite';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-reports-'));
  const pgDatabase = database === 'postgres' ? await scratchDatabase() : null;
  try {
    const store = await openStore({ dataDir, databaseUrl: pgDatabase?.url });
    // A month of news ending yesterday, summarised as the worker's dashboard job leaves it.
    const now = new Date('2026-12-01T01:00:00Z');
    await generateWebStore(store, { articles: ARTICLES, now, days: 30 });
    await refreshDashboardDays(store, now);
    const analyst = await person(store, 'analyst', 'analis@beban.example');
    const reviewer = await person(store, 'reviewer', 'pemeriksa@beban.example');

    const started = performance.now();
    const drafted = await draftReport(analyst.ctx, { fromDay: '2026-11-01', toDay: '2026-11-30' });
    const draftMs = performance.now() - started;
    const sizes: Record<string, number> = {};
    const renderMs: Record<string, number> = {};
    for (const kind of ['pdf', 'docx', 'xlsx'] as const) {
      const t = performance.now();
      sizes[kind] = (await reportFile(analyst.ctx, drafted.id, kind)).bytes.length;
      renderMs[kind] = Math.round(performance.now() - t);
    }
    const totalSeconds = Math.round((performance.now() - started) / 100) / 10;

    // 10,000 cases, a tenth of them at the reviewer's step: the reviewer's inbox holds the 200 most urgent.
    const casesStarted = performance.now();
    let atReviewer = 0;
    for (let i = 0; i < CASES; i++) {
      const c = await startCase(analyst.ctx, { sop: 'sop-a', title: `Laporan ${i + 1}` });
      if (i % 10 === 0) {
        await actOnCase(analyst.ctx as Ctx, c.id, { type: 'complete' });
        atReviewer++;
      }
    }
    const casesSeconds = Math.round((performance.now() - casesStarted) / 1000);
    const app = await buildApp({ store, webApp: false });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const inbox = await timedGets(base, reviewer.token, '/api/v1/inbox?workspace=beban');
      const casePage = await timedGets(
        base,
        reviewer.token,
        `/api/v1/sop-cases/${drafted.caseId}?workspace=beban`,
      );
      const caseList = await timedGets(base, reviewer.token, '/api/v1/sop-cases?workspace=beban&status=open');
      return {
        database,
        articles: ARTICLES,
        annexRows: drafted.annexRows,
        draftMs: Math.round(draftMs),
        renderMs,
        bytes: sizes,
        draftAndExportSeconds: totalSeconds,
        targetSeconds: 5,
        cases: CASES,
        casesAtReviewer: atReviewer,
        casesSeconds,
        inboxP95Ms: p95(inbox),
        casePageP95Ms: p95(casePage),
        caseListP95Ms: p95(caseList),
        targetMs: 100,
      };
    } finally {
      await app.close();
      await store.close();
    }
  } finally {
    await pgDatabase?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
  console.log(JSON.stringify(await bench({ database })));
}

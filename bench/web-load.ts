// The web app's API under load: a store of PANTAU_BENCH_ARTICLES articles (1,000,000 by default),
// `pantau serve` on it, and 50 concurrent users (autocannon) on the dashboard, a search and article
// pages, each for a while; p95 from every response's own time. Targets (issue 10): dashboard ≤ 150 ms,
// search ≤ 100 ms, article ≤ 50 ms, on SQLite and on PostgreSQL.
//   node --import tsx bench/web-load.ts [sqlite|postgres]
//   npm run bench -- --only web        (PANTAU_BENCH_ARTICLES=100000 for a quicker look)
// A load on a slow endpoint leaves the server a backlog of requests autocannon has given up on;
// `settle` waits it out so it does not count in the next load (this was the "hang" of early runs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createCtx, systemCtx } from '../src/kernel/ctx.ts';
import { openStore } from '../src/kernel/db/connect.ts';
import { refreshDashboardDays } from '../src/modules/dashboard/dashboard.service.ts';
import { actorOf } from '../src/modules/users/accounts.ts';
import { createToken } from '../src/modules/users/tokens.service.ts';
import { createUser } from '../src/modules/users/users.service.ts';
import { p95, scratchDatabase } from './bench-support.ts';
import { startServe } from './serve-process.ts';
import { COMMON_WORDS, type GeneratedStore, generateWebStore, VOCAB } from './web-store.repo.ts';

const ARTICLES = Number(process.env.PANTAU_BENCH_ARTICLES ?? 1_000_000);
const SECONDS = Number(process.env.PANTAU_BENCH_LOAD_SECONDS ?? 20);
const USERS = 50;

/**
 * Waits until the server answers quickly again: requests a load gave up on are still worked off
 * (in Node, and in PostgreSQL's backends), and must not count in the next load. The probe reads
 * the store (a health check would slip in between the leftover queries), three times running.
 */
async function settle(base: string, token: string): Promise<void> {
  let quick = 0;
  for (let i = 0; i < 600 && quick < 3; i++) {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/articles/1`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    quick = performance.now() - started < 50 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** One request's time, start to full body. */
async function timed(base: string, token: string, path: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return Math.round(performance.now() - started);
}

async function load(base: string, token: string, paths: () => string) {
  await settle(base, token);
  console.error(`[web-load] ${paths()} — ${USERS} users, ${SECONDS} s`);
  const times: number[] = [];
  let failed = 0;
  const run = autocannon({
    url: base,
    connections: USERS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
  run.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) times.push(ms);
    else failed++;
  });
  const result = await run;
  return {
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
    p95Ms: p95(times),
  };
}

/**
 * The loads on a running `pantau serve` over a generated store (also run by hand on a store kept
 * between runs: generating a million articles takes minutes).
 */
export async function measure(base: string, token: string, built: GeneratedStore) {
  const span = built.lastArticleId - built.firstArticleId + 1;
  // The first view reads and parses the 60 stored days of 30 days and the 30 before.
  const firstView = await timed(base, token, '/api/v1/dashboard?interval=day');
  const secondView = await timed(base, token, '/api/v1/dashboard?interval=day');
  // A word of nearly every article: the worst case, timed alone (its page, then its counts), before
  // any load: requests a load gave up on are still worked off after it, and would be timed too.
  const common = encodeURIComponent(COMMON_WORDS[0]);
  const commonWordPageMs = await timed(
    base,
    token,
    `/api/v1/articles?q=${common}&limit=20&facets=0&sort=newest`,
  );
  const commonWordCountsMs = await timed(base, token, `/api/v1/articles?q=${common}&limit=1`);
  const dashboard = await load(base, token, () => '/api/v1/dashboard?interval=day');
  // Everyone on a different view: 7, 30 or 90 days ending on one of the last 30 days, some of
  // the subjects — each answered from the day summaries, not from a view computed before.
  const day = (back: number) => new Date(built.now.getTime() - back * 86_400_000).toISOString();
  const dashboardViews = await load(base, token, () => {
    const end = Math.floor(Math.random() * 30);
    const length = [7, 30, 90][Math.floor(Math.random() * 3)];
    const subjects = built.subjects.filter(() => Math.random() < 0.6);
    return `/api/v1/dashboard?from=${day(end + length)}&to=${day(end)}${subjects.length ? `&subjects=${subjects.join(',')}` : ''}`;
  });
  // Two topic words, different for each request (each topic word is in about 5 % of articles),
  // asked as the web app asks: a page of results, newest first, and apart from it the total and
  // facets. The most relevant page (the other order the app offers) is measured beside it.
  const topic = () => VOCAB[Math.floor(Math.random() * VOCAB.length)];
  const words = () => encodeURIComponent(`${topic()} ${topic()}`);
  const search = await load(base, token, () => `/api/v1/articles?q=${words()}&limit=20&facets=0&sort=newest`);
  const searchByRelevance = await load(
    base,
    token,
    () => `/api/v1/articles?q=${words()}&limit=20&facets=0&sort=relevance`,
  );
  const searchCounts = await load(base, token, () => `/api/v1/articles?q=${words()}&limit=1`);
  const article = await load(
    base,
    token,
    () => `/api/v1/articles/${built.firstArticleId + Math.floor(Math.random() * span)}`,
  );
  return {
    users: USERS,
    secondsEach: SECONDS,
    dashboardFirstViewMs: firstView,
    dashboardSecondViewMs: secondView,
    dashboard: { ...dashboard, targetMs: 150 },
    dashboardVariedViews: { ...dashboardViews, targetMs: 150 },
    search: { ...search, targetMs: 100 },
    searchByRelevance,
    searchCounts,
    commonWordPageMs,
    commonWordCountsMs,
    article: { ...article, targetMs: 50 },
  };
}

// `dataDir` from `npm run bench` is the third-party data folder: read-only here, the store is generated.
export async function bench(opts: { dataDir?: string; database?: 'sqlite' | 'postgres' } = {}) {
  const database = opts.database ?? 'sqlite';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-web-load-'));
  const pgDatabase = database === 'postgres' ? await scratchDatabase() : null;
  try {
    const store = await openStore({ dataDir, databaseUrl: pgDatabase?.url });
    const started = performance.now();
    const built = await generateWebStore(store, { articles: ARTICLES });
    const generateSeconds = Math.round((performance.now() - started) / 1000);
    // What the worker's dashboard job does after an upgrade or an import: build the day summaries of
    // the last two years (from then on it builds only the days that change).
    const buildStarted = performance.now();
    const dashboardDaysBuilt = await refreshDashboardDays(store, built.now);
    const dashboardDaysBuildSeconds = Math.round((performance.now() - buildStarted) / 1000);
    const { user } = await createUser(systemCtx(store), {
      email: 'beban@pemkot.example',
      name: 'Beban',
      role: 'analyst',
      workspace: 'beban',
    });
    const actor = await actorOf(store, user.id, 'cli');
    if (!actor) throw new Error('bench user not created');
    const { token } = await createToken(createCtx(store, { actor }), { name: 'beban' });
    await store.close();

    const serve = await startServe({
      ...process.env,
      PANTAU_DATA_DIR: dataDir,
      ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
      PANTAU_LOG_LEVEL: 'warn',
    });
    try {
      return {
        database,
        articles: ARTICLES,
        generateSeconds,
        dashboardDaysBuilt,
        dashboardDaysBuildSeconds,
        ...(await measure(serve.base, token, built)),
      };
    } finally {
      await serve.stop();
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

// Issue 8's hostile crawl: `pantau serve` collects a 20-outlet loopback news network beside a
// hostile site (compression bombs, entity attacks, giant sitemaps, trickling and hanging servers),
// while GET /healthz is timed. Targets, the issue's: every good article collected, peak RSS
// ≤ 400 MB per process, /healthz p99 ≤ 50 ms meanwhile.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHostileSite } from '../fixtures/hostile-site.ts';
import { startNewsNetwork } from '../fixtures/news-network.ts';
import { benchEnv, expectSuccess, runCli, treeRssMb } from './crawl-process.ts';
import { parseJsonLines } from './crawl-score.ts';
import { watchCrawl } from './crawl-watch.ts';
import { startHealthzProbe, summariseProbes } from './healthz-probe.ts';
import { startServe } from './serve-process.ts';

export interface HostileBenchOptions {
  dataDir: string;
  outlets?: number;
  articlesPerOutlet?: number;
}

const TARGET_RSS_MB = 400;
const TARGET_P99_MS = 50;
const TIMEOUT_MS = Number(process.env.BENCH_HOSTILE_TIMEOUT_MS ?? 10 * 60_000);
/** Watched at least this long, so the hostile sources are met over more than one poll. */
const MIN_WATCH_MS = Number(process.env.BENCH_HOSTILE_MIN_MS ?? 2 * 60_000);
/** The idle server is probed this long first: what the machine allows at the moment, for comparison. */
const IDLE_MS = 15_000;
const ADMIN_PASSWORD = 'bangku-taman-hujan-sore-71';

interface Candidate {
  url: string;
  name: string;
  kind: string;
}

/** Adds each source with the CLI; a refusal is a result, kept with the command's message. */
async function addSources(env: NodeJS.ProcessEnv, candidates: Candidate[]) {
  const added: (Candidate & { id: number })[] = [];
  const refused: (Candidate & { message: string })[] = [];
  for (const c of candidates) {
    const run = await runCli(['sources', 'add', c.url, '--name', c.name, '--type', c.kind], env);
    const id = /Sumber #(\d+) ditambahkan/.exec(run.stdout);
    if (run.code === 0 && id) added.push({ ...c, id: Number(id[1]) });
    else refused.push({ ...c, message: (run.stderr || run.stdout).trim() });
  }
  return { added, refused };
}

/** /healthz of the same server with nothing to crawl yet. */
async function idleHealthz(env: NodeJS.ProcessEnv) {
  const server = await startServe(env);
  const probe = startHealthzProbe(`${server.base}/healthz`);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const { healthzCount, healthzP50Ms, healthzP99Ms, healthzMaxMs } = summariseProbes(await probe.stop());
  await server.stop();
  return { count: healthzCount, p50Ms: healthzP50Ms, p99Ms: healthzP99Ms, maxMs: healthzMaxMs };
}

interface ListedSource {
  id: number;
  url: string;
  lastError: string | null;
  lastPolledAt: string | null;
  consecutiveFailures: number;
  articleCount: number;
  failedCount: number;
  unvisitedUrls: number;
}

export async function bench(opts: HostileBenchOptions): Promise<Record<string, unknown>> {
  const outlets = opts.outlets ?? 20;
  const articlesPerOutlet = opts.articlesPerOutlet ?? 100;
  const network = await startNewsNetwork({ outlets, articlesPerOutlet, seed: 1 });
  const site = await startHostileSite();
  const scratch = await mkdtemp(join(tmpdir(), 'pantau-bench-hostile-'));
  try {
    const env = benchEnv(join(scratch, 'data'), {
      PANTAU_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PANTAU_LOG_LEVEL: 'warn',
    });
    const workspace = [
      'workspace',
      'create',
      '--name',
      'Pemerintah Kota Sukamaju',
      '--region',
      'Kota Sukamaju',
    ];
    expectSuccess(await runCli(workspace, env));
    const idle = await idleHealthz(env);
    const good = await addSources(
      env,
      network.outlets.map((o) => ({ url: o.feedUrl, name: o.name, kind: 'feed' })),
    );
    if (good.refused.length > 0) throw new Error(`good feeds refused: ${JSON.stringify(good.refused)}`);
    const hostile = await addSources(env, site.sources);
    const token = expectSuccess(
      await runCli(['tokens', 'create', '--name', 'bench hostile'], env),
    ).stdout.trim();
    const expected = network.articles.filter((a) => !a.disallowed);

    const loadBefore = loadavg();
    const spawned = performance.now();
    const server = await startServe(env);
    const listeningSeconds = Math.round((performance.now() - spawned) / 100) / 10;
    const probe = startHealthzProbe(`${server.base}/healthz`);
    const measure = async () => {
      const watched = await watchCrawl({
        base: server.base,
        token,
        goodIds: new Set(good.added.map((s) => s.id)),
        otherIds: new Set(hostile.added.map((s) => s.id)),
        expectedGood: expected.length,
        deadline: spawned + TIMEOUT_MS,
        notBefore: spawned + MIN_WATCH_MS,
        since: spawned,
        stopEarly: () => server.exitedEarly(),
        rssMb: () => (server.running.child.pid ? treeRssMb(server.running.child.pid) : 0),
      });
      const watchedSeconds = Math.round((performance.now() - spawned) / 100) / 10;
      return { watched, watchedSeconds, probes: summariseProbes(await probe.stop()) };
    };
    // Whatever fails while it runs, the server is stopped before the error goes on.
    const { watched, watchedSeconds, probes } = await measure().catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    const crashed = server.exitedEarly();
    const stopped = await server.stop();
    const loadAfter = loadavg();

    // Read with the CLI once the server has stopped, so the reads cost it nothing.
    const listed = JSON.parse(
      expectSuccess(await runCli(['sources', 'list', '--json'], env)).stdout,
    ) as ListedSource[];
    const exported = parseJsonLines(expectSuccess(await runCli(['export', '--format', 'jsonl'], env)).stdout);
    const stored = new Set(exported.map((a) => a.url));
    const missing = expected.filter((a) => !stored.has(a.url));
    const byId = new Map(listed.map((s) => [s.id, s]));

    const errors: string[] = [];
    if (crashed)
      errors.push(
        `serve exited on its own (${stopped.run.code ?? stopped.run.signal}): ${tail(stopped.run.stderr)}`,
      );
    if (missing.length > 0)
      errors.push(
        `${missing.length} of ${expected.length} good articles not collected within ${watchedSeconds} s`,
      );
    if (probes.healthzP99Ms === null || probes.healthzP99Ms > TARGET_P99_MS)
      errors.push(`/healthz p99 ${probes.healthzP99Ms ?? 'unanswered'} ms > ${TARGET_P99_MS} ms`);
    if (stopped.run.processPeakRssMb > TARGET_RSS_MB)
      errors.push(`peak RSS of one process ${stopped.run.processPeakRssMb} MB > ${TARGET_RSS_MB} MB`);

    return {
      bench: 'hostile',
      outlets,
      articlesPerOutlet,
      goodArticlesExpected: expected.length,
      goodArticlesCollected: expected.length - missing.length,
      goodArticlesMissingSample: missing.slice(0, 5).map((a) => a.url),
      secondsToCollectGood: watched.goodSeconds,
      goodProgress: watched.progress,
      secondsUntilListening: listeningSeconds,
      secondsWatched: watchedSeconds,
      hostileNeverPolled: watched.neverPolled.map((id) => byId.get(id)?.url ?? id),
      failedApiReads: watched.failedReads,
      ...probes,
      idleHealthz: idle,
      peakRssMbTree: stopped.run.peakRssMb,
      peakRssMbMain: stopped.run.mainPeakRssMb,
      peakRssMbAnyProcess: stopped.run.processPeakRssMb,
      stopSeconds: stopped.stopSeconds,
      stopNeededSigkill: stopped.killed,
      exitCode: stopped.run.code,
      exitSignal: stopped.run.signal,
      goodSourcesWithErrors: good.added
        .map((s) => byId.get(s.id))
        .filter((s) => s?.lastError)
        .map((s) => ({ url: s?.url, lastError: s?.lastError })),
      hostileSources: hostile.added.map((s) => {
        const now = byId.get(s.id);
        return {
          name: s.name,
          path: new URL(s.url).pathname,
          threat: site.sources.find((h) => h.url === s.url)?.threat,
          polled: Boolean(now?.lastPolledAt),
          lastError: now?.lastError ?? null,
          consecutiveFailures: now?.consecutiveFailures,
          articles: now?.articleCount,
          failedArticles: now?.failedCount,
          unvisitedUrls: now?.unvisitedUrls,
        };
      }),
      refusedAtAdd: hostile.refused.map((r) => ({ name: r.name, url: r.url, message: r.message })),
      hostileHostArticlesStored: exported.filter((a) => a.url.startsWith(site.origin)).length,
      hostileRequests: site.requests(),
      loadAverage: { before: loadBefore.map(round2), after: loadAfter.map(round2) },
      errors,
    };
  } finally {
    await network.close();
    await site.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const tail = (text: string) => text.trim().split('\n').slice(-10).join('\n');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // node --import tsx bench/hostile.ts
  const dataDir = join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  bench({ dataDir })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}

// End-to-end crawl benchmark: the CLI crawls a 20-outlet loopback news network (SQLite, or PostgreSQL with two workers).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startNewsNetwork } from '../fixtures/news-network.ts';
import { benchEnv, expectSuccess, runCli } from './crawl-process.ts';
import { parseJsonLines, scoreCrawl, summariseRequests } from './crawl-score.ts';

export interface CrawlBenchOptions {
  dataDir: string;
  database?: 'sqlite' | 'postgres';
  outlets?: number;
  articlesPerOutlet?: number;
}

const CRAWL_TIMEOUT_MS = Number(process.env.BENCH_CRAWL_TIMEOUT_MS ?? 30 * 60_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway PostgreSQL database beside the admin one; dropped when the bench ends. */
async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pantau_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function bench(opts: CrawlBenchOptions): Promise<Record<string, unknown>> {
  const database = opts.database ?? 'sqlite';
  const outlets = opts.outlets ?? 20;
  const articlesPerOutlet = opts.articlesPerOutlet ?? 500;
  const network = await startNewsNetwork({ outlets, articlesPerOutlet, seed: 1 });
  const scratch = await mkdtemp(join(tmpdir(), 'pantau-bench-crawl-'));
  const pgDatabase = database === 'postgres' ? await createScratchDatabase() : undefined;
  try {
    const env = benchEnv(join(scratch, 'data'));
    if (pgDatabase) env.DATABASE_URL = pgDatabase.url;

    expectSuccess(
      await runCli(['workspace', 'create', '--name', 'Pemerintah Kota Bench', '--region', 'Kota Bench'], env),
    );
    for (const outlet of network.outlets) {
      expectSuccess(
        await runCli(['sources', 'add', outlet.feedUrl, '--name', outlet.name, '--type', 'feed'], env),
      );
    }

    const workers = database === 'postgres' ? 2 : 1;
    const started = performance.now();
    const runs = await Promise.all(
      Array.from({ length: workers }, () =>
        runCli(['crawl', '--once'], env, { timeoutMs: CRAWL_TIMEOUT_MS, sampleMemory: true }),
      ),
    );
    const crawlSeconds = (performance.now() - started) / 1000;
    // A worker that fails or hangs is reported, but what the others stored is still measured.
    const errors = runs.flatMap((run) => {
      try {
        expectSuccess(run);
        return [];
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
    });

    const exported = parseJsonLines(expectSuccess(await runCli(['export', '--format', 'jsonl'], env)).stdout);
    const score = scoreCrawl(network, exported);
    // Re-analysis of everything stored (what an office runs after a lexicon or rules change).
    const reanalysis = await runCli(['reanalyze'], env, { timeoutMs: CRAWL_TIMEOUT_MS, sampleMemory: true });
    expectSuccess(reanalysis);
    const issues = parseJsonLines(
      expectSuccess(
        await runCli(['issues', 'list', '--json', '--days', '3650', '--min', '1', '--limit', '1000000'], env),
      ).stdout,
    ) as unknown as { articleCount: number }[];
    return {
      bench: `crawl-${database}`,
      outlets,
      articlesPerOutlet,
      pages: network.articles.length,
      workers,
      crawlSeconds: Math.round(crawlSeconds * 10) / 10,
      ...(workers > 1 ? { workerSeconds: runs.map((r) => Math.round(r.elapsedMs / 100) / 10) } : {}),
      articlesPerSecond: Math.round((score.articlesStored / crawlSeconds) * 10) / 10,
      peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
      ...(workers > 1 ? { peakRssMbPerWorker: runs.map((r) => r.peakRssMb) } : {}),
      ...score,
      reanalyzeSeconds: Math.round(reanalysis.elapsedMs / 100) / 10,
      reanalyzeArticlesPerSecond: Math.round((score.articlesStored / reanalysis.elapsedMs) * 10_000) / 10,
      reanalyzePeakRssMb: reanalysis.peakRssMb,
      // Every stored article is filed into exactly one issue as it is analysed.
      issues: issues.length,
      articlesInIssues: issues.reduce((n, i) => n + i.articleCount, 0),
      issuesWith2PlusArticles: issues.filter((i) => i.articleCount >= 2).length,
      largestIssueArticles: Math.max(0, ...issues.map((i) => i.articleCount)),
      ...summariseRequests(network, network.requests()),
      crawlerSummary: runs.map((r) => r.stdout.trim().split('\n').at(-1) ?? ''),
      errors,
    };
  } finally {
    await network.close();
    await rm(scratch, { recursive: true, force: true });
    await pgDatabase?.drop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // node --import tsx bench/crawl.ts [sqlite|postgres]
  const database = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
  const dataDir = join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  bench({ dataDir, database })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}

// A crawl killed with SIGKILL half-way loses nothing and duplicates nothing once restarted, and
// on PostgreSQL two crawlers running at once share the work without fetching a page twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { type NewsNetwork, startNewsNetwork } from '../fixtures/news-network.ts';
import { openStore } from '../src/kernel/db/connect.ts';
import { countArticles } from '../src/modules/articles/articles.repo.ts';
import { createWorkspace, jsonLines, runCli, startCli } from './support/cli.ts';
import { createThrowawayDatabase } from './support/stores.ts';

let network: NewsNetwork | null = null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await network?.close();
  network = null;
  for (const c of cleanups.splice(0)) await c();
});

async function setup(databaseUrl?: string) {
  network = await startNewsNetwork({ outlets: 3, articlesPerOutlet: 120, seed: 11, wireShare: 0.2 });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-crash-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '15',
    PANTAU_HOST_CONCURRENCY: '2',
    PANTAU_EXTRACT_THREADS: '1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  await createWorkspace(env);
  for (const outlet of network.outlets) {
    expect((await runCli(['sources', 'add', outlet.feedUrl], env)).code).toBe(0);
  }
  return { env, dataDir };
}

function articlePageRequests(net: NewsNetwork): string[] {
  const pages = new Set(net.articles.map((a) => new URL(a.url).pathname));
  return net
    .requests()
    .filter((r) => pages.has(new URL(r.url, 'http://x').pathname))
    .map((r) => `${r.host}${r.url}`);
}

test('kill -9 in the middle of a crawl: the restart completes it, nothing lost or doubled', {
  timeout: 120_000,
}, async () => {
  const { env, dataDir } = await setup();
  const net = network as NewsNetwork;
  const total = net.articles.length;
  const child = startCli(['crawl', '--once'], env);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const store = await openStore({ dataDir });
  let fetchedAtKill = 0;
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const counts = await countArticles(store);
      if (counts.fetched >= 40) {
        child.kill('SIGKILL');
        fetchedAtKill = counts.fetched;
        break;
      }
    }
    await exited;
  } finally {
    await store.close();
  }
  expect(fetchedAtKill).toBeLessThan(total);

  const rerun = await runCli(['crawl', '--once'], env);
  expect(rerun.code).toBe(0);
  const exported = jsonLines<{ url: string; storyId: number }>(
    (await runCli(['export', '--format', 'jsonl'], env)).stdout,
  );
  expect(exported).toHaveLength(total);
  expect(new Set(exported.map((a) => a.url)).size).toBe(total);
  expect(new Set(exported.map((a) => a.url))).toEqual(new Set(net.articles.map((a) => a.url)));

  const check = await openStore({ dataDir });
  try {
    const rows = await check.db.selectFrom('article').select(['id']).execute();
    expect(rows).toHaveLength(total);
    const stories = await check.db.selectFrom('story').select(['article_count']).execute();
    expect(stories.reduce((sum, s) => sum + Number(s.article_count), 0)).toBe(total);
  } finally {
    await check.close();
  }
});

test('two crawlers on PostgreSQL share the work and fetch each page once', { timeout: 120_000 }, async () => {
  const db = await createThrowawayDatabase();
  cleanups.push(db.drop);
  const { env } = await setup(db.url);
  const net = network as NewsNetwork;
  const [a, b] = await Promise.all([runCli(['crawl', '--once'], env), runCli(['crawl', '--once'], env)]);
  expect(a.code).toBe(0);
  expect(b.code).toBe(0);
  const exported = jsonLines<{ url: string }>((await runCli(['export', '--format', 'jsonl'], env)).stdout);
  expect(exported).toHaveLength(net.articles.length);
  const fetched = articlePageRequests(net);
  expect(fetched).toHaveLength(net.articles.length);
  expect(new Set(fetched).size).toBe(net.articles.length);
});

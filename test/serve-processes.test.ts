// `pantau serve` runs its crawl and its page analysis in child processes (each with its own memory):
// whatever way the server ends — stopped, or killed with SIGKILL — none of them is left behind
// holding memory or writing to the database, and a server started after a kill -9 takes the queue
// over and finishes the crawl.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { type NewsNetwork, startNewsNetwork } from '../fixtures/news-network.ts';
import { processTree } from '../fixtures/process-tree.ts';
import { createWorkspace, jsonLines, runCli, startCli } from './support/cli.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Every process under `root`. */
const descendants = (root: number) => processTree(root).slice(1);

/** A process that still runs (a zombie has ended; only its entry is left for its parent). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function startServer(env: Record<string, string>): Promise<{ server: ChildProcess; base: string }> {
  const server = startCli(['serve', '--port', '0'], env);
  return new Promise((resolve, reject) => {
    let said = '';
    server.stderr?.on('data', (d) => {
      said += d;
      const m = /berjalan di (http:\/\/\S+)/.exec(said);
      if (m) resolve({ server, base: m[1] as string });
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${said}`)));
  });
}

test('no process of the server outlives it, and a kill -9 is recovered by the next start', {
  timeout: 180_000,
}, async () => {
  const network: NewsNetwork = await startNewsNetwork({ outlets: 2, articlesPerOutlet: 60, seed: 5 });
  cleanups.push(() => network.close());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-serve-proc-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    // Slow enough that the crawl is still at work when the server is killed.
    PANTAU_HOST_DELAY_MS: '40',
    PANTAU_HOST_CONCURRENCY: '1',
    PANTAU_EXTRACT_THREADS: '1',
  };
  await createWorkspace(env);
  for (const outlet of network.outlets)
    expect((await runCli(['sources', 'add', outlet.feedUrl], env)).code).toBe(0);

  const first = await startServer(env);
  const firstPid = first.server.pid as number;
  // The crawl process and, once the first page is analysed, a page process under it.
  const children = await waitFor('the crawl and a page process', () => {
    const tree = descendants(firstPid).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('process-boot.js'),
    );
    return tree.length >= 2 && tree;
  });
  first.server.kill('SIGKILL');
  await waitFor(
    'every child of the killed server to end',
    () => children.every((pid) => !running(pid)),
    15_000,
  );

  const second = await startServer(env);
  const exported = () =>
    runCli(['export', '--format', 'jsonl'], env).then((r) => jsonLines<{ url: string }>(r.stdout));
  const deadline = Date.now() + 120_000;
  let stored = await exported();
  while (stored.length < network.articles.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    stored = await exported();
  }
  expect(new Set(stored.map((a) => a.url))).toEqual(new Set(network.articles.map((a) => a.url)));
  expect(stored).toHaveLength(network.articles.length);

  const secondChildren = descendants(second.server.pid as number);
  expect(secondChildren.length).toBeGreaterThanOrEqual(1);
  const exit = new Promise<number | null>((resolve) => second.server.once('exit', resolve));
  second.server.kill('SIGTERM');
  expect(await exit).toBe(0);
  await waitFor(
    'every child of the stopped server to end',
    () => secondChildren.every((pid) => !running(pid)),
    15_000,
  );
});

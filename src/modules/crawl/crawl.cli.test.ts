// `pantau crawl --once` as a newcomer meets it, on both stores: with every source unreachable it
// says so in readable lines (no JSON log lines on the terminal), counts the failed sources and
// exits non-zero; beside a running server (SQLite) it refuses, says what to do, and changes nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, startCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { addSource, listSources } from '../sources/sources.service.ts';
import { createWorkspace } from '../workspaces/workspaces.service.ts';

// Each `pantau` process takes seconds on a loaded machine.
const SLOW = { timeout: 240_000 };

/** A loopback port nothing listens on: what an offline machine or a down site looks like. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function setUp(dialect: (typeof DIALECTS)[number]) {
  const t = await openTestStore(dialect);
  const env = {
    PANTAU_DATA_DIR: t.dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_EXTRACT_THREADS: '1',
    ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
  };
  const ctx = systemCtx(t.store);
  await createWorkspace(ctx, { name: 'Pemerintah Kota Sukamaju', region: 'Kota Sukamaju', slug: 'sukamaju' });
  const port = await closedPort();
  await addSource(ctx, { url: `http://127.0.0.1:${port}/rss`, name: 'Warta Sukamaju' });
  await addSource(ctx, { url: `http://127.0.0.1:${port}/feed.xml`, name: 'Kabar Kota' });
  return { t, env };
}

describe.each(DIALECTS)('crawl --once with every source unreachable on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  beforeAll(async () => {
    ({ t, env } = await setUp(dialect));
  });
  afterAll(async () => t.dispose());

  test('names each failed source readably, counts them, and exits non-zero', SLOW, async () => {
    const crawl = await runCli(['crawl', '--once'], env);
    expect(crawl.code).toBe(1);
    const lines = `${crawl.stdout}${crawl.stderr}`.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
    expect(crawl.stderr).toMatch(
      /Sumber gagal: Warta Sukamaju \(http:\/\/127\.0\.0\.1:\d+\/rss\): network: .*ECONNREFUSED/,
    );
    expect(crawl.stderr).toContain('Sumber gagal: Kabar Kota');
    expect(crawl.stderr).not.toMatch(/robots_disallowed|belum boleh dirayapi/);
    expect(crawl.stdout).toContain('Sumber: 2 diperiksa, 2 gagal');
    expect(crawl.stderr).toContain('Semua 2 sumber gagal diambil');
    // The log lines went to the log file, where an operator looks for the details.
    expect(readFileSync(path.join(t.dataDir, 'pantau.log'), 'utf8')).toContain('"msg":"poll failed"');
  });
});

// The lock exists only for the embedded (SQLite) queue: on PostgreSQL several processes share pg-boss.
describe('crawl --once beside a running server (sqlite)', () => {
  let t: TestStore;
  let env: Record<string, string>;
  let holder: ChildProcess;
  beforeAll(async () => {
    ({ t, env } = await setUp('sqlite'));
    // A live process holding the queue's lock as `pantau serve` does (its pid and its command).
    holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
    writeFileSync(path.join(t.dataDir, 'worker.lock'), `${holder.pid}\nserve\n`);
  });
  afterAll(async () => {
    holder.kill();
    await t.dispose();
  });

  test('refuses, says the server already crawls and what to do, and changes nothing', SLOW, async () => {
    const before = await listSources(systemCtx(t.store));
    const crawl = await runCli(['crawl', '--once'], env);
    expect(crawl.code).toBe(1);
    expect(crawl.stderr).toContain('sedang berjalan dan sudah merayapi sumber sesuai jadwal');
    expect(crawl.stderr).toContain('Hentikan server dulu');
    expect(crawl.stderr).toContain('--no-workers');
    expect(crawl.stderr).not.toMatch(/\n\s+at /);
    const jobs = await t.store.db.selectFrom('job').select('name').execute();
    expect(jobs).toEqual([]);
    expect(await listSources(systemCtx(t.store))).toEqual(before);
  });

  test('a worker is refused the same way before its scheduler queues anything', SLOW, async () => {
    const before = await listSources(systemCtx(t.store));
    const worker = startCli(['worker'], env);
    // Were it not refused it would run until stopped: give it long enough to have queued its polls.
    const guard = setTimeout(() => worker.kill('SIGKILL'), 30_000);
    let stderr = '';
    worker.stderr?.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => worker.on('close', resolve));
    clearTimeout(guard);
    expect(code).toBe(1);
    expect(stderr).toContain('sedang berjalan dan sudah merayapi sumber sesuai jadwal');
    expect(await t.store.db.selectFrom('job').select('name').execute()).toEqual([]);
    expect(await listSources(systemCtx(t.store))).toEqual(before);
  });
});

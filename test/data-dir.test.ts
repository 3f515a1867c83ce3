// The data directory holds a government's monitoring priorities, its analysts' names and its
// settings: other local users of the server must not read it, whatever the umask of whoever
// started Pantau, and an installation made by an earlier, looser release is tightened at start.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_PASSWORD, BIN, runCli } from './support/cli.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pantau-modes-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

const mode = (file: string) => statSync(file).mode & 0o777;

/** `pantau …` started the way a careless shell would: umask 000, so nothing is private by default. */
function startWithOpenUmask(args: string[], env: Record<string, string>): ChildProcess {
  return spawn('sh', ['-c', 'umask 000; exec "$0" "$@"', process.execPath, BIN, ...args], {
    env: { ...process.env, PANTAU_LOG_LEVEL: 'warn', PANTAU_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

test('a new installation keeps its data directory 0700 and every file in it 0600', {
  timeout: 120_000,
}, async () => {
  const dataDir = path.join(root, 'baru', 'data');
  const server = startWithOpenUmask(['serve', '--port', '0'], { PANTAU_DATA_DIR: dataDir });
  try {
    await new Promise<void>((resolve, reject) => {
      let err = '';
      server.stderr?.on('data', (d) => {
        err += d;
        if (err.includes('berjalan di')) resolve();
      });
      server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    expect(mode(dataDir).toString(8)).toBe('700');
    // While the server runs, SQLite keeps its write-ahead log and shared memory beside the database,
    // and the embedded queue its lock.
    for (const name of ['pantau.db', 'pantau.db-wal', 'pantau.db-shm', 'worker.lock']) {
      const file = path.join(dataDir, name);
      expect(existsSync(file), name).toBe(true);
      expect(`${name} ${mode(file).toString(8)}`).toBe(`${name} 600`);
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
  }
});

test('an installation left readable by an earlier release is tightened at start, with a notice', {
  timeout: 120_000,
}, async () => {
  const dataDir = path.join(root, 'lama');
  const env = { PANTAU_DATA_DIR: dataDir };
  const made = await runCli(['workspace', 'create', '--name', 'Kota Lama', '--region', 'Lama'], env);
  expect(made.code, made.stderr).toBe(0);
  // What an earlier release left behind: world-readable directory, database and shared API token.
  writeFileSync(path.join(dataDir, 'api-token'), 'f3a9c1d27be84e6a90c5d1f8e2b7a4c6\n');
  mkdirSync(path.join(dataDir, 'cadangan'));
  chmodSync(dataDir, 0o755);
  for (const name of ['pantau.db', 'api-token']) chmodSync(path.join(dataDir, name), 0o644);
  chmodSync(path.join(dataDir, 'cadangan'), 0o755);

  const shown = await runCli(['alerts', 'settings'], env);
  expect(shown.code, shown.stderr).toBe(0);
  expect(mode(dataDir).toString(8)).toBe('700');
  expect(mode(path.join(dataDir, 'pantau.db')).toString(8)).toBe('600');
  expect(mode(path.join(dataDir, 'api-token')).toString(8)).toBe('600');
  expect(mode(path.join(dataDir, 'cadangan')).toString(8)).toBe('700');
  expect(shown.stderr).toContain(`Izin ${dataDir} diperketat`);
  expect(shown.stderr).toContain('permissions tightened');

  // Once tight, later starts say nothing.
  const again = await runCli(['alerts', 'settings'], env);
  expect(again.code).toBe(0);
  expect(again.stderr).not.toContain('diperketat');
});

// A secret configured for the installation (the shared API token of earlier releases, the default
// webhook signing secret) is refused at start when it is short enough to guess, with the minimum
// and a way to make a good one, before anything is opened or created.
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli, startCli } from './support/cli.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pantau-secrets-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

function expectRefusal(result: { code: number | null; stderr: string }, name: string) {
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(name);
  expect(result.stderr).toContain('minimal 32 karakter');
  expect(result.stderr).toContain('at least 32 characters');
  expect(result.stderr).toContain('openssl rand -hex 32');
  // One clear line, not a stack trace.
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

test('a one-character PANTAU_API_TOKEN stops the server before it opens anything', {
  timeout: 120_000,
}, async () => {
  const dataDir = path.join(root, 'token-env');
  // A server that starts anyway is stopped, so the test fails instead of hanging.
  const server = startCli(['serve', '--port', '0'], { PANTAU_DATA_DIR: dataDir, PANTAU_API_TOKEN: 'x' });
  let stderr = '';
  server.stderr?.on('data', (d) => {
    stderr += d;
    if (stderr.includes('berjalan di')) server.kill('SIGTERM');
  });
  const code = await new Promise<number | null>((r) => server.once('exit', (c) => r(c)));
  const served = { code, stderr };
  expectRefusal(served, 'PANTAU_API_TOKEN');
  expect(existsSync(dataDir)).toBe(false);
});

test('a guessable webhook secret from the environment is refused by commands too', {
  timeout: 120_000,
}, async () => {
  const dataDir = path.join(root, 'webhook-env');
  const checked = await runCli(['alerts', 'settings'], {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALERT_WEBHOOK_SECRET: 'rahasia',
  });
  expectRefusal(checked, 'PANTAU_ALERT_WEBHOOK_SECRET');
  // Thirty-two identical characters are as easy to guess as one.
  const repeated = await runCli(['alerts', 'settings'], {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALERT_WEBHOOK_SECRET: 'a'.repeat(40),
  });
  expect(repeated.code).toBe(2);
  expect(repeated.stderr).toContain('PANTAU_ALERT_WEBHOOK_SECRET');
  expect(repeated.stderr).toContain('openssl rand -hex 32');
});

test('a weak token in the api-token file of an earlier release is refused, naming the file', {
  timeout: 120_000,
}, async () => {
  const dataDir = path.join(root, 'token-file');
  const env = { PANTAU_DATA_DIR: dataDir };
  const made = await runCli(['workspace', 'create', '--name', 'Kota Lama', '--region', 'Lama'], env);
  expect(made.code, made.stderr).toBe(0);
  writeFileSync(path.join(dataDir, 'api-token'), '1234\n', { mode: 0o600 });
  const shown = await runCli(['alerts', 'settings'], env);
  expectRefusal(shown, path.join(dataDir, 'api-token'));
});

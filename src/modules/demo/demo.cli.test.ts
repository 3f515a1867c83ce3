// `pantau demo` as a new user runs it on a fresh install, at full size (90 days, seven outlets): it
// exits when the demo is collected, well within a minute, and prints the demo user's e-mail and
// one-time password; run again, it rebuilds the demo and gives the user a new password.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { openStore } from '../../kernel/db/connect.ts';
import { signIn } from '../users/auth.service.ts';
import type { DemoResult } from './demo.service.ts';

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-demo-'));
  env = { PANTAU_DATA_DIR: dataDir };
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

async function signsIn(email: string, password: string): Promise<boolean> {
  const store = await openStore({ dataDir });
  try {
    await signIn(store, { email, password, address: null, userAgent: 'vitest' });
    return true;
  } catch {
    return false;
  } finally {
    await store.close();
  }
}

describe('pantau demo', () => {
  let first: DemoResult;

  // How long it takes is measured by `npm run bench`, not asserted here.
  test('builds the full demo offline and prints the demo account', {
    timeout: 120_000,
  }, async () => {
    const run = await runCli(['demo', '--json'], env);
    expect(run.stderr).not.toContain('Galat');
    expect(run.code).toBe(0);
    first = JSON.parse(run.stdout) as DemoResult;
    expect(first.workspace.slug).toBe('demo-sukamaju');
    expect(first.collected).toBeGreaterThan(600);
    expect(first.collected).toBe(first.written);
    expect(first.outlets).toBe(7);
    expect(first.syndicatedStories).toBeGreaterThan(80);
    expect(first.issues).toBeGreaterThan(15);
    expect(first.alerts.some((a) => a.scope === 'issue' && ['siaga', 'krisis'].includes(a.level))).toBe(true);
    expect(first.account.email).toBe('demo@sukamaju.demo');
    expect(await signsIn(first.account.email, first.account.password)).toBe(true);
  });

  test('run again, it rebuilds the demo, says so, and prints a new one-time password', {
    timeout: 120_000,
  }, async () => {
    const run = await runCli(['demo'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Demo siap dalam [\d,]+ dtk — demo ready: workspace demo-sukamaju/);
    expect(run.stdout).toContain('dibangun ulang');
    expect(run.stdout).toMatch(/Artikel terkumpul \/ articles collected : \d{3} dari 7 media \(0 gagal\)/);
    expect(run.stdout).toMatch(/SIAGA · isu ".*Cibeureum/);
    expect(run.stdout).toContain('dinonaktifkan');
    expect(run.stdout).toContain('surel / e-mail : demo@sukamaju.demo');
    const password = /one-time password : (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password).not.toBe(first.account.password);
    expect(await signsIn('demo@sukamaju.demo', password)).toBe(true);
    expect(await signsIn('demo@sukamaju.demo', first.account.password)).toBe(false);
    // Progress went to stderr, step by step.
    expect(run.stderr).toContain('Menulis berita demo');
    expect(run.stderr).toContain('Memeriksa peringatan dini krisis');
    const listed = await runCli(['workspace', 'list'], env);
    expect(listed.stdout.match(/demo-sukamaju/g)).toHaveLength(1);
  });

  test('a slug that is not a demo workspace is refused, with a clear message', {
    timeout: 180_000,
  }, async () => {
    const made = await runCli(
      ['workspace', 'create', '--name', 'Pemkot Contoh', '--region', 'Kota Contoh', '--slug', 'contoh'],
      env,
    );
    expect(made.code).toBe(0);
    const run = await runCli(['demo', '--workspace', 'contoh'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bukan workspace demo');
  });
});

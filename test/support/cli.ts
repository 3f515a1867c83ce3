// Runs the `pantau` command the way a user does (node bin/pantau.js …) with a test environment.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/pantau.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The first administrator's password in tests (a real install prints a one-time one instead). */
export const ADMIN_PASSWORD = 'kata-sandi-admin-uji';
export const ADMIN_EMAIL = 'admin@pantau.local';

export function startCli(args: string[], env: Record<string, string>, stdin?: string): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PANTAU_LOG_LEVEL: 'warn', PANTAU_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(stdin ?? '');
  return child;
}

export function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, env, stdin);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `pantau workspace create` in a test's data directory: the first thing an office does. */
export async function createWorkspace(
  env: Record<string, string>,
  name = 'Pemerintah Kota Sukamaju',
  region = 'Kota Sukamaju',
): Promise<void> {
  const made = await runCli(['workspace', 'create', '--name', name, '--region', region], env);
  if (made.code !== 0) throw new Error(`workspace create failed: ${made.stderr}`);
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

// Builds the web app before the browser tests use it, once per run even when several test files
// ask at the same time (a lock directory: the second waits for the first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCK = path.join(ROOT, 'web', '.building');

export async function ensureWebBuilt(): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a run that died long ago is not waited on.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('web app build lock held too long');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'build-web.js')], { stdio: 'inherit', cwd: ROOT });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

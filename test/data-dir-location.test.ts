// Where the data lives does not depend on the folder a command is typed in: `npx pantau` from a
// sub-folder of the project uses the project's data.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../src/kernel/config.ts';

const repo = path.resolve(import.meta.dirname, '..');
let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pantau-where-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

/** The data directory a `pantau` process started in `cwd` would use, with no PANTAU_DATA_DIR. */
function dataDirSeenFrom(cwd: string, env: Record<string, string> = {}): Promise<string> {
  const script = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `const { loadConfig } = await import(${JSON.stringify(path.join(repo, 'src/kernel/config.ts'))});`,
    'process.stdout.write(loadConfig().dataDir);',
  ].join('\n');
  const { PANTAU_DATA_DIR: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    env: { ...inherited, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err)))),
  );
}

describe('the data directory is the project’s, not the current folder’s', () => {
  test('from a sub-folder of the project, or from anywhere else', { timeout: 60_000 }, async () => {
    expect(await dataDirSeenFrom(path.join(repo, 'src', 'modules'))).toBe(path.join(repo, 'data'));
    expect(await dataDirSeenFrom(root)).toBe(path.join(repo, 'data'));
  });

  test('PANTAU_DATA_DIR wins; a relative one is taken from the project too', {
    timeout: 60_000,
  }, async () => {
    const elsewhere = path.join(root, 'data-kota');
    expect(await dataDirSeenFrom(path.join(repo, 'src'), { PANTAU_DATA_DIR: elsewhere })).toBe(elsewhere);
    expect(await dataDirSeenFrom(path.join(repo, 'src'), { PANTAU_DATA_DIR: 'data-uji' })).toBe(
      path.join(repo, 'data-uji'),
    );
  });

  test('Pantau installed as a dependency keeps its data in the project that installed it', () => {
    const app = path.join(root, 'humas');
    const code = path.join(app, 'node_modules', 'pantau', 'src', 'kernel');
    mkdirSync(code, { recursive: true });
    writeFileSync(path.join(app, 'package.json'), '{"name":"humas-kota","dependencies":{"pantau":"*"}}');
    writeFileSync(path.join(app, 'node_modules', 'pantau', 'package.json'), '{"name":"pantau"}');
    expect(projectRoot(code)).toBe(app);
    // A checkout: the package itself is the project.
    const checkout = path.join(root, 'pantau-git');
    mkdirSync(path.join(checkout, 'src', 'kernel'), { recursive: true });
    writeFileSync(path.join(checkout, 'package.json'), '{"name":"pantau"}');
    expect(projectRoot(path.join(checkout, 'src', 'kernel'))).toBe(checkout);
  });
});

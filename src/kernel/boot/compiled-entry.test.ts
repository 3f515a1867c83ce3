// The compiled entry behaves as its sources do: a change to any source it was built from shows in the
// next run, and paths relative to a source file resolve from that file, not from the bundle.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compiledEntry } from './compiled-entry.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pantau-entry-'));
  await writeFile(path.join(dir, 'greeting.ts'), "export const greeting: string = 'halo';\n");
  await writeFile(
    path.join(dir, 'main.ts'),
    [
      "import { greeting } from './greeting.ts';",
      'process.stdout.write(JSON.stringify({ greeting, dir: import.meta.dirname, url: import.meta.url }));',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(): Promise<{ greeting: string; dir: string; url: string }> {
  const url = await compiledEntry(path.join(dir, 'main.ts'));
  expect(url).not.toBeNull();
  // A fresh process, as a command starts: this one has the first bundle in its module cache.
  const out = execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(url)})`,
  ]);
  return JSON.parse(String(out));
}

test('a source changed after the bundle was built is what the next run uses', async () => {
  expect((await run()).greeting).toBe('halo');
  const changed = path.join(dir, 'greeting.ts');
  await writeFile(changed, "export const greeting: string = 'selamat pagi';\n");
  // Same size on a coarse clock would look unchanged: move the time on as an editor's save would.
  const later = new Date(Date.now() + 5_000);
  await utimes(changed, later, later);
  expect((await run()).greeting).toBe('selamat pagi');
});

test("each source's import.meta names the source file, not the bundle", async () => {
  const seen = await run();
  expect(seen.dir).toBe(dir);
  expect(seen.url).toBe(`file://${path.join(dir, 'main.ts')}`);
});

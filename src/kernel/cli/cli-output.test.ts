// The command line's own behaviour as a user meets it: output piped into a reader that stops early
// (`pantau … | head`) ends quietly, and commander's usage errors read in Indonesian, English after.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, startCli } from '../../../test/support/cli.ts';

// Each `pantau` process takes seconds on a loaded machine.
const SLOW = { timeout: 120_000 };

describe('the pantau command line', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { PANTAU_DATA_DIR: await mkdtemp(path.join(tmpdir(), 'pantau-cli-')) };
  });
  afterAll(async () => rm(env.PANTAU_DATA_DIR, { recursive: true, force: true }));

  test(
    'a reader that closes the pipe early (| head) gets no stack trace and a clean exit',
    SLOW,
    async () => {
      const child = startCli(['sources', 'catalogue'], env);
      // The reader is gone before the command writes its first line, as `head -1` is after one line.
      child.stdout?.destroy();
      let stderr = '';
      child.stderr?.on('data', (d) => {
        stderr += d;
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
  );

  test('usage errors and help headings are in Indonesian, with the English after', SLOW, async () => {
    const unknown = await runCli(['workspace', 'list', '--semua'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Galat: opsi tidak dikenal '--semua' — unknown option '--semua'");
    const mistyped = await runCli(['workspce', 'list'], env);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain("Galat: perintah tidak dikenal 'workspce'");
    const missing = await runCli(['workspace', 'rename'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "Galat: argumen wajib 'slug' belum diisi — missing required argument 'slug'",
    );
    const help = await runCli(['workspace', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Pemakaian \/ Usage: pantau workspace/);
    expect(help.stdout).toContain('Perintah / Commands:');
    expect(help.stdout).toContain('tampilkan bantuan — display help');
  });
});

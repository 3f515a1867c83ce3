// `npm run train` rebuilds the shipped models from the shared data byte for byte: the weights in
// the repository are what the code and the data produce, and the model card's scores are theirs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.resolve(ROOT, '../shared/data');
const out = mkdtempSync(path.join(tmpdir(), 'pantau-train-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run train', () => {
  it('rebuilds the tone models, the entity tagger and their cards exactly as shipped', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'train/run.ts', '--data', DATA, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/news-test: macro-F1 0\.\d+ \(leksikon 0\.\d+\)/);
    expect(run.stdout).toMatch(/nergrit_test_preprocess\.txt: F1 0\.\d+ \(aturan 0\.\d+\)/);
    expect(run.stdout).toMatch(/target-test\.jsonl: macro-F1 0\.\d+ \(bacaan berbobot klausa 0\.\d+\)/);
    const files = [
      'tone.bin.gz',
      'tone.md',
      'target-tone.bin.gz',
      'target-tone.md',
      'entities.bin.gz',
      'entities.md',
    ];
    for (const file of files) {
      const rebuilt = readFileSync(path.join(out, file));
      expect(rebuilt.equals(readFileSync(path.join(ROOT, 'models', file))), file).toBe(true);
    }
  }, 180_000);

  it('refuses to run without the data folder, saying which option is missing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'train/run.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--data');
  });
});

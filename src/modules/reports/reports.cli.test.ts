// The stable CLI contract of SOP A, as an office's operator uses it on both stores: the SOPs listed
// and shown as JSON, SOP A's document written as a PDF, and a week's report drafted into a folder
// as report.pdf, report.docx and annex.xlsx with its new case's id printed.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { runCli } from '../../../test/support/cli.ts';
import { pdfText, zipEntry } from '../../../test/support/documents.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';

const SLOW = { timeout: 300_000 };

describe.each(DIALECTS)('pantau sop and pantau report on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  let out: string;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    const ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju', region: 'Kota Sukamaju' });
    await storeArticles(t.store, ws.id, [
      {
        url: 'https://warta.example/pasar',
        title: 'Pasar Johar direnovasi',
        text: 'Pemerintah Kota Sukamaju merenovasi Pasar Johar mulai pekan ini.',
        outlet: 'Warta Sukamaju',
        publishedAt: '2026-12-02T02:00:00.000Z',
      },
    ]);
    out = await mkdtemp(path.join(tmpdir(), 'pantau-report-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
    await t.dispose();
  });

  test('sop list, show and render', SLOW, async () => {
    const list = await cli('sop', 'list', '--json', '--workspace', 'kota-sukamaju');
    expect(list.code, list.stderr).toBe(0);
    expect(
      JSON.parse(list.stdout).map((s: { key: string; number: string; version: number; steps: number }) => [
        s.key,
        s.number,
        s.version,
        s.steps,
      ]),
    ).toEqual([
      ['sop-a', '59/000.8.3.3/ III / 2025', 1, 7],
      ['sop-b', '7-3 /SOP//2022', 1, 6],
    ]);
    const shown = await cli('sop', 'show', 'sop-b', '--json', '--workspace', 'kota-sukamaju');
    const sopB = JSON.parse(shown.stdout);
    expect(sopB.identity.title).toBe('MEDIA INFORMASI');
    expect(sopB.steps[3]).toMatchObject({
      no: 4,
      output: 'disposisi persetujuan',
      decision: { yes: 5, no: 2 },
    });
    expect(sopB.steps[0].time).toEqual({ amount: 30, unit: 'hour' });

    const file = path.join(out, 'sop-a.pdf');
    const rendered = await cli('sop', 'render', 'sop-a', '--output', file, '--workspace', 'kota-sukamaju');
    expect(rendered.code, rendered.stderr).toBe(0);
    const text = (await pdfText(await readFile(file))).replace(/\s+/g, ' ');
    expect(text).toContain('59/000.8.3.3/ III / 2025');
    expect(text).toContain('Menyusun draft laporan hasil media monitoring');
    expect(text).toContain('390 menit');

    const missing = await cli('sop', 'show', 'sop-z', '--workspace', 'kota-sukamaju');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('SOP "sop-z" tidak ditemukan');
  });

  test('report draft writes the three files and names the case', SLOW, async () => {
    const dir = path.join(out, 'laporan');
    const drafted = await cli(
      'report',
      'draft',
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-07',
      '--workspace',
      'kota-sukamaju',
      '--output',
      dir,
    );
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(drafted.stdout).toMatch(/Kasus SOP A: \d+/);
    for (const name of ['report.pdf', 'report.docx', 'annex.xlsx'])
      expect(existsSync(path.join(dir, name))).toBe(true);
    const text = (await pdfText(await readFile(path.join(dir, 'report.pdf')))).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN HASIL MEDIA MONITORING');
    expect(text).toContain('1–7 Desember 2026');
    expect(text).toContain('Pasar Johar direnovasi');
    expect(await zipEntry(await readFile(path.join(dir, 'report.docx')), 'word/document.xml')).toContain(
      'Pendahuluan',
    );

    const bad = await cli(
      'report',
      'draft',
      '--from',
      '2026-12-07',
      '--to',
      '2026-12-01',
      '--workspace',
      'kota-sukamaju',
      '--output',
      dir,
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Awal periode harus sebelum akhirnya');
  });
});

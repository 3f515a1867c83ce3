// The stable CLI contract of print clippings on both stores: `pantau clippings add` reads a photo
// of a short item (OCR), an e-paper PDF (its text layer) and a corrupt scan in one go, and prints
// per file the articles made — or the error, which never costs the other files their articles.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NEWS_ARTICLES } from '../../../fixtures/newspaper/articles.ts';
import { ONE_COLUMN_ITEM } from '../../../fixtures/newspaper/pages.ts';
import { openPress } from '../../../fixtures/newspaper/press.ts';
import { epaperPdf, MARKET, RIVER } from '../../../test/factories/clippings.ts';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { launchChromium } from '../../../test/support/chromium.ts';
import { runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { characterErrorRate } from '../../collect/ocr/cer.ts';

const SLOW = { timeout: 240_000 };

describe.each(DIALECTS)('pantau clippings add on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  let dir = '';
  const cli = (...args: string[]) => runCli([...args, '--workspace', 'kota-sukamaju'], env);

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    await buildWorkspace(t.store, { slug: 'kota-sukamaju', region: 'Kota Sukamaju' });
    dir = await mkdtemp(path.join(tmpdir(), 'pantau-kliping-'));
    const press = await openPress(await launchChromium());
    try {
      await writeFile(path.join(dir, 'foto-hal2.png'), (await press.page(ONE_COLUMN_ITEM)).png);
    } finally {
      await press.close();
    }
    await writeFile(path.join(dir, 'epaper-hal3.pdf'), await epaperPdf());
    await writeFile(path.join(dir, 'rusak.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  }, SLOW.timeout);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t.dispose();
  });

  test('each file gives its articles or its error, as JSON and as readable lines', SLOW, async () => {
    const files = ['foto-hal2.png', 'rusak.jpg', 'epaper-hal3.pdf'].map((f) => path.join(dir, f));
    const run = await cli(
      'clippings',
      'add',
      ...files,
      '--outlet',
      'Radar Sukamaju',
      '--date',
      '2026-11-30',
      '--page',
      '2',
      '--json',
    );
    // A file that could not be read makes the command fail, after the others are stored.
    expect(run.code, run.stderr).toBe(1);
    const [photo, broken, epaper] = JSON.parse(run.stdout);

    // No regions confirmed yet: the photo's whole page is one article, its headline the title.
    expect(photo.error).toBeNull();
    expect(photo.articles).toHaveLength(1);
    const item = NEWS_ARTICLES[ONE_COLUMN_ITEM.bands[0][0].article];
    expect(photo.articles[0].characters).toBeGreaterThan(item.paragraphs[0].length * 0.9);
    const read = await t.store.db
      .selectFrom('article')
      .select(['title', 'text', 'medium'])
      .where('id', '=', photo.articles[0].id)
      .executeTakeFirstOrThrow();
    expect(read.medium).toBe('print');
    const printed = [item.headline, item.paragraphs[0]].join('\n\n');
    expect(
      characterErrorRate(printed, [read.title, read.text].filter(Boolean).join('\n\n')),
    ).toBeLessThanOrEqual(0.03);

    expect(broken).toMatchObject({ file: files[1], articles: [] });
    expect(broken.error).toMatch(/rusak|tidak dapat dibaca|corrupt/i);

    expect(epaper.error).toBeNull();
    expect(epaper.articles).toEqual([
      { id: expect.any(Number), title: MARKET.title, characters: expect.any(Number) },
    ]);

    const stored = await t.store.db
      .selectFrom('article')
      .select(['id', 'medium', 'outlet', 'text'])
      .where('id', '=', epaper.articles[0].id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ medium: 'print', outlet: 'Radar Sukamaju' });
    expect(stored.text).toContain(RIVER.paragraphs[1]);

    const plain = await cli(
      'clippings',
      'add',
      files[2],
      '--outlet',
      'Radar Sukamaju',
      '--date',
      '2026-12-01',
    );
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(
      /epaper-hal3\.pdf: 1 artikel \(kliping #\d+\)\n {2}#\d+ {2}Pasar Induk Sukamaju Dibuka Kembali Setelah Renovasi {2}· \d+ karakter\n/,
    );

    const badDate = await cli(
      'clippings',
      'add',
      files[2],
      '--outlet',
      'Radar Sukamaju',
      '--date',
      '30-11-2026',
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('bukan tanggal');
  });
});

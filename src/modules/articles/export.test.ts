// The export as an office opens it: every article with its analysis (tone as analysts corrected
// it, subjects, issue, people/organisations/places, key phrases), as CSV, JSON lines and XLSX,
// with times in the workspace's zone; on both stores.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Entity, Tone } from '../../analyze/types.ts';
import { parseCsvRow } from '../../text/csv-row.ts';
import { saveAnalysis } from '../analysis/analysis.repo.ts';
import { correctSubjectMatch, correctTone } from '../corrections/corrections.service.ts';
import { fileArticleInIssue } from '../issues/issue-filing.service.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { exportArticles } from './export.service.ts';

const NEGATIVE: Tone = { label: 'negative', score: -0.62, reasons: [] };

async function exported(t: TestStore, format: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportArticles(t.store, { format }, out);
  return Buffer.concat(chunks);
}

describe.each(DIALECTS)('article export on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => t.dispose());

  /** One analysed flood article (09:00 WIB) filed in an issue, and one article not analysed yet. */
  async function seed() {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota Sukamaju',
      region: 'Kota Sukamaju',
      timeZone: 'WIB',
    });
    const mayor = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Wali Kota',
      kind: 'leader',
      query: '"wali kota"',
    });
    const floods = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Banjir',
      kind: 'topic',
      query: 'banjir',
    });
    const roads = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Jalan Rusak',
      kind: 'topic',
      query: 'jalan',
    });
    const publishedAt = '2026-12-05T02:00:00.000Z'; // 09:00 WIB
    const [flood, plain] = await storeArticles(t.store, ws.id, [
      {
        url: 'https://suara.example/banjir-tlogosari',
        outlet: 'Suara Sukamaju',
        title: '=Banjir Tlogosari, warga mengungsi',
        text: 'Wali Kota Arief meninjau banjir di Tlogosari bersama BPBD.',
        publishedAt,
      },
      {
        url: 'https://warta.example/pasar',
        outlet: 'Warta',
        title: 'Pasar baru dibuka',
        text: 'Pasar baru dibuka.',
        publishedAt: '2026-12-04T16:30:00.000Z', // 23:30 WIB
      },
    ]);
    const entities: Entity[] = [
      { type: 'PER', text: 'Arief', start: 10, end: 15, canonical: 'Arief Wicaksono' },
      { type: 'PER', text: 'Pak Arief', start: 40, end: 49, canonical: 'Arief Wicaksono' },
      { type: 'PER', text: 'Rina', start: 60, end: 64, canonical: 'Rina Sari' },
      { type: 'ORG', text: 'BPBD', start: 55, end: 59, canonical: 'BPBD Kota Sukamaju' },
      { type: 'LOC', text: 'Tlogosari', start: 30, end: 39, canonical: 'Kelurahan Tlogosari' },
    ];
    const keyphrases = ['banjir tlogosari', 'warga mengungsi'];
    await saveAnalysis(
      t.store,
      {
        articleId: flood,
        workspaceId: ws.id,
        analyzedAt: publishedAt,
        tone: NEGATIVE,
        entities,
        quotes: [],
        keyphrases,
        summary: '',
      },
      [
        { subjectId: mayor.id, tone: NEGATIVE, highlights: [] },
        { subjectId: roads.id, tone: NEGATIVE, highlights: [] },
      ],
    );
    // Analysts: the tone is neutral after all, the article is about floods, not about roads.
    await correctTone(t.store, { articleId: flood, tone: 'neutral', actor: 'Rina' });
    await correctSubjectMatch(t.store, {
      articleId: flood,
      subjectId: floods.id,
      about: true,
      actor: 'Rina',
    });
    await correctSubjectMatch(t.store, {
      articleId: flood,
      subjectId: roads.id,
      about: false,
      actor: 'Rina',
    });
    const issue = await fileArticleInIssue(
      t.store,
      {
        articleId: flood,
        workspaceId: ws.id,
        storyId: null,
        title: 'Banjir Tlogosari',
        keyphrases,
        entities,
        publishedAt: new Date(publishedAt),
        tone: 'negative',
        outlet: 'Suara Sukamaju',
      },
      { now: new Date(publishedAt) },
    );
    return { flood, plain, issue };
  }

  test('CSV carries the analysis columns and the local time with its offset', async () => {
    const { flood } = await seed();
    const csv = (await exported(t, 'csv')).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(
      expect.arrayContaining([
        'nada',
        'skor_nada',
        'subjek',
        'isu_id',
        'isu',
        'tokoh',
        'organisasi',
        'lokasi',
        'frasa_kunci',
      ]),
    );
    const row = rows.find((r) => r.startsWith(`${flood},`)) ?? '';
    const cell = (name: string) => parseCsvRow(row)[columns.indexOf(name)];
    expect(cell('terbit')).toBe('2026-12-05T09:00:00+07:00');
    expect(cell('nada')).toBe('neutral');
    expect(cell('skor_nada')).toBe('-0.62');
    expect(cell('subjek')).toBe('Banjir; Wali Kota');
    expect(cell('isu')).toMatch(/\S/);
    expect(Number(cell('isu_id'))).toBeGreaterThan(0);
    expect(cell('tokoh')).toBe('Arief Wicaksono (2); Rina Sari (1)');
    expect(cell('organisasi')).toBe('BPBD Kota Sukamaju (1)');
    expect(cell('lokasi')).toBe('Kelurahan Tlogosari (1)');
    expect(cell('frasa_kunci')).toBe('banjir tlogosari; warga mengungsi');
    // A title a spreadsheet would run as a formula stays text.
    expect(cell('judul')).toBe("'=Banjir Tlogosari, warga mengungsi");
  });

  test('JSON lines carry the analysis as structured fields, or null before analysis', async () => {
    const { flood, plain } = await seed();
    const lines = (await exported(t, 'jsonl'))
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const a = lines.find((l) => l.id === flood);
    // JSON keeps the instant as ISO-8601 with its offset (UTC), as every JSON output does.
    expect(a.published).toBe('2026-12-05T02:00:00.000Z');
    expect(a.analysis).toMatchObject({
      tone: { label: 'neutral', score: -0.62, corrected: true },
      subjects: ['Banjir', 'Wali Kota'],
      issue: { id: expect.any(Number), label: expect.any(String) },
      entities: {
        PER: [
          { name: 'Arief Wicaksono', mentions: 2 },
          { name: 'Rina Sari', mentions: 1 },
        ],
        ORG: [{ name: 'BPBD Kota Sukamaju', mentions: 1 }],
        LOC: [{ name: 'Kelurahan Tlogosari', mentions: 1 }],
      },
      keyphrases: ['banjir tlogosari', 'warga mengungsi'],
    });
    expect(lines.find((l) => l.id === plain).analysis).toBeNull();
  });

  test('XLSX opens in a spreadsheet with one row per article and the analysis in cells', async () => {
    const { flood, plain } = await seed();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported(t, 'xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Artikel');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('terbit (WIB)');
    const col = (name: string) => header.indexOf(name) + 1;
    const rowOf = (id: number) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, col('id')).value === id) return r;
      throw new Error(`no row for article ${id}`);
    };
    const r = rowOf(flood);
    expect(sheet.getCell(r, col('judul')).value).toBe('=Banjir Tlogosari, warga mengungsi');
    expect(sheet.getCell(r, col('media')).value).toBe('Suara Sukamaju');
    // The date cell shows the clock of the workspace: 09:00 on 5 December.
    const when = sheet.getCell(r, col('terbit (WIB)')).value as Date;
    expect(when).toBeInstanceOf(Date);
    expect(when.toISOString()).toBe('2026-12-05T09:00:00.000Z');
    expect(sheet.getCell(r, col('nada')).value).toBe('neutral');
    expect(sheet.getCell(r, col('skor_nada')).value).toBe(-0.62);
    expect(sheet.getCell(r, col('subjek')).value).toBe('Banjir; Wali Kota');
    expect(sheet.getCell(r, col('tokoh')).value).toBe('Arief Wicaksono (2); Rina Sari (1)');
    expect(sheet.getCell(r, col('frasa_kunci')).value).toBe('banjir tlogosari; warga mengungsi');
    const p = rowOf(plain);
    expect((sheet.getCell(p, col('terbit (WIB)')).value as Date).toISOString()).toBe(
      '2026-12-04T23:30:00.000Z',
    );
    expect(sheet.getCell(p, col('nada')).value ?? null).toBeNull();
  });

  test('an export whose reader goes away (a download cut off) stops instead of waiting for it', async () => {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota Sukamaju',
      region: 'Kota Sukamaju',
      timeZone: 'WIB',
    });
    // Rows larger than a stream's buffer, so the export has to wait for its reader.
    const text = 'Banjir merendam permukiman warga di bantaran sungai. '.repeat(1000);
    await storeArticles(
      t.store,
      ws.id,
      [1, 2, 3].map((i) => ({ url: `https://warta.example/banjir-${i}`, title: `Banjir ${i}`, text })),
    );
    for (const format of ['csv', 'jsonl', 'xlsx']) {
      const out = new PassThrough();
      out.once('data', () => out.destroy());
      await expect(exportArticles(t.store, { format }, out), format).rejects.toMatchObject({
        code: 'network',
      });
    }
  });

  test('an unknown format is refused with the formats there are', async () => {
    await seed();
    await expect(exported(t, 'pdf')).rejects.toThrow(/csv, jsonl atau xlsx/);
  });
});

// GET /api/v1/articles/export over real HTTP on loopback, on both stores: the file an office
// downloads holds its own workspace's articles only, with the analysis columns, under a name and
// type a browser saves correctly; the XLSX opens in a spreadsheet; whoever may not read the
// workspace's articles gets a problem+json answer, never a file.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Entity, Tone } from '../../analyze/types.ts';
import { buildApp } from '../../main/app.ts';
import { saveAnalysis } from '../analysis/analysis.repo.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const NEGATIVE: Tone = { label: 'negative', score: -0.55, reasons: [] };
const KAB_URLS = ['https://suara-kab.example/jembatan-putus', 'https://suara-kab.example/pasar-desa'];
const KOTA_URL = 'https://warta-kota.example/genangan';

/** Today in WIB as the office's calendar shows it (YYYY-MM-DD). */
const todayInWib = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

describe.each(DIALECTS)('article export API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let kabAnalyst: BuiltUser;
  let kotaAnalyst: BuiltUser;
  let officer: BuiltUser;
  let admin: BuiltUser;
  let analysed = 0;
  let plain = 0;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const kota = await buildWorkspace(t.store, { slug: 'kota' });
    const kab = await buildWorkspace(t.store, { slug: 'kab' });
    const bupati = await insertSubject(t.store, {
      workspaceId: kab.id,
      name: 'Bupati',
      kind: 'leader',
      query: 'bupati',
    });
    [analysed, plain] = await storeArticles(t.store, kab.id, [
      {
        url: KAB_URLS[0],
        outlet: 'Suara Kabupaten',
        // No commas in these cells: the test below reads a CSV row by splitting on them.
        title: 'Jembatan Cibeureum putus diterjang banjir',
        text: 'Jembatan Cibeureum putus diterjang banjir. Warga mendesak Bupati Sukamaju segera memperbaikinya.',
        publishedAt: '2026-12-05T02:00:00.000Z',
      },
      {
        url: KAB_URLS[1],
        outlet: 'Suara Kabupaten',
        title: 'Pasar desa dibuka',
        text: 'Pasar desa di Cibeureum dibuka kembali.',
        publishedAt: '2026-12-05T03:00:00.000Z',
      },
    ]);
    const entities: Entity[] = [
      { type: 'LOC', text: 'Cibeureum', start: 9, end: 18, canonical: 'Desa Cibeureum' },
    ];
    await saveAnalysis(
      t.store,
      {
        articleId: analysed,
        workspaceId: kab.id,
        analyzedAt: '2026-12-05T02:05:00.000Z',
        tone: NEGATIVE,
        entities,
        quotes: [],
        keyphrases: ['jembatan putus'],
        summary: '',
      },
      [{ subjectId: bupati.id, tone: NEGATIVE, highlights: [] }],
    );
    await storeArticles(t.store, kota.id, [
      {
        url: KOTA_URL,
        title: 'Genangan di Jalan Merdeka',
        text: 'Genangan setinggi lutut di Jalan Merdeka.',
      },
    ]);
    kabAnalyst = await buildUser(t.store, { role: 'analyst', workspace: kab });
    kotaAnalyst = await buildUser(t.store, { role: 'analyst', workspace: kota });
    await buildAgency(t.store, kab, 'Dinas PUPR');
    officer = await buildUser(t.store, { role: 'agency_officer', workspace: kab, agency: 'Dinas PUPR' });
    admin = await buildUser(t.store, { admin: true });
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const download = async (query: string, who: BuiltUser | null = kabAnalyst) => {
    const res = await fetch(`${base}/api/v1/articles/export${query}`, {
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
    });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition') ?? '',
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  test("CSV: the analyst's own workspace only, with the analysis columns, saved under its name", async () => {
    const res = await download('?format=csv');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect(res.disposition).toBe(`attachment; filename="artikel-kab-${todayInWib()}.csv"`);
    const [header, ...rows] = res.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(
      expect.arrayContaining([
        'nada',
        'skor_nada',
        'subjek',
        'isu',
        'tokoh',
        'organisasi',
        'lokasi',
        'frasa_kunci',
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.includes(KOTA_URL))).toBe(false);
    const row = rows.find((r) => r.startsWith(`${analysed},`))?.split(',') ?? [];
    expect(row[columns.indexOf('url')]).toBe(KAB_URLS[0]);
    expect(row[columns.indexOf('nada')]).toBe('negative');
    expect(row[columns.indexOf('subjek')]).toBe('Bupati');
    expect(row[columns.indexOf('lokasi')]).toBe('Desa Cibeureum (1)');
  });

  test('JSON lines for the workspace named, one article per line with its analysis', async () => {
    const res = await download('?format=jsonl&workspace=kab', admin);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/x-ndjson; charset=utf-8');
    expect(res.disposition).toMatch(/^attachment; filename="artikel-kab-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = res.body
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(lines.map((l) => l.url).sort()).toEqual([...KAB_URLS].sort());
    expect(lines.find((l) => l.id === analysed).analysis).toMatchObject({
      tone: { label: 'negative', score: -0.55, corrected: false },
      subjects: ['Bupati'],
      keyphrases: ['jembatan putus'],
    });
    expect(lines.find((l) => l.id === plain).analysis).toBeNull();
  });

  test('XLSX opens as a workbook with one row per article of the workspace', async () => {
    const res = await download('?format=xlsx&workspace=kab');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.disposition).toBe(`attachment; filename="artikel-kab-${todayInWib()}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Artikel');
    if (!sheet) throw new Error('no Artikel sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3);
    const urls = [2, 3].map((r) => sheet.getCell(r, col('url')).value);
    expect(urls.sort()).toEqual([...KAB_URLS].sort());
    const r = sheet.getCell(2, col('id')).value === analysed ? 2 : 3;
    expect(sheet.getCell(r, col('nada')).value).toBe('negative');
    expect(sheet.getCell(r, col('subjek')).value).toBe('Bupati');
  });

  test('whoever may not read the workspace gets problem+json, never a file', async () => {
    const refused: [string, BuiltUser | null, number, string][] = [
      ['?format=csv&workspace=kab', kotaAnalyst, 404, 'not_found'],
      ['?format=csv', officer, 403, 'forbidden'],
      ['?format=csv', null, 401, 'unauthorized'],
      ['?format=pdf', kabAnalyst, 400, 'validation'],
      // Two workspaces and no default: the administrator is asked to name one.
      ['?format=csv', admin, 400, 'validation'],
    ];
    for (const [query, who, status, code] of refused) {
      const res = await download(query, who);
      expect(res.status, query).toBe(status);
      expect(res.type).toContain('application/problem+json');
      expect(res.disposition).toBe('');
      expect(JSON.parse(res.body.toString('utf8')).code).toBe(code);
    }
  });

  test('the API documentation lists the three file types', async () => {
    const doc = (await (await fetch(`${base}/api/docs/json`)).json()) as Json;
    const ok = doc.paths['/api/v1/articles/export'].get.responses['200'];
    expect(Object.keys(ok.content).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/x-ndjson; charset=utf-8',
      'text/csv; charset=utf-8',
    ]);
  });
});

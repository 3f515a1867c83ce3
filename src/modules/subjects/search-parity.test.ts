// The same search gives the same articles on SQLite (FTS5 over Snowball-stemmed text) and on
// PostgreSQL (tsvector with the `indonesian` configuration), whatever affixes the words carry, and
// they are the articles a monitored subject with that query matches one by one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { matchQuery, parseQuery } from '../../analyze/query/index.ts';
import { searchFiltered } from '../articles/article-filter.repo.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';

const ARTICLES: [string, string][] = [
  [
    'Pemerintahan Kota Sukamaju tanggap banjir',
    'Pemerintah kota menanggulangi banjir yang merendam tiga kecamatan sejak Senin.',
  ],
  [
    'Perbaikan jalan dimulai',
    'Dinas PUPR memperbaiki jalan rusak di Kecamatan Cibeureum; perbaikannya ditargetkan selesai sehari-hari sebelum Lebaran.',
  ],
  [
    'Pelayanan KTP diperpanjang',
    'Disdukcapil melayani warga hingga malam. Pelayanan administrasi kependudukan dibuka pula pada Sabtu.',
  ],
  [
    'DPRD pertanyakan anggaran',
    'Anggota DPRD mempertanyakan kebijakan anggaran penanganan COVID-19 dan keterbukaan informasi publik.',
  ],
  [
    'Wali kota resmikan pasar',
    'Pasar rakyat diresmikan wali kota. Pedagang berharap pasar ramai; ini bukan soal banjir.',
  ],
  [
    "Ma'ruf hadiri rapat koordinasi",
    'Wakil presiden berkoordinasi dengan kepala daerah se-Jawa Barat tentang kebijakan pangan.',
  ],
];

const QUERIES = [
  'pemerintah',
  'banjir',
  'tanggulang',
  'perbaikan jalan',
  'melayani',
  'pelayanan -KTP',
  '"wali kota"',
  'kebijakan',
  'covid-19',
  'sehari-hari',
  'koordinasi',
  'pasar or banjir',
  'keterbukaan informasi',
  'jakarta',
  'banjir OR pasar -"wali kota"',
  '(banjir OR pasar) kota',
  'title:(banjir OR pasar)',
  'title:pemerintahan OR kebijakan -covid-19',
  'pelayan* OR kebijak*',
  'wali NEAR/2 kota',
  '-banjir',
];

let sqlite: TestStore;
let postgres: TestStore;
const ids = new Map<TestStore, number[]>();

async function fill(t: TestStore) {
  const ws = await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' });
  const created = await storeArticles(
    t.store,
    ws.id,
    ARTICLES.map(([title, text], i) => ({ url: `u${i}`, title, text })),
  );
  ids.set(t, created);
  return ws.id;
}

let wsSqlite = 0;
let wsPostgres = 0;
beforeAll(async () => {
  sqlite = await openTestStore('sqlite');
  postgres = await openTestStore('postgres');
  wsSqlite = await fill(sqlite);
  wsPostgres = await fill(postgres);
});
afterAll(async () => {
  await sqlite.dispose();
  await postgres.dispose();
});

async function found(t: TestStore, ws: number, q: string): Promise<number[]> {
  const positions = ids.get(t) as number[];
  const hits = await searchFiltered(
    t.store,
    ws,
    { query: parseQuery(q) },
    { sort: 'relevance', limit: 50, offset: 0 },
  );
  return hits.map((h) => positions.indexOf(h.article.id)).sort();
}

test.each(QUERIES)('"%s" finds the same articles on both stores', async (q) => {
  const a = await found(sqlite, wsSqlite, q);
  const b = await found(postgres, wsPostgres, q);
  expect(a).toEqual(b);
});

test.each(QUERIES)('"%s" finds the articles a subject with that query matches', async (q) => {
  const node = parseQuery(q);
  const expected = ARTICLES.flatMap(([title, text], i) =>
    matchQuery(node, { title, text }).matched ? [i] : [],
  );
  expect(await found(sqlite, wsSqlite, q)).toEqual(expected);
  expect(await found(postgres, wsPostgres, q)).toEqual(expected);
});

test('OR, brackets, title: and exclusions over the whole query', async () => {
  expect(await found(sqlite, wsSqlite, 'pasar or banjir')).toEqual([0, 4]);
  expect(await found(sqlite, wsSqlite, 'banjir OR pasar -"wali kota"')).toEqual([0]);
  expect(await found(sqlite, wsSqlite, 'title:(banjir OR pasar)')).toEqual([0, 4]);
  expect(await found(postgres, wsPostgres, 'title:pemerintahan OR kebijakan -covid-19')).toEqual([0, 5]);
  expect(await found(postgres, wsPostgres, '-banjir')).toEqual([1, 2, 3, 5]);
});

test('stemming makes affixed forms find each other', async () => {
  expect(await found(sqlite, wsSqlite, 'pemerintah')).toEqual([0]);
  expect(await found(sqlite, wsSqlite, 'melayani')).toEqual([2]);
  expect(await found(sqlite, wsSqlite, 'pelayanan -KTP')).toEqual([]);
  expect(await found(sqlite, wsSqlite, 'banjir')).toEqual([0, 4]);
  expect(await found(sqlite, wsSqlite, 'jakarta')).toEqual([]);
});

// A subject query accepts the same articles whether matchQuery checks them one by one, SQLite
// searches its FTS5 index, or PostgreSQL its tsvector: random queries over random Indonesian texts.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { matchQuery } from '../../analyze/query/match.ts';
import { parseSubjectQuery } from '../../analyze/query/parse.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { findArticlesMatching } from './subject-search.repo.ts';

interface Doc {
  title: string;
  text: string;
}

// Affixed forms of a few roots, so stemming decides whether a query word meets a text word.
const WORDS = [
  'pemerintah',
  'pemerintahan',
  'perintah',
  'banjir',
  'kebanjiran',
  'membanjiri',
  'wali',
  'kota',
  'Kota',
  'bupati',
  'jalan',
  'perjalanan',
  'perbaikan',
  'diperbaiki',
  'baik',
  'warga',
  'Bekasi',
  'kabupaten',
  'Kabupaten',
  'sehari-hari',
  'covid-19',
  'tanggap',
  'menanggapi',
  'rusak',
  'kerusakan',
];
const PREFIXES = ['banj', 'kot', 'wal', 'baik', 'perbaik', 'rusa', 'kabu', 'tang', 'pe', 'sehar'];

const word = fc.constantFrom(...WORDS);
const sentence = (max: number) =>
  fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ', ', '. ', ' - ')), { maxLength: max })
    .map((parts) =>
      parts
        .map(([w, sep]) => w + sep)
        .join('')
        .trim(),
    );
const docArb: fc.Arbitrary<Doc> = fc.record({ title: sentence(5), text: sentence(14) });

const pattern = fc.oneof(
  word,
  word.map((w) => w.toUpperCase()),
  fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`),
  fc.constantFrom(...PREFIXES).map((p) => `${p}*`),
);
const leaf = fc.oneof(
  { weight: 4, arbitrary: pattern },
  {
    weight: 2,
    arbitrary: fc
      .tuple(pattern, fc.integer({ min: 1, max: 4 }), pattern)
      .map(([a, n, b]) => `${a} NEAR/${n} ${b}`),
  },
  { weight: 1, arbitrary: pattern.map((p) => `title:${p}`) },
);
const { query: queryArb } = fc.letrec<{ query: string }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `(${a}) (${b})`),
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `(${a}) AND (${b})`),
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => `(${a}) OR (${b})`),
    tie('query').map((a) => `-(${a})`),
    tie('query').map((a) => `NOT (${a})`),
    tie('query').map((a) => `title:(${a})`),
  ),
}));

let sqlite: TestStore;
let postgres: TestStore;
let workspaces = 0;

async function fill(t: TestStore, docs: Doc[]): Promise<{ workspaceId: number; ids: number[] }> {
  workspaces++;
  const ws = await insertWorkspace(t.store, {
    slug: `w${workspaces}`,
    name: 'W',
    region: 'W',
    timeZone: 'WIB',
  });
  const ids = await storeArticles(
    t.store,
    ws.id,
    docs.map((d, i) => ({
      url: `https://berita.example.id/${workspaces}/${i}`,
      title: d.title,
      text: d.text,
    })),
  );
  return { workspaceId: ws.id, ids };
}

interface Corpus {
  docs: Doc[];
  sqlite: { workspaceId: number; ids: number[] };
  postgres: { workspaceId: number; ids: number[] };
}

async function corpus(docs: Doc[]): Promise<Corpus> {
  return { docs, sqlite: await fill(sqlite, docs), postgres: await fill(postgres, docs) };
}

/** Indices of the documents each engine accepts. */
async function agree(c: Corpus, query: string): Promise<void> {
  const node = parseSubjectQuery(query);
  const expected = c.docs.flatMap((d, i) => (matchQuery(node, d).matched ? [i] : []));
  const inSqlite = await findArticlesMatching(sqlite.store, c.sqlite.workspaceId, node);
  const inPostgres = await findArticlesMatching(postgres.store, c.postgres.workspaceId, node);
  expect(
    inSqlite.map((id) => c.sqlite.ids.indexOf(id)).sort((a, b) => a - b),
    `SQLite: ${query}`,
  ).toEqual(expected);
  expect(
    inPostgres.map((id) => c.postgres.ids.indexOf(id)).sort((a, b) => a - b),
    `PostgreSQL: ${query}`,
  ).toEqual(expected);
}

let shared: Corpus;
beforeAll(async () => {
  sqlite = await openTestStore('sqlite');
  postgres = await openTestStore('postgres');
  shared = await corpus(fc.sample(docArb, { numRuns: 60, seed: 20240817 }));
});
afterAll(async () => {
  await sqlite?.dispose();
  await postgres?.dispose();
});

test('random queries over one corpus: matcher, SQLite and PostgreSQL accept the same articles', async () => {
  await fc.assert(
    fc.asyncProperty(queryArb, (query) => agree(shared, query)),
    { numRuns: 300 },
  );
});

test('random queries over random small corpora agree on all three engines', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(docArb, { minLength: 1, maxLength: 5 }),
      fc.array(queryArb, { minLength: 1, maxLength: 5 }),
      async (docs, queries) => {
        const c = await corpus(docs);
        for (const q of queries) await agree(c, q);
      },
    ),
    { numRuns: 25 },
  );
});

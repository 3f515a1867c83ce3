// Compiling subject queries for the stores, and the cases where the two engines differ by nature
// (title/text boundary, overlapping NEAR, queries that only exclude) giving the same articles.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { matchQuery } from '../../analyze/query/match.ts';
import { parseSubjectQuery } from '../../analyze/query/parse.ts';
import { PantauError } from '../../domain/errors.ts';
import { insertDiscoveredArticles } from '../articles/articles.repo.ts';
import { saveFetchedArticle } from '../stories/stories.repo.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { compileToFts5, compileToTsquery, findArticlesMatching } from './subject-search.repo.ts';

describe('compilation', () => {
  test('FTS5: quoted lexemes, column filter, NEAR counts the words between, binary NOT', () => {
    const node = parseSubjectQuery('title:banjir "Kota Bekasi" -"Kabupaten Bekasi" wali NEAR/3 banj*');
    expect(compileToFts5(node)).toBe(
      '((title : ("banjir")) AND ("kota" + "bekasi") AND (NEAR("wali" "banj" *, 2))) NOT (("kabupaten" + "bekasi"))',
    );
    expect(compileToFts5(parseSubjectQuery('near OR "not"'))).toBe('("near") OR ("not")');
  });

  test('FTS5 refuses a query that only excludes, with a clear message', () => {
    expect(() => compileToFts5(parseSubjectQuery('-banjir'))).toThrow(PantauError);
    expect(() => compileToFts5(parseSubjectQuery('banjir OR (-jalan)'))).toThrow(/hanya berisi pengecualian/);
  });

  test('tsquery: weights for title:, phrases kept within one field, NEAR as exact distances', () => {
    expect(compileToTsquery(parseSubjectQuery('title:banj*'))).toBe("'banj':*A");
    expect(compileToTsquery(parseSubjectQuery('"wali kota" -banjir'))).toBe(
      "(('wali':A <1> 'kota':A) | ('wali':B <1> 'kota':B)) & (!('banjir'))",
    );
    expect(compileToTsquery(parseSubjectQuery("title:(wali NEAR/1 kota) Ma'ruf"))).toBe(
      "(('kota':A <1> 'wali':A) | ('wali':A <0> 'kota':A) | ('wali':A <1> 'kota':A)) & " +
        "(('ma':A <1> 'ruf':A) | ('ma':B <1> 'ruf':B))",
    );
  });
});

const DOCS = [
  // 0: the title ends with "bekasi" and the text starts with "banjir": not a phrase in either store.
  { title: 'Wali Kota Bekasi', text: 'Banjir merendam jalan utama kota.' },
  // 1: one "kota" only, which NEAR of "kota" with itself accepts as FTS5 does.
  { title: 'Pasar baru', text: 'Wali kota meresmikan pasar.' },
  // 2: overlapping phrases.
  { title: 'Kunjungan', text: 'Wali Kota Bekasi hadir; Kabupaten Bekasi absen.' },
  // 3: nothing of the above.
  { title: 'Perbaikan jalan', text: 'Dinas PUPR memperbaiki jalan rusak sehari-hari.' },
];
const EDGE_QUERIES = [
  '"bekasi banjir"',
  'bekasi NEAR/1 banjir',
  'kota NEAR/1 kota',
  'kot* NEAR/1 kota',
  '"wali kota" NEAR/1 "kota bekasi"',
  '"kota bekasi" NEAR/2 "wali kota"',
  '-banjir',
  'NOT (jalan OR pasar)',
  'banjir OR -jalan',
  'banjir OR (-jalan)',
  'pasar OR jalan -"wali kota"',
  'title:(-pasar)',
  'title:(-pasar) -wali',
  'sehari-hari',
  '"rusak sehari-hari"',
  'perbaik* NEAR/2 rusak',
  '"Kota Bekasi" -"Kabupaten Bekasi"',
];

let stores: TestStore[] = [];
const filled = new Map<TestStore, { workspaceId: number; ids: number[] }>();

beforeAll(async () => {
  stores = [await openTestStore('sqlite'), await openTestStore('postgres')];
  for (const t of stores) {
    const ws = await insertWorkspace(t.store, {
      slug: 'bekasi',
      name: 'Bekasi',
      region: 'Bekasi',
      timeZone: 'WIB',
    });
    const discovered = DOCS.map((_, i) => ({
      url: `https://warta.example.id/${i}`,
      urlKey: `warta/${i}`,
      outlet: null,
      feedTitle: null,
      feedSummary: null,
      feedPublishedAt: null,
    }));
    // An article still waiting to be fetched is never a match, not even for a query that only excludes.
    const ids = await insertDiscoveredArticles(t.store, ws.id, null, [
      ...discovered,
      { ...discovered[0], url: 'https://warta.example.id/antre', urlKey: 'warta/antre' },
    ]);
    for (const [i, doc] of DOCS.entries()) {
      await saveFetchedArticle(
        t.store,
        ids[i],
        {
          ...doc,
          finalUrl: discovered[i].url,
          canonicalUrl: null,
          author: null,
          publishedAt: null,
          lang: 'id',
          image: null,
          description: null,
          contentHash: `edge-${i}`,
          signature: [],
          bandKeys: [],
        },
        async () => null,
      );
    }
    filled.set(t, { workspaceId: ws.id, ids });
  }
});
afterAll(async () => {
  for (const t of stores) await t.dispose();
});

test.each(EDGE_QUERIES)('%s: matcher, SQLite and PostgreSQL agree', async (query) => {
  const node = parseSubjectQuery(query);
  const expected = DOCS.flatMap((d, i) => (matchQuery(node, d).matched ? [i] : []));
  for (const t of stores) {
    const { workspaceId, ids } = filled.get(t) as { workspaceId: number; ids: number[] };
    const found = await findArticlesMatching(t.store, workspaceId, node);
    expect(
      found.map((id) => ids.indexOf(id)),
      t.store.dialect,
    ).toEqual(expected);
  }
});

test('what the edge cases mean', () => {
  const accepted = (q: string) =>
    DOCS.flatMap((d, i) => (matchQuery(parseSubjectQuery(q), d).matched ? [i] : []));
  expect(accepted('"bekasi banjir"')).toEqual([]);
  expect(accepted('kota NEAR/1 kota')).toEqual([0, 1, 2]);
  expect(accepted('-banjir')).toEqual([1, 2, 3]);
  expect(accepted('"Kota Bekasi" -"Kabupaten Bekasi"')).toEqual([0]);
});

test('paging with afterId and limit', async () => {
  for (const t of stores) {
    const { workspaceId, ids } = filled.get(t) as { workspaceId: number; ids: number[] };
    const node = parseSubjectQuery('-banjir');
    const first = await findArticlesMatching(t.store, workspaceId, node, { limit: 2 });
    const rest = await findArticlesMatching(t.store, workspaceId, node, { afterId: first[first.length - 1] });
    expect([...first, ...rest]).toEqual([ids[1], ids[2], ids[3]]);
  }
});

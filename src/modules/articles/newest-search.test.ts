// Newest-first search looks in the last week first and widens: whatever window it answers from,
// the pages must be exactly the matches in date order, also when articles were stored out of date
// order (late arrivals) and when a period filter cuts the archive.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { searchArticles } from './search.service.ts';

const DAY = 86_400_000;
const LATEST = Date.parse('2026-11-30T05:00:00Z');

/**
 * 40 articles over 200 days, stored in collection order with every fifth one late (stored after
 * articles up to 61 days newer); "banjir" is in every other one, "pasar" in a few old ones only.
 */
const seeds = Array.from({ length: 40 }, (_, i) => {
  const daysBack = (39 - i) * 5 + (i % 5 === 0 ? 61 : 0);
  const topic = i % 2 === 0 ? 'Banjir' : i < 6 ? 'Pasar' : 'Jalan';
  return {
    url: `https://berita.test/${i}`,
    title: `${topic} di Sukamaju, laporan ${i}`,
    text: `${topic} dilaporkan warga. Laporan nomor ${i}.`,
    publishedAt: new Date(LATEST - daysBack * DAY).toISOString(),
  };
});

const newestFirst = (word: string, from = 0, to = Number.POSITIVE_INFINITY) =>
  seeds
    .filter((s) => s.title.startsWith(word))
    .filter((s) => Date.parse(s.publishedAt) >= from && Date.parse(s.publishedAt) < to)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((s) => s.title);

describe.each(DIALECTS)('newest-first search on %s', (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju' });
    await storeArticles(t.store, ws.id, seeds);
    // Another workspace's flood news is newer than all of ours and must never fill our pages.
    const other = await buildWorkspace(t.store, { slug: 'lain' });
    await storeArticles(t.store, other.id, [
      {
        url: 'https://lain.test/1',
        title: 'Banjir di kota lain',
        text: 'Banjir besar.',
        publishedAt: '2026-12-01T00:00:00Z',
      },
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  async function allPages(query: string, size: number, filter: { from?: string; to?: string } = {}) {
    const titles: string[] = [];
    for (let offset = 0; offset < 60; offset += size) {
      const page = await searchArticles(systemCtx(t.store), {
        query,
        workspace: 'sukamaju',
        sort: 'newest',
        limit: size,
        offset,
        filter,
      });
      titles.push(...page.map((h) => h.article.title ?? ''));
      if (page.length < size) break;
    }
    return titles;
  }

  test('pages of a frequent word are its matches newest first, late arrivals in their place', async () => {
    expect(await allPages('banjir', 3)).toEqual(newestFirst('Banjir'));
    expect(await allPages('banjir', 7)).toEqual(newestFirst('Banjir'));
  });

  test('a word found only months ago is found by widening', async () => {
    expect(await allPages('pasar', 2)).toEqual(newestFirst('Pasar'));
  });

  test('a period filter keeps the order and cuts at its edges', async () => {
    const from = LATEST - 120 * DAY;
    const to = LATEST - 20 * DAY;
    const filter = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
    expect(await allPages('banjir', 4, filter)).toEqual(newestFirst('Banjir', from, to));
  });

  test('each hit shows where the query matched', async () => {
    const [first] = await searchArticles(systemCtx(t.store), {
      query: 'banjir',
      workspace: 'sukamaju',
      sort: 'newest',
      limit: 1,
    });
    expect(first.snippet).toContain('«Banjir»');
  });
});

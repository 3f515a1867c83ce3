// Articles analysed on the pool's threads with their own workspace's settings: the settings go to a
// thread once and are then named by each article, so many workspaces interleaved — more than a
// thread keeps at once — must each still get their own places, and pages still pass in between.
import { afterAll, describe, expect, test } from 'vitest';
import type { AnalysisSettings } from '../../analyze/article.ts';
import { createPageAnalyser } from './page-pool.ts';

const NAMES = [
  'Cipadung Kidul',
  'Pasirjati',
  'Sukarame Hilir',
  'Karangsari Wetan',
  'Tegalwaru Lor',
  'Cibeunying Kulon',
  'Wonosari Baru',
  'Muarajaya',
  'Rawabening',
  'Sindangkerta Hulu',
  'Jatimulya Tengah',
  'Bojongsari Indah',
];
const TEXT = NAMES.map((name) => `Warga ${name} mengeluhkan jalan rusak.`).join(' ');

/** One workspace per name, each knowing only its own place; a new object per workspace. */
const workspaces: AnalysisSettings[] = NAMES.map((name) => ({
  places: [{ name, kind: 'village' as const }],
}));

const pages = createPageAnalyser({ threads: 1 });
afterAll(() => pages.close());

const placesIn = async (settings: AnalysisSettings) =>
  (await pages.analyseArticle({ title: 'Jalan rusak', text: TEXT, settings })).entities
    .filter((e) => e.type === 'LOC')
    .map((e) => e.text);

describe('articles on the page threads', () => {
  test('read each workspace with its own places, however many are interleaved', {
    timeout: 60_000,
  }, async () => {
    expect(await placesIn({})).toEqual([]);
    for (let round = 0; round < 2; round++) {
      // All in flight at once: the settings are queued to the thread between the articles.
      const found = await Promise.all(workspaces.map(placesIn));
      expect(found).toEqual(NAMES.map((name) => [name]));
    }
    // Back and forth between a workspace the thread forgot and one it keeps.
    expect(await placesIn(workspaces[0] as AnalysisSettings)).toEqual([NAMES[0]]);
    expect(await placesIn(workspaces[11] as AnalysisSettings)).toEqual([NAMES[11]]);
    expect(await placesIn(workspaces[0] as AnalysisSettings)).toEqual([NAMES[0]]);
  });

  test('a changed workspace is read with its new places', { timeout: 60_000 }, async () => {
    const before: AnalysisSettings = { places: [{ name: 'Pasirjati', kind: 'district' }] };
    expect(await placesIn(before)).toEqual(['Pasirjati']);
    // What the workspace-analysis cache hands over after a place is added: a new settings object.
    const after: AnalysisSettings = {
      places: [...(before.places ?? []), { name: 'Muarajaya', kind: 'village' }],
    };
    expect(await placesIn(after)).toEqual(['Pasirjati', 'Muarajaya']);
  });

  test('pages pass between articles', { timeout: 60_000 }, async () => {
    const html = `<html><head><title>Banjir</title></head><body><article><h1>Banjir di Pasirjati</h1>
      <p>${'Air sungai meluap dan merendam rumah warga di tepi sungai sejak pagi hari. '.repeat(8)}</p>
      </article></body></html>`;
    const [page, article] = await Promise.all([
      pages.analyse({
        body: new TextEncoder().encode(html),
        contentType: 'text/html; charset=utf-8',
        url: 'https://warta.example/banjir',
        timeZone: 'WIB',
        fetchedAt: '2024-06-01T03:00:00Z',
      }),
      placesIn(workspaces[1] as AnalysisSettings),
    ]);
    expect(page.article.title).toBe('Banjir di Pasirjati');
    expect(article).toEqual(['Pasirjati']);
  });
});

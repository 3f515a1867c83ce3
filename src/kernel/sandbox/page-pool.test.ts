// Articles analysed in the pool's processes with their own workspace's settings: the settings go to a
// process once and are then named by each article, so many workspaces interleaved — more than a
// process keeps at once — must each still get their own places, and pages still pass in between.
import { spawn } from 'node:child_process';
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
// Sentences where only a workspace's list makes the name a place (without it, a speaker).
const TEXT = NAMES.map((name) => `Jalan rusak, kata ${name}.`).join(' ');

/** One workspace per name, each knowing only its own place; a new object per workspace. */
const workspaces: AnalysisSettings[] = NAMES.map((name) => ({
  places: [{ name, kind: 'village' as const }],
}));

const pages = createPageAnalyser({ processes: 1 });
afterAll(() => pages.close());

const placesIn = async (settings: AnalysisSettings) =>
  (await pages.analyseArticle({ title: 'Jalan rusak', text: TEXT, settings })).entities
    .filter((e) => e.type === 'LOC')
    .map((e) => e.text);

describe('articles in the page processes', () => {
  test('read each workspace with its own places, however many are interleaved', {
    timeout: 60_000,
  }, async () => {
    expect(await placesIn({})).toEqual([]);
    for (let round = 0; round < 2; round++) {
      // All in flight at once: the settings are queued to the process between the articles.
      const found = await Promise.all(workspaces.map(placesIn));
      expect(found).toEqual(NAMES.map((name) => [name]));
    }
    // Back and forth between a workspace the process forgot and one it keeps.
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

describe('feeds and sitemaps in the page processes', () => {
  const source = { kind: 'feed' as const, url: 'https://warta.example/rss', outlet: null };
  const rss = (items: number) =>
    new TextEncoder().encode(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Kota</title>${Array.from(
        { length: items },
        (_, i) =>
          `<item><title>Berita ${i}</title><link>https://warta.example/berita/${i}</link><description>${'Ringkasan berita kota. '.repeat(20)}</description></item>`,
      ).join('')}</channel></rss>`,
    );

  test('a feed too heavy for a page process fails alone with its own reason; the next one is read', {
    timeout: 60_000,
  }, async () => {
    // A small memory cap stands in for the 256 MB one: the same feed of 20,000 items (~11 MB) that
    // a process with the default cap reads is more than this one can hold.
    const small = createPageAnalyser({ processes: 1, memoryMb: 48 });
    try {
      const heavy = small.readListing({
        body: rss(20_000),
        contentType: 'application/rss+xml',
        url: source.url,
        source,
      });
      const light = small.readListing({
        body: rss(3),
        contentType: 'application/rss+xml',
        url: source.url,
        source,
      });
      await expect(heavy).rejects.toThrowError(/Feed atau sitemap terlalu berat/);
      const read = await light;
      expect(read.kind).toBe('feed');
      expect(read.articles.map((a) => a.url)).toEqual(
        [0, 1, 2].map((i) => `https://warta.example/berita/${i}`),
      );
      expect(read.kind === 'feed' && read.title).toBe('Warta Kota');
    } finally {
      await small.close();
    }
  });
});

describe('after a large listing', () => {
  test('the pool goes on reading pages and listings (the process that read it is replaced)', {
    timeout: 60_000,
  }, async () => {
    const pool = createPageAnalyser({ processes: 1 });
    try {
      const source = { kind: 'sitemap' as const, url: 'https://warta.example/sitemap.xml', outlet: null };
      const urlset = (n: number) =>
        new TextEncoder().encode(
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from(
            { length: n },
            (_, i) => `<url><loc>https://warta.example/berita/${i}/pemkot-resmikan-jembatan-baru</loc></url>`,
          ).join('')}</urlset>`,
        );
      const big = urlset(40_000);
      expect(big.byteLength).toBeGreaterThan(2 * 1024 * 1024);
      // Queued together: the ones behind the large listing are served by its replacement.
      const [large, small, page] = await Promise.all([
        pool.readListing({ body: big, contentType: 'application/xml', url: source.url, source }),
        pool.readListing({ body: urlset(2), contentType: 'application/xml', url: source.url, source }),
        pool.analyse({
          body: new TextEncoder().encode(
            `<html><head><title>Jembatan</title></head><body><article><h1>Jembatan baru</h1><p>${'Pemerintah kota meresmikan jembatan baru di tepi sungai. '.repeat(8)}</p></article></body></html>`,
          ),
          contentType: 'text/html; charset=utf-8',
          url: 'https://warta.example/berita/1',
          timeZone: 'WIB',
          fetchedAt: '2026-12-05T03:00:00Z',
        }),
      ]);
      expect(large.articles).toHaveLength(40_000);
      expect(small.articles).toHaveLength(2);
      expect(page.article.title).toBe('Jembatan baru');
      const again = await pool.readListing({
        body: urlset(3),
        contentType: 'application/xml',
        url: source.url,
        source,
      });
      expect(again.articles).toHaveLength(3);
    } finally {
      await pool.close();
    }
  });
});

describe('a command that uses the pool', () => {
  test('ends normally once it has closed the pool', {
    timeout: 60_000,
  }, async () => {
    // A process of its own: an idle page process must not keep a command alive, and closing the
    // pool must not leave the command with nothing to wait on before its processes have ended.
    const script = `
      import { createPageAnalyser } from ${JSON.stringify(new URL('./page-pool.ts', import.meta.url).href)};
      const pages = createPageAnalyser({ processes: 1 });
      const read = await pages.analyseArticle({ title: 'Jalan', text: 'Jalan rusak, kata Pasirjati.', settings: { places: [{ name: 'Pasirjati', kind: 'village' }] } });
      await pages.close();
      console.log(JSON.stringify(read.entities.filter((e) => e.type === 'LOC').map((e) => e.text)));
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(['Pasirjati']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocumentKind, newestFirst, parseSitemap } from './sitemaps.ts';

const fixture = (name: string) => readFileSync(new URL(`./feeds/testdata/${name}`, import.meta.url), 'utf8');
const base = 'https://www.radarbanten.example.id/sitemap.xml';

describe('parseSitemap', () => {
  it('reads a sitemap index with lastmod, resolving relative locations', () => {
    expect(parseSitemap(fixture('sitemap-index.xml'), { baseUrl: base })).toEqual({
      kind: 'index',
      sitemaps: [
        { loc: 'https://www.radarbanten.example.id/sitemap/news.xml', lastmod: '2025-03-03T07:10:00.000Z' },
        {
          loc: 'https://www.radarbanten.example.id/sitemap/2025-03.xml',
          lastmod: '2025-03-03T00:00:00.000Z',
        },
        { loc: 'https://www.radarbanten.example.id/sitemap/2025-02.xml', lastmod: null },
      ],
    });
  });

  it('reads a news sitemap with the news and image extensions', () => {
    const sitemap = parseSitemap(fixture('sitemap-news.xml'), { baseUrl: base });
    if (sitemap.kind !== 'urlset') throw new Error('expected a urlset');
    expect(sitemap.urls).toHaveLength(2);
    expect(sitemap.urls[0]).toEqual({
      loc: 'https://www.radarbanten.example.id/berita/banjir-serang-1245-rumah',
      lastmod: '2025-03-03T07:20:00.000Z',
      news: {
        title: 'Banjir Rendam 1.245 Rumah di Kota Serang & Warga Mengungsi',
        publicationDate: '2025-03-03T07:05:00.000Z',
        language: 'id',
        publicationName: 'Radar Banten',
        keywords: ['banjir', 'Kota Serang', 'BPBD'],
      },
      image: 'https://cdn.radarbanten.example.id/foto/banjir.jpg',
    });
    expect(sitemap.urls[1]).toEqual({
      loc: 'https://www.radarbanten.example.id/berita/pasar-murah',
      lastmod: '2025-03-03T02:00:00.000Z',
      news: null,
      image: null,
    });
  });

  it('rejects what is not a sitemap, and a hostile DTD', () => {
    expect(() => parseSitemap(fixture('rss-namespaces.xml'))).toThrowError(/bukan sitemap/);
    const bomb = fixture('billion-laughs.xml').replace(
      /<rss[\s\S]*$/,
      '<urlset><url><loc>&lol9;</loc></url></urlset>',
    );
    expect(() => parseSitemap(bomb)).toThrowError(/ENTITY/);
  });
});

describe('parseSitemap on a sitemap of several megabytes', () => {
  // 40,000 URLs (~3 MB): long enough to be read in slices, written with a prefixed root, an
  // xml:base for relative locations, a comment and a DTD-free prolog, as CMS plugins write them.
  const N = 40_000;
  const document = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- dibuat oleh plugin peta situs -->',
    '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9" xml:base="https://kota.example.id/arsip/">',
    ...Array.from(
      { length: N },
      (_, i) =>
        `<sm:url><sm:loc>berita-${i}</sm:loc><sm:lastmod>2026-01-${String((i % 28) + 1).padStart(2, '0')}</sm:lastmod></sm:url>`,
    ),
    '</sm:urlset>',
  ].join('\n');

  it('finds every URL once, in document order, with its base and date', () => {
    expect(document.length).toBeGreaterThan(2_500_000);
    const sitemap = parseSitemap(document);
    if (sitemap.kind !== 'urlset') throw new Error('expected a urlset');
    expect(sitemap.urls).toHaveLength(N);
    expect(sitemap.urls.map((u) => u.loc)).toEqual(
      Array.from({ length: N }, (_, i) => `https://kota.example.id/arsip/berita-${i}`),
    );
    expect(sitemap.urls[N - 1].lastmod).toBe(
      `2026-01-${String(((N - 1) % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    );
  });

  it('still reads what came before the cut of a download broken off mid-way', () => {
    const cut = document.slice(0, Math.floor(document.length * 0.7));
    const sitemap = parseSitemap(cut);
    if (sitemap.kind !== 'urlset') throw new Error('expected a urlset');
    expect(sitemap.urls.length).toBeGreaterThan(N * 0.69);
    expect(sitemap.urls.length).toBeLessThan(N * 0.71);
  });

  it('refuses a hostile DTD at the top of a long sitemap', () => {
    const hostile = document.replace(
      '<!-- dibuat',
      '<!DOCTYPE sm:urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><!-- dibuat',
    );
    expect(() => parseSitemap(hostile)).toThrowError(/ENTITY/);
  });
});

describe('detectDocumentKind', () => {
  it.each([
    ['rss-namespaces.xml', 'rss'],
    ['rss-relative-links.xml', 'rss'],
    ['rss091-doctype.xml', 'rss'],
    ['rdf-rss10.xml', 'rdf'],
    ['atom-xml-base.xml', 'atom'],
    ['jsonfeed-11.json', 'jsonfeed'],
    ['sitemap-index.xml', 'sitemapindex'],
    ['sitemap-news.xml', 'urlset'],
    ['html-not-feed.html', 'html'],
    ['billion-laughs.xml', 'rss'],
  ])('%s is %s', (name, kind) => {
    expect(detectDocumentKind(fixture(name))).toBe(kind);
  });

  it('answers unknown for anything else', () => {
    expect(detectDocumentKind('')).toBe('unknown');
    expect(detectDocumentKind('{"items": []}')).toBe('unknown');
    expect(detectDocumentKind('Forbidden')).toBe('unknown');
    expect(detectDocumentKind('<html><body>x</body></html>')).toBe('html');
  });
});

describe('newestFirst', () => {
  const locs = (urls: { loc: string }[]) => urls.map((u) => u.loc);
  const parsed = (body: string) => {
    const sitemap = parseSitemap(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`,
    );
    if (sitemap.kind !== 'urlset') throw new Error('expected a urlset');
    return sitemap.urls;
  };

  it('takes the latest lastmod first, whatever the document order', () => {
    const urls = parsed(`
      <url><loc>https://a.example/lama</loc><lastmod>2019-01-05</lastmod></url>
      <url><loc>https://a.example/baru</loc><lastmod>2025-03-03T07:00:00+07:00</lastmod></url>
      <url><loc>https://a.example/tengah</loc><lastmod>2023-06-01</lastmod></url>`);
    expect(locs(newestFirst(urls))).toEqual([
      'https://a.example/baru',
      'https://a.example/tengah',
      'https://a.example/lama',
    ]);
  });

  it('prefers the Google News publication date over lastmod', () => {
    const urls = parsed(`
      <url><loc>https://a.example/disunting</loc><lastmod>2025-03-04</lastmod>
        <news:news xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><news:publication_date>2020-01-01</news:publication_date></news:news></url>
      <url><loc>https://a.example/kemarin</loc><lastmod>2025-03-02</lastmod></url>`);
    expect(locs(newestFirst(urls))).toEqual(['https://a.example/kemarin', 'https://a.example/disunting']);
  });

  it('reverses the document order when no URL is dated', () => {
    const urls = parsed(
      '<url><loc>https://a.example/1</loc></url><url><loc>https://a.example/2</loc></url><url><loc>https://a.example/3</loc></url>',
    );
    expect(locs(newestFirst(urls))).toEqual([
      'https://a.example/3',
      'https://a.example/2',
      'https://a.example/1',
    ]);
  });

  it('puts undated URLs after dated ones, and breaks ties by later position', () => {
    const urls = parsed(`
      <url><loc>https://a.example/tanpa-1</loc></url>
      <url><loc>https://a.example/sama-1</loc><lastmod>2025-01-01</lastmod></url>
      <url><loc>https://a.example/tanpa-2</loc></url>
      <url><loc>https://a.example/sama-2</loc><lastmod>2025-01-01</lastmod></url>`);
    expect(locs(newestFirst(urls))).toEqual([
      'https://a.example/sama-2',
      'https://a.example/sama-1',
      'https://a.example/tanpa-2',
      'https://a.example/tanpa-1',
    ]);
  });
});

// Proves the fixture news network behaves like real outlets: parseable feeds, stable pages, 304s, gzip, robots.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageModel } from './news-network/article-page.ts';
import { buildCatalog } from './news-network/catalog.ts';
import { type NewsNetwork, startNewsNetwork } from './news-network.ts';

const ANCHOR = new Date('2025-03-10T00:00:00Z');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function feedLinks(format: string, body: string): string[] {
  if (format === 'jsonfeed') return JSON.parse(body).items.map((i: { url: string }) => i.url);
  const doc = xml.parse(body);
  const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
  if (format === 'rss') return list(doc.rss.channel.item).map((i: { link: string }) => i.link);
  if (format === 'atom')
    return list(doc.feed.entry).map((e: { link: { '@href': string } }) => e.link['@href']);
  return list(doc['rdf:RDF'].item).map((i: { link: string }) => i.link);
}

function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('news network', () => {
  let net: NewsNetwork;
  beforeAll(async () => {
    net = await startNewsNetwork({ outlets: 20, articlesPerOutlet: 25, seed: 7, anchor: ANCHOR });
  });
  afterAll(() => net.close());

  it('serves each outlet on its own loopback address with a mix of feed formats', () => {
    expect(new Set(net.outlets.map((o) => o.host)).size).toBe(20);
    for (const o of net.outlets) expect(o.host).toMatch(/^127\.0\.0\.\d+$/);
    expect(new Set(net.outlets.map((o) => o.format))).toEqual(new Set(['rss', 'atom', 'rdf', 'jsonfeed']));
    expect(net.articles).toHaveLength(500);
    expect(new Set(net.articles.map((a) => a.url)).size).toBe(500);
  });

  it('lists every article of an outlet in its feed, newest first, and in its news sitemap', async () => {
    for (const outlet of net.outlets) {
      const res = await fetch(outlet.feedUrl);
      expect(res.status).toBe(200);
      const links = feedLinks(outlet.format, await res.text());
      const own = net.articles.filter((a) => a.outlet === outlet.name);
      expect(links).toEqual(own.map((a) => a.url));
      const times = own.map((a) => Date.parse(a.published));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      const sitemap = xml.parse(await (await fetch(outlet.sitemapUrl)).text());
      expect(sitemap.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(links);
    }
  });

  it('serves every article page with its headline, canonical link and an Indonesian date line', async () => {
    for (const article of net.articles) {
      const res = await fetch(article.url);
      expect(res.status, article.url).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<link rel="canonical" href="${article.url}">`);
      expect(html).toContain(article.title.replace(/&/g, '&amp;'));
      expect(html).toMatch(
        /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}|\d\d\/\d\d\/\d{4}, \d\d:\d\d WIB/,
      );
      expect(html).toMatch(/Baca [Jj]uga|BACA JUGA/);
    }
    expect((await fetch(`${net.outlets[0].origin}/tidak-ada`)).status).toBe(404);
  });

  it('answers conditional GETs with 304 and compresses when asked', async () => {
    for (const url of [net.outlets[1].feedUrl, net.articles[3].url]) {
      const first = await fetch(url);
      const etag = first.headers.get('etag') ?? '';
      const lastModified = first.headers.get('last-modified') ?? '';
      expect(etag).not.toBe('');
      expect(lastModified).not.toBe('');
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
      expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
      expect((await fetch(url, { headers: { 'if-none-match': '"basi"' } })).status).toBe(200);
      const plain = await rawGet(url, {});
      const zipped = await rawGet(url, { 'accept-encoding': 'gzip, deflate' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    }
  });

  it('gives syndicated copies one storyKey across outlets, each carrying the wire lead', async () => {
    const outletsByStory = new Map<string, Set<string>>();
    for (const a of net.articles) {
      outletsByStory.set(a.storyKey, (outletsByStory.get(a.storyKey) ?? new Set()).add(a.outlet));
    }
    const syndicated = [...outletsByStory].filter(([, outlets]) => outlets.size >= 2);
    expect(syndicated.length).toBeGreaterThan(10);
    const [key] = syndicated[0];
    const copies = net.articles.filter((a) => a.storyKey === key);
    const pages = await Promise.all(copies.map(async (a) => (await fetch(a.url)).text()));
    const leadWords = pages.map((html) => html.match(/Sukamaju[^<]{60,}/)?.[0] ?? '');
    expect(leadWords.every((text) => text.length > 0)).toBe(true);
  });

  it('keeps unrelated stories apart and syndicated copies close in wording', () => {
    const catalog = buildCatalog({
      outlets: 8,
      articlesPerOutlet: 60,
      seed: 3,
      wireShare: 0.2,
      robots: 'open',
      anchor: ANCHOR,
    });
    const entries = catalog.articles.flat();
    const text = new Map(
      entries.map((e) => [e, shingles(pageModel(catalog, e, 'http://x').paragraphs.join(' '))]),
    );
    let closestUnrelated = 0;
    let farthestCopy = 1;
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const similarity = jaccard(text.get(entries[i]) ?? new Set(), text.get(entries[j]) ?? new Set());
        if (entries[i].storyKey === entries[j].storyKey) farthestCopy = Math.min(farthestCopy, similarity);
        else closestUnrelated = Math.max(closestUnrelated, similarity);
      }
    }
    expect(farthestCopy).toBeGreaterThan(0.6);
    expect(closestUnrelated).toBeLessThan(0.4);
  });

  it('renders byte-identical pages across requests and across networks with the same seed', async () => {
    const article = net.articles[42];
    const once = await (await fetch(article.url)).text();
    const again = await (await fetch(article.url)).text();
    expect(again).toBe(once);
    const twin = await startNewsNetwork({ outlets: 20, articlesPerOutlet: 25, seed: 7, anchor: ANCHOR });
    try {
      const origin = (url: string) => new URL(url).origin;
      // Pages name their own origin, plainly and URL-encoded in share links; the port differs per run.
      const withoutOrigin = (html: string, url: string) =>
        html.replaceAll(origin(url), '').replaceAll(encodeURIComponent(origin(url)), '');
      const strip = (list: typeof net.articles) =>
        list.map((a) => ({ ...a, url: a.url.replace(origin(a.url), '') }));
      expect(strip(twin.articles)).toEqual(strip(net.articles));
      const twinPage = await (await fetch(twin.articles[42].url)).text();
      expect(withoutOrigin(twinPage, twin.articles[42].url)).toBe(withoutOrigin(once, article.url));
    } finally {
      await twin.close();
    }
  });

  it('records every request with its host and headers', async () => {
    await fetch(net.outlets[2].feedUrl, { headers: { 'user-agent': 'PantauTest/1.0' } });
    const seen = net.requests().filter((r) => r.headers['user-agent'] === 'PantauTest/1.0');
    expect(seen).toEqual([
      expect.objectContaining({ method: 'GET', url: net.outlets[2].feedUrl, host: net.outlets[2].host }),
    ]);
  });
});

describe('robots.txt modes', () => {
  it('forbids the /plus/ section only in disallow-some mode and adds Crawl-delay only when asked', async () => {
    const strict = await startNewsNetwork({
      outlets: 2,
      articlesPerOutlet: 60,
      robots: 'disallow-some',
      anchor: ANCHOR,
    });
    const slow = await startNewsNetwork({
      outlets: 1,
      articlesPerOutlet: 5,
      robots: 'crawl-delay',
      anchor: ANCHOR,
    });
    try {
      const robots = await (await fetch(`${strict.outlets[0].origin}/robots.txt`)).text();
      expect(robots).toContain('Disallow: /plus/');
      expect(robots).toContain(`Sitemap: ${strict.outlets[0].sitemapUrl}`);
      const disallowed = strict.articles.filter((a) => a.disallowed);
      expect(disallowed.length).toBeGreaterThan(0);
      for (const a of strict.articles)
        expect(a.disallowed).toBe(new URL(a.url).pathname.startsWith('/plus/'));
      expect(await (await fetch(`${slow.outlets[0].origin}/robots.txt`)).text()).toContain('Crawl-delay: 1');
    } finally {
      await strict.close();
      await slow.close();
    }
  });
});

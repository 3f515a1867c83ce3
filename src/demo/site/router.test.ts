// The demo site as a crawler meets it: every story is listed by its outlet (feed, news sitemap, or a
// sitemap index by month), the real extractor reads each outlet's pages back as written, and news
// not yet revealed is nowhere to be found.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../collect/extract/index.ts';
import { DAY_MS } from '../calendar.ts';
import { writeDemoNews } from '../news.ts';
import { demoSite } from './router.ts';

const NOW = new Date('2026-11-30T03:15:00Z');
const ORIGIN = 'http://127.0.0.1:8123';
const news = writeDemoNews({ now: NOW, days: 45 });

/** Every article URL a crawler finds from the outlet's listings, following a sitemap index. */
function listed(site: ReturnType<typeof demoSite>): Set<string> {
  const urls = new Set<string>();
  const read = (url: string) => {
    const doc = site.respond(new URL(url).pathname, ORIGIN);
    expect(doc.status, url).toBe(200);
    for (const m of doc.body.matchAll(/<(link|loc)>([^<]+)<\/\1>/g)) {
      if (/sitemap-\d{4}-\d{2}\.xml$/.test(m[2])) read(m[2]);
      else if (!/^https?:\/\/[^/]+\/[^/]+\/$/.test(m[2])) urls.add(m[2]); // not a channel's home
    }
  };
  for (const l of site.listings(ORIGIN)) read(l.url);
  return urls;
}

describe('the demo site', () => {
  test('each outlet lists every one of its stories, through a feed, a news sitemap or monthly sitemaps', () => {
    const site = demoSite(news);
    const kinds = site.listings(ORIGIN).map((l) => `${l.outlet.key}:${l.kind}`);
    expect(kinds).toContain('kabarpriangan:feed');
    expect(kinds).toContain('kabarpriangan:sitemap');
    expect(kinds).toContain('radarpriangan:sitemap');
    const urls = listed(site);
    expect(urls.size).toBe(news.articles.length);
    for (const a of news.articles) expect(urls.has(ORIGIN + a.path), a.path).toBe(true);
  });

  test('robots.txt lets crawlers in and names the sitemaps; unknown addresses are 404', () => {
    const site = demoSite(news);
    const robots = site.respond('/robots.txt', ORIGIN);
    expect(robots.body).toContain('User-agent: *');
    expect(robots.body).toContain(`Sitemap: ${ORIGIN}/radarpriangan/sitemap.xml`);
    expect(site.respond('/sukamajupos/tidak-ada', ORIGIN).status).toBe(404);
    expect(site.respond('/lain/berita', ORIGIN).status).toBe(404);
  });

  test('the real extractor reads every layout back: headline, byline, time to the minute, the whole text', () => {
    const site = demoSite(news);
    for (const outlet of news.outlets) {
      const article = news.articles.find((a) => a.outlet === outlet.key && a.paragraphs.length > 4);
      if (!article) throw new Error(`no article of ${outlet.key}`);
      const page = site.respond(article.path, ORIGIN);
      expect(page.type).toMatch(/^text\/html/);
      const read = extractArticle(page.body, { url: ORIGIN + article.path, timeZone: 'WIB', now: NOW });
      expect(read.title, outlet.key).toBe(article.headline);
      expect(read.author, outlet.key).toBe(article.author);
      expect(new Date(read.published ?? 0).toISOString().slice(0, 16), outlet.key).toBe(
        article.publishedAt.toISOString().slice(0, 16),
      );
      expect(read.text?.startsWith(article.paragraphs[0]), outlet.key).toBe(true);
      expect(read.text, outlet.key).toContain(article.paragraphs[article.paragraphs.length - 1]);
      // Navigation, "Baca juga", related stories and the footer are not the story.
      expect(read.text, outlet.key).not.toMatch(/Baca Juga|Berita Terkait|Pedoman Media Siber/);
    }
  });

  test('until revealed, later news is in no listing and its pages are not found', () => {
    const site = demoSite(news);
    const cut = new Date(NOW.getTime() - 20 * DAY_MS);
    site.reveal(cut);
    const urls = listed(site);
    const before = news.articles.filter((a) => a.publishedAt <= cut);
    expect(urls.size).toBe(before.length);
    const later = news.articles.find((a) => a.publishedAt > cut);
    expect(site.respond(later?.path ?? '', ORIGIN).status).toBe(404);
    site.reveal(NOW);
    expect(listed(site).size).toBe(news.articles.length);
  });
});

// How the outlets list their news for crawlers: an RSS 2.0 feed, a Google News sitemap, or a sitemap
// index with one child per month. Each lists the whole quarter, so one poll finds every story.
import { isoWib, rfc822Wib, wib } from '../calendar.ts';
import type { DemoArticle } from '../news.ts';
import type { Outlet } from '../outlets.ts';
import { esc } from './html.ts';

export function renderRss(outlet: Outlet, articles: DemoArticle[], origin: string, selfPath: string): string {
  const items = articles
    .map(
      (a) => `<item>
<title>${esc(a.headline)}</title>
<link>${origin}${a.path}</link>
<guid isPermaLink="true">${origin}${a.path}</guid>
<pubDate>${rfc822Wib(a.publishedAt)}</pubDate>
<dc:creator>${esc(a.author)}</dc:creator>
<category>${esc(a.section)}</category>
<description>${esc(a.description)}</description>
</item>`,
    )
    .join('\n');
  const newest = articles[0]?.publishedAt;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${esc(outlet.name)}</title>
<link>${origin}${outlet.prefix}/</link>
<atom:link href="${origin}${outlet.prefix}${selfPath}" rel="self" type="application/rss+xml"/>
<description>${esc(outlet.tagline)}</description>
<language>id</language>
${newest ? `<lastBuildDate>${rfc822Wib(newest)}</lastBuildDate>` : ''}
${items}
</channel>
</rss>
`;
}

export function renderNewsSitemap(outlet: Outlet, articles: DemoArticle[], origin: string): string {
  const urls = articles
    .map(
      (a) =>
        `<url><loc>${origin}${a.path}</loc><lastmod>${isoWib(a.publishedAt)}</lastmod><news:news><news:publication><news:name>${esc(outlet.name)}</news:name><news:language>id</news:language></news:publication><news:publication_date>${isoWib(a.publishedAt)}</news:publication_date><news:title>${esc(a.headline)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}

/** "2026-12": the month a story belongs to in a monthly sitemap. */
export function monthKey(at: Date): string {
  const p = wib(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

export function monthlySitemapPath(month: string): string {
  return `/sitemap-${month}.xml`;
}

/** The index of monthly sitemaps, newest month first, each with the time of its newest story. */
export function renderSitemapIndex(outlet: Outlet, articles: DemoArticle[], origin: string): string {
  const months = new Map<string, Date>();
  for (const a of articles) {
    const key = monthKey(a.publishedAt);
    const known = months.get(key);
    if (!known || known < a.publishedAt) months.set(key, a.publishedAt);
  }
  const entries = [...months]
    .map(
      ([month, newest]) =>
        `<sitemap><loc>${origin}${outlet.prefix}${monthlySitemapPath(month)}</loc><lastmod>${isoWib(newest)}</lastmod></sitemap>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries}
</sitemapindex>
`;
}

/** One month's plain sitemap (no news extension, as a newspaper's archive sitemap has). */
export function renderMonthlySitemap(articles: DemoArticle[], origin: string): string {
  const urls = articles
    .map(
      (a) =>
        `<url><loc>${origin}${a.path}</loc><lastmod>${isoWib(a.publishedAt)}</lastmod><changefreq>monthly</changefreq><priority>0.6</priority></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

// The demo site as one function: a path in, the document an outlet's server would answer with out.
// Every outlet lives under its own prefix on one loopback origin; robots.txt is shared by all.
import { isoWib } from '../calendar.ts';
import type { DemoArticle, DemoNews } from '../news.ts';
import type { Outlet } from '../outlets.ts';
import { renderArticlePage } from './article-page.ts';
import { esc } from './html.ts';
import { indexSite, type SiteIndex } from './index.ts';
import {
  monthKey,
  monthlySitemapPath,
  renderMonthlySitemap,
  renderNewsSitemap,
  renderRss,
  renderSitemapIndex,
} from './listings.ts';

export interface SiteDocument {
  status: number;
  type: string;
  body: string;
  /** For Last-Modified: the newest story the document shows. */
  modified: Date | null;
}

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

const NOT_FOUND: SiteDocument = {
  status: 404,
  type: HTML,
  body: '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 Halaman tidak ditemukan</title></head><body><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak tersedia atau sudah dipindahkan.</p></body></html>\n',
  modified: null,
};

export interface DemoSite {
  /** The document at `path` (no query string), with links made absolute against `origin`. */
  respond(path: string, origin: string): SiteDocument;
  /**
   * Shows only the news published up to `until` (all of it until called): the quarter can then be
   * collected as a running installation would have met it, a stretch of days at a time.
   */
  reveal(until: Date): void;
  /** The listings a monitoring office would add as sources, per outlet. */
  listings(origin: string): { outlet: Outlet; kind: 'feed' | 'sitemap'; url: string }[];
}

function robots(site: SiteIndex, origin: string): string {
  const sitemaps = site.news.outlets.flatMap((o) =>
    o.listings.filter((l) => l.kind !== 'rss').map((l) => `Sitemap: ${origin}${o.prefix}${l.path}`),
  );
  return `User-agent: *\nDisallow: /*/wp-admin/\nDisallow: /*/cari\nAllow: /\n\n${sitemaps.join('\n')}\n`;
}

function frontPage(outlet: Outlet, articles: DemoArticle[], origin: string): string {
  const latest = articles.slice(0, 30);
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(outlet.name)} - ${esc(outlet.tagline)}</title></head>
<body><header><h1>${esc(outlet.name)}</h1><p>${esc(outlet.tagline)}</p></header>
<main><h2>Berita Terkini</h2><ul>
${latest.map((a) => `<li><a href="${origin}${a.path}">${esc(a.headline)}</a> <time datetime="${isoWib(a.publishedAt)}"></time></li>`).join('\n')}
</ul></main></body></html>
`;
}

function outletDirectory(site: SiteIndex, origin: string): string {
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Demo Pantau — media Kota Sukamaju</title></head>
<body><h1>Media fiktif Kota Sukamaju (demo Pantau)</h1><ul>
${site.news.outlets.map((o) => `<li><a href="${origin}${o.prefix}/">${esc(o.name)}</a></li>`).join('\n')}
</ul></body></html>
`;
}

export function demoSite(news: DemoNews): DemoSite {
  const site = indexSite(news);
  // Feeds and sitemaps are asked for once per poll, but rendering a quarter's worth takes a moment.
  const listings = new Map<string, SiteDocument | null>();
  let until = Number.POSITIVE_INFINITY;
  const shown = (outlet: Outlet) =>
    (site.byOutlet.get(outlet.key) ?? []).filter((a) => a.publishedAt.getTime() <= until);

  const listingOf = (outlet: Outlet, rest: string, origin: string): SiteDocument | null => {
    const articles = shown(outlet);
    const modified = articles[0]?.publishedAt ?? null;
    for (const listing of outlet.listings) {
      if (rest !== listing.path) continue;
      if (listing.kind === 'rss')
        return { status: 200, type: RSS, body: renderRss(outlet, articles, origin, listing.path), modified };
      if (listing.kind === 'news-sitemap')
        return { status: 200, type: XML, body: renderNewsSitemap(outlet, articles, origin), modified };
      return { status: 200, type: XML, body: renderSitemapIndex(outlet, articles, origin), modified };
    }
    if (outlet.listings.some((l) => l.kind === 'sitemap-index')) {
      const month = /^\/sitemap-(\d{4}-\d{2})\.xml$/.exec(rest)?.[1];
      const inMonth = month ? articles.filter((a) => monthKey(a.publishedAt) === month) : [];
      if (month && rest === monthlySitemapPath(month) && inMonth.length > 0)
        return {
          status: 200,
          type: XML,
          body: renderMonthlySitemap(inMonth, origin),
          modified: inMonth[0].publishedAt,
        };
    }
    return null;
  };

  return {
    respond(path, origin) {
      if (path === '/robots.txt')
        return { status: 200, type: 'text/plain; charset=utf-8', body: robots(site, origin), modified: null };
      if (path === '/')
        return { status: 200, type: HTML, body: outletDirectory(site, origin), modified: null };
      const prefix = `/${path.split('/')[1] ?? ''}`;
      const outlet = site.outletByPrefix.get(prefix);
      if (!outlet) return NOT_FOUND;
      const rest = path.slice(prefix.length) || '/';
      if (rest === '/' || rest === '/indeks')
        return { status: 200, type: HTML, body: frontPage(outlet, shown(outlet), origin), modified: null };
      const key = `${origin}${path}@${until}`;
      if (!listings.has(key)) listings.set(key, listingOf(outlet, rest, origin));
      const listing = listings.get(key);
      if (listing) return listing;
      const article = site.byPath.get(path);
      if (!article || article.publishedAt.getTime() > until) return NOT_FOUND;
      return {
        status: 200,
        type: HTML,
        body: renderArticlePage(site, article, origin),
        modified: article.publishedAt,
      };
    },
    reveal(at) {
      until = at.getTime();
    },
    listings(origin) {
      return news.outlets.flatMap((outlet) =>
        outlet.listings.map((l) => ({
          outlet,
          kind: l.kind === 'rss' ? ('feed' as const) : ('sitemap' as const),
          url: `${origin}${outlet.prefix}${l.path}`,
        })),
      );
    },
  };
}

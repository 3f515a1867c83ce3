// What the demo site knows of its news, arranged the way its pages look it up: each outlet's
// articles newest first, an article by address, and the earlier stories of the same event.
import type { DemoArticle, DemoNews } from '../news.ts';
import type { Outlet, OutletKey } from '../outlets.ts';

export interface SiteIndex {
  news: DemoNews;
  byOutlet: Map<OutletKey, DemoArticle[]>;
  byPath: Map<string, DemoArticle>;
  outletByPrefix: Map<string, Outlet>;
}

export function indexSite(news: DemoNews): SiteIndex {
  const byOutlet = new Map<OutletKey, DemoArticle[]>(news.outlets.map((o) => [o.key, []]));
  const byPath = new Map<string, DemoArticle>();
  for (const a of news.articles) {
    byOutlet.get(a.outlet)?.push(a);
    byPath.set(a.path, a);
  }
  return {
    news,
    byOutlet,
    byPath,
    outletByPrefix: new Map(news.outlets.map((o) => [o.prefix, o])),
  };
}

/** The outlet's earlier stories on the same event (for "Berita Terkait"), newest first. */
export function relatedTo(site: SiteIndex, article: DemoArticle, n: number): DemoArticle[] {
  const own = site.byOutlet.get(article.outlet) ?? [];
  return own
    .filter((a) => a.issue === article.issue && a.id !== article.id && a.publishedAt < article.publishedAt)
    .slice(0, n);
}

/** The outlet's stories published before this one (a page only links to what existed when it was written). */
export function latestBefore(site: SiteIndex, article: DemoArticle, n: number): DemoArticle[] {
  const own = site.byOutlet.get(article.outlet) ?? [];
  return own.filter((a) => a.publishedAt < article.publishedAt).slice(0, n);
}

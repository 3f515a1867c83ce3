// What a site's HTML page says about its own feeds: the `<link rel="alternate">` tags that name an
// RSS, Atom or JSON feed, and the site's name. Read from the same page tree the article extractor
// builds, so a site page and an article page are parsed by one parser.
import { metaValues } from './dates/sources.ts';
import { parsePage } from './extract/dom.ts';
import { absolute } from './extract/metadata.ts';

export interface SiteFeedLink {
  url: string;
  title: string | null;
}

export interface SitePage {
  /** The site's name (og:site_name), else the page's <title>. */
  title: string | null;
  /** Feeds the page announces, in the page's order (publishers put the main feed first). */
  feeds: SiteFeedLink[];
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
/** A page announcing dozens of feeds (one per tag or category) is read for its first few only. */
const MAX_FEEDS = 10;

export function readSitePage(html: string, baseUrl: string): SitePage {
  const tree = parsePage(html);
  const feeds: SiteFeedLink[] = [];
  const seen = new Set<string>();
  for (const link of tree.links) {
    if (!/(^|\s)alternate(\s|$)/i.test(link.rel ?? '')) continue;
    if (!FEED_TYPES.has((link.type ?? '').split(';')[0].trim().toLowerCase())) continue;
    const url = absolute(link.href, baseUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: link.title?.trim() || null });
    if (feeds.length >= MAX_FEEDS) break;
  }
  const siteName = metaValues(tree).get('og:site_name')?.trim();
  const title = siteName || tree.title?.replace(/\s+/g, ' ').trim() || null;
  return { title, feeds };
}

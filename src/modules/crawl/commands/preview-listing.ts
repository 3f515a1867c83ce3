// What a poll of an address would collect, read the way a poll reads it (the same fetcher, limits and
// parsers) but storing nothing: the kind of source it is, its title and its first articles. Given a
// site's page instead of a feed, the feeds the page announces (or the sitemaps its robots.txt names)
// are tried in turn, and the first that reads is the source to add.
import { type Fetcher, type FetchResponse, sitemapsOf } from '../../../collect/fetch/index.ts';
import type { Listing } from '../../../collect/listing.ts';
import type { DiscoveredArticle } from '../../../domain/article.ts';
import { PantauError } from '../../../domain/errors.ts';
import type { TimeZoneName } from '../../../domain/workspace.ts';
import type { PageAnalyser } from '../../../kernel/sandbox/page-pool.ts';
import { offerListing } from './discover.ts';
import { FEED_ACCEPT, fetchListing } from './fetch-listing.ts';
import { previewWarnings } from './preview-warnings.ts';

/** Articles a preview shows: enough to judge a source by, few enough to read at a glance. */
export const PREVIEW_ITEMS = 10;
/** Feeds announced by a page (or sitemaps named by robots.txt) tried before giving up. */
const MAX_CANDIDATES = 3;
const ROBOTS_MAX_BYTES = 512 * 1024;

export interface PreviewItem {
  title: string | null;
  url: string;
  /** ISO 8601, as the listing gave it; null when it gives none. */
  publishedAt: string | null;
}

export interface PreviewWarning {
  code: 'empty' | 'no_dates' | 'some_undated' | 'robots_disallowed' | 'not_html' | 'sitemap_index';
  message: string;
}

export interface ListingPreview {
  /** The kind the source would be added as. */
  kind: 'feed' | 'sitemap' | 'article';
  /** The address to add (a feed found on a site's page, not the page itself). */
  url: string;
  /** The site's page the feed or sitemap was found through; null when the address was the listing. */
  foundOn: string | null;
  title: string | null;
  items: PreviewItem[];
  /** Articles the listing names in all (of the newest child sitemap, for an index). */
  listed: number;
  warnings: PreviewWarning[];
}

export interface PreviewTools {
  fetcher: Fetcher;
  pages: PageAnalyser;
}

export async function previewListing(
  tools: PreviewTools,
  input: { url: string; kind?: 'feed' | 'sitemap' | 'article'; timeZone: TimeZoneName },
): Promise<ListingPreview> {
  if (input.kind === 'article') return previewArticle(tools, input.url, input.timeZone);
  const first = await fetchListing(tools.fetcher, { url: input.url, accept: FEED_ACCEPT });
  const document = await readDocument(tools, first, input.url);
  if (document.kind !== 'page') return previewOf(tools, input.url, null, document, null);
  const candidates = document.feeds.map((f) => f.url);
  if (candidates.length === 0) candidates.push(...(await robotsSitemaps(tools.fetcher, first.url)));
  if (candidates.length === 0) throw noFeedOnPage();
  let failure: unknown = null;
  for (const url of candidates.slice(0, MAX_CANDIDATES)) {
    try {
      const res = await fetchListing(tools.fetcher, { url, accept: FEED_ACCEPT });
      const found = await readDocument(tools, res, url);
      if (found.kind !== 'page') return await previewOf(tools, url, first.url, found, document.title);
    } catch (e) {
      failure = e; // the next candidate may read; the last failure explains if none does
    }
  }
  throw failure ?? noFeedOnPage();
}

function readDocument(tools: PreviewTools, res: FetchResponse, requested: string) {
  return tools.pages.readDocument({
    body: res.body,
    contentType: res.contentType,
    url: res.url,
    source: { kind: 'feed', url: requested, outlet: null },
  });
}

async function previewOf(
  tools: PreviewTools,
  url: string,
  foundOn: string | null,
  listing: Listing,
  siteTitle: string | null,
): Promise<ListingPreview> {
  const articles: DiscoveredArticle[] = [];
  // One child of an index (its newest) is enough to show what the source holds.
  const found = await offerListing(
    tools,
    { kind: listing.kind === 'feed' ? 'feed' : 'sitemap', url, outlet: null },
    listing,
    async (list) => {
      articles.push(...list);
    },
    { maxChildSitemaps: 1 },
  );
  const items = articles.slice(0, PREVIEW_ITEMS).map((a) => ({
    title: a.feedTitle,
    url: a.url,
    publishedAt: isoOrNull(a.feedPublishedAt),
  }));
  const children = listing.kind === 'sitemap' ? listing.children.length : 0;
  return {
    kind: listing.kind,
    url,
    foundOn,
    title: found.title ?? siteTitle ?? articles.find((a) => a.outlet)?.outlet ?? null,
    items,
    listed: articles.length,
    warnings: await previewWarnings(tools.fetcher, { items, listed: articles.length, children }),
  };
}

async function previewArticle(tools: PreviewTools, url: string, timeZone: TimeZoneName) {
  const res = await tools.fetcher.fetch({ url });
  const page = await tools.pages.analyse({
    body: res.body,
    contentType: res.contentType,
    url: res.url,
    timeZone,
    fetchedAt: new Date().toISOString(),
  });
  const items = [{ title: page.article.title, url: res.url, publishedAt: page.article.published }];
  const html = /html/i.test(res.contentType ?? 'text/html');
  return {
    kind: 'article' as const,
    url,
    foundOn: null,
    title: page.article.siteName,
    items,
    listed: 1,
    warnings: await previewWarnings(tools.fetcher, { items, listed: 1, children: 0, html }),
  };
}

/** Sitemaps the site's robots.txt names, fetched as the crawler fetches robots.txt. */
async function robotsSitemaps(fetcher: Fetcher, pageUrl: string): Promise<string[]> {
  const robotsUrl = new URL('/robots.txt', pageUrl).href;
  try {
    const res = await fetcher.fetch({
      url: robotsUrl,
      accept: 'text/plain',
      maxBytes: ROBOTS_MAX_BYTES,
      skipRobots: true,
    });
    return sitemapsOf(robotsUrl, res.body.toString('utf8'));
  } catch {
    return []; // no robots.txt: the page simply announces nothing
  }
}

function noFeedOnPage(): PantauError {
  return new PantauError(
    'no_content',
    'Alamat ini halaman HTML yang tidak menautkan feed RSS/Atom maupun sitemap — the page is not a feed and announces no feed or sitemap',
  );
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

// Turns a fetched feed, sitemap or article URL into the article URLs it points to, handed to the
// poll a list at a time. The documents are read in the page pool's processes (collect/listing.ts);
// here only what needs the network: following a sitemap index to its newest child sitemaps.
import type { Fetcher, FetchResponse } from '../../../collect/fetch/index.ts';
import { discovered, type Listing } from '../../../collect/listing.ts';
import type { DiscoveredArticle } from '../../../domain/article.ts';
import type { Source } from '../../../domain/source.ts';
import type { PageAnalyser } from '../../../kernel/sandbox/page-pool.ts';
import { fetchListing } from './fetch-listing.ts';

/** Child sitemaps followed per poll of a sitemap index, newest first. */
export const MAX_CHILD_SITEMAPS = 5;

export interface Discovery {
  /** The feed's own title, used to name a source added by URL alone. */
  title: string | null;
  /** Child sitemaps of an index this poll did not follow. */
  unfollowedSitemaps: number;
}

type Document = Pick<FetchResponse, 'body' | 'contentType' | 'url'>;
type ListedSource = Pick<Source, 'kind' | 'url' | 'outlet'>;

/**
 * Reads the document and hands its articles to `offer`: once for a feed or a sitemap, once per
 * child for a sitemap index (newest child first), so that a poll holds one child's 50,000 URLs at a
 * time rather than the whole index's quarter of a million.
 */
export async function discoverArticles(
  ctx: { fetcher: Fetcher; pages: PageAnalyser },
  source: ListedSource,
  document: Document,
  offer: (articles: DiscoveredArticle[]) => Promise<void>,
): Promise<Discovery> {
  if (source.kind === 'article') {
    const one = discovered(source.url, source.url, source.outlet ?? new URL(source.url).hostname);
    await offer(one ? [one] : []);
    return { title: null, unfollowedSitemaps: 0 };
  }
  const listing = await readWith(ctx, source, document);
  return offerListing(ctx, source, listing, offer);
}

const readWith = (ctx: { pages: PageAnalyser }, source: ListedSource, doc: Document) =>
  ctx.pages.readListing({
    body: doc.body,
    contentType: doc.contentType,
    url: doc.url,
    source: { kind: source.kind, url: source.url, outlet: source.outlet },
  });

/**
 * Hands a listing already read to `offer`: a feed or sitemap at once, a sitemap index child by
 * child (a source preview reads the document itself, to tell a site's page from a listing).
 */
export async function offerListing(
  ctx: { fetcher: Fetcher; pages: PageAnalyser },
  source: ListedSource,
  listing: Listing,
  offer: (articles: DiscoveredArticle[]) => Promise<void>,
  options: { maxChildSitemaps?: number } = {},
): Promise<Discovery> {
  if (listing.kind === 'feed') {
    await offer(listing.articles);
    return { title: listing.title, unfollowedSitemaps: 0 };
  }
  if (listing.children.length === 0) {
    await offer(listing.articles);
    return { title: null, unfollowedSitemaps: 0 };
  }
  // An index inside an index is not followed further.
  const followed = options.maxChildSitemaps ?? MAX_CHILD_SITEMAPS;
  for (const child of listing.children.slice(0, followed)) {
    const res = await fetchListing(ctx.fetcher, { url: child.loc });
    await offer((await readWith(ctx, source, res)).articles);
  }
  return { title: null, unfollowedSitemaps: Math.max(0, listing.children.length - followed) };
}

// Turns a fetched feed, sitemap or article URL into the list of article URLs it points to. The
// documents are read on the page pool's threads (collect/listing.ts); here only what needs the
// network: following a sitemap index to its newest child sitemaps.
import type { Fetcher, FetchResponse } from '../../../collect/fetch/index.ts';
import { discovered } from '../../../collect/listing.ts';
import { mergeNewestFirst } from '../../../collect/sitemaps.ts';
import type { DiscoveredArticle } from '../../../domain/article.ts';
import type { Source } from '../../../domain/source.ts';
import type { PageAnalyser } from '../../../kernel/sandbox/page-pool.ts';
import { fetchListing } from './fetch-listing.ts';

/** Child sitemaps followed per poll of a sitemap index, newest first. */
const MAX_CHILD_SITEMAPS = 5;

export interface Discovery {
  articles: DiscoveredArticle[];
  /** The feed's own title, used to name a source added by URL alone. */
  title: string | null;
  /** Child sitemaps of an index this poll did not follow. */
  unfollowedSitemaps: number;
}

type Document = Pick<FetchResponse, 'body' | 'contentType' | 'url'>;

export async function discoverArticles(
  ctx: { fetcher: Fetcher; pages: PageAnalyser },
  source: Source,
  document: Document,
): Promise<Discovery> {
  if (source.kind === 'article') {
    const one = discovered(source.url, source.url, source.outlet ?? new URL(source.url).hostname);
    return { articles: one ? [one] : [], title: null, unfollowedSitemaps: 0 };
  }
  const read = (doc: Document) =>
    ctx.pages.readListing({
      body: doc.body,
      contentType: doc.contentType,
      url: doc.url,
      source: { kind: source.kind, url: source.url, outlet: source.outlet },
    });
  const listing = await read(document);
  if (listing.kind === 'feed')
    return { articles: listing.articles, title: listing.title, unfollowedSitemaps: 0 };
  if (listing.children.length === 0)
    return { articles: listing.articles, title: null, unfollowedSitemaps: 0 };
  // A sitemap index: its newest children, each read alone so only one is ever in memory. An index
  // inside an index is not followed further.
  const lists: DiscoveredArticle[][] = [];
  for (const child of listing.children.slice(0, MAX_CHILD_SITEMAPS)) {
    const res = await fetchListing(ctx.fetcher, { url: child.loc });
    lists.push((await read(res)).articles);
  }
  // The poll takes the head of this list and leaves the rest for later polls.
  return {
    articles: mergeNewestFirst(lists, (d) => d.feedPublishedAt),
    title: null,
    unfollowedSitemaps: Math.max(0, listing.children.length - MAX_CHILD_SITEMAPS),
  };
}

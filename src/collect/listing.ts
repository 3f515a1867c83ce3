// Everything CPU-bound done to a fetched feed or sitemap, in one pure function: decode the bytes,
// recognise and parse the document, and turn its entries into the article URLs a poll stores.
// It runs in the page pool's processes (like page-analysis.ts) because a 10 MB sitemap takes seconds
// and over a hundred MB to read: on the crawl's own event loop that stalled it and grew it.
import type { DiscoveredArticle } from '../domain/article.ts';
import { PantauError } from '../domain/errors.ts';
import type { SourceKind } from '../domain/source.ts';
import { decodeBody } from './charset.ts';
import { articleKey, normalizeUrl } from './dedup/url.ts';
import { parseFeed } from './feeds/index.ts';
import { unwrapRedirectLink } from './search-feeds.ts';
import { readSitePage, type SitePage } from './site-feeds.ts';
import { detectDocumentKind, newestFirst, parseSitemap } from './sitemaps.ts';

export interface ListingInput {
  body: Uint8Array;
  contentType: string | null;
  /** The URL the document came from after redirects: relative links resolve against it. */
  url: string;
  source: { kind: SourceKind; url: string; outlet: string | null };
  /**
   * An HTML page is read for the feeds it announces instead of refused: a source preview given a
   * site's address looks for its feeds; a poll never asks (its source is a feed or a sitemap).
   */
  readPage?: boolean;
}

export type Listing =
  | { kind: 'feed'; title: string | null; articles: DiscoveredArticle[] }
  | {
      kind: 'sitemap';
      /** Newest first (see newestFirst): a poll takes the head and leaves the rest for later. */
      articles: DiscoveredArticle[];
      /** A sitemap index's child sitemaps, newest first; empty for a urlset. */
      children: { loc: string; lastmod: string | null }[];
    };

/** A site's HTML page, read (with `readPage`) for the feeds it announces. */
export type SiteListing = { kind: 'page' } & SitePage;

export function readListing(input: ListingInput & { readPage: true }): Listing | SiteListing;
export function readListing(input: ListingInput): Listing;
export function readListing(input: ListingInput): Listing | SiteListing {
  const text = decodeBody(
    Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength),
    input.contentType,
  );
  const { source, url } = input;
  const kind = detectDocumentKind(text);
  if (kind === 'rss' || kind === 'rdf' || kind === 'atom' || kind === 'jsonfeed') {
    const feed = parseFeed(text, { baseUrl: url });
    const articles: DiscoveredArticle[] = [];
    for (const entry of feed.entries) {
      if (!entry.link) continue;
      // News search engines wrap the article URL in a redirect of their own.
      const link = source.kind === 'search' ? unwrapRedirectLink(entry.link) : entry.link;
      const d = discovered(link, url, null, {
        feedTitle: entry.title,
        feedSummary: entry.summary,
        feedPublishedAt: entry.published ?? entry.updated,
      });
      if (d) articles.push({ ...d, outlet: outletFor(source, feed.title, d.url) });
    }
    return { kind: 'feed', title: feed.title, articles };
  }
  if (kind === 'urlset' || kind === 'sitemapindex') {
    const sitemap = parseSitemap(text, { baseUrl: url });
    if (sitemap.kind === 'index') {
      // The same order as URLs: WordPress core's index has no lastmod and lists its newest posts'
      // sitemap last, so an index read top-down would have followed the oldest archives forever.
      return { kind: 'sitemap', articles: [], children: newestFirst(sitemap.sitemaps, (c) => c.lastmod) };
    }
    const articles: DiscoveredArticle[] = [];
    for (const u of sitemap.urls) {
      const d = discovered(u.loc, url, outletFor(source, u.news?.publicationName ?? null, u.loc), {
        feedTitle: u.news?.title ?? null,
        feedPublishedAt: u.news?.publicationDate ?? u.lastmod,
      });
      if (d) articles.push(d);
    }
    return { kind: 'sitemap', articles: newestFirst(articles, (d) => d.feedPublishedAt), children: [] };
  }
  if (kind === 'html' && input.readPage) return { kind: 'page', ...readSitePage(text, url) };
  throw notAListing(kind === 'html');
}

/** Why a document cannot be polled: an HTML page, or something that is not a feed or sitemap at all. */
export function notAListing(html: boolean): PantauError {
  return new PantauError(
    'malformed_feed',
    html
      ? 'Alamat ini halaman HTML, bukan feed atau sitemap — not a feed (add it as --type article?)'
      : 'Isi tidak dikenali sebagai feed atau sitemap — not a feed or sitemap',
  );
}

/** The article a listed URL stands for, or null for a link that is not one (javascript:, garbage). */
export function discovered(
  url: string,
  base: string,
  outlet: string | null,
  extra: Partial<DiscoveredArticle> = {},
): DiscoveredArticle | null {
  try {
    const normalized = normalizeUrl(url, base);
    return {
      url: normalized,
      urlKey: articleKey(normalized),
      outlet,
      feedTitle: extra.feedTitle ?? null,
      feedSummary: extra.feedSummary ?? null,
      feedPublishedAt: extra.feedPublishedAt ?? null,
    };
  } catch {
    return null; // a javascript: or malformed link in a feed is skipped, not fatal
  }
}

function outletFor(source: ListingInput['source'], feedTitle: string | null, articleUrl: string): string {
  // Search-result feeds mix outlets, so their articles are credited to their own site.
  if (source.kind === 'search') return new URL(articleUrl).hostname.replace(/^www\./, '');
  return source.outlet ?? feedTitle ?? new URL(source.url).hostname.replace(/^www\./, '');
}

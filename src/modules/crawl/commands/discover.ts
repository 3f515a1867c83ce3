// Turns a fetched feed, sitemap or article URL into the list of article URLs it points to.
import { decodeBody } from '../../../collect/charset.ts';
import { articleKey, normalizeUrl } from '../../../collect/dedup/url.ts';
import { parseFeed } from '../../../collect/feeds/index.ts';
import type { Fetcher } from '../../../collect/fetch/index.ts';
import { unwrapRedirectLink } from '../../../collect/search-feeds.ts';
import { detectDocumentKind, newestFirst, parseSitemap } from '../../../collect/sitemaps.ts';
import type { DiscoveredArticle } from '../../../domain/article.ts';
import { PantauError } from '../../../domain/errors.ts';
import type { Source } from '../../../domain/source.ts';
import { fetchListing } from './fetch-listing.ts';

/** Child sitemaps followed per poll of a sitemap index, newest first. */
const MAX_CHILD_SITEMAPS = 5;

function discovered(
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

function outletFor(source: Source, feedTitle: string | null, articleUrl: string): string {
  // Search-result feeds mix outlets, so their articles are credited to their own site.
  if (source.kind === 'search') return new URL(articleUrl).hostname.replace(/^www\./, '');
  return source.outlet ?? feedTitle ?? new URL(source.url).hostname.replace(/^www\./, '');
}

export interface Discovery {
  articles: DiscoveredArticle[];
  /** The feed's own title, used to name a source added by URL alone. */
  title: string | null;
}

export async function discoverArticles(
  fetcher: Fetcher,
  source: Source,
  document: { text: string; url: string },
): Promise<Discovery> {
  if (source.kind === 'article') {
    const one = discovered(source.url, source.url, source.outlet ?? new URL(source.url).hostname);
    return { articles: one ? [one] : [], title: null };
  }
  let title: string | null = null;
  const kind = detectDocumentKind(document.text);
  let out: DiscoveredArticle[] = [];
  if (kind === 'rss' || kind === 'rdf' || kind === 'atom' || kind === 'jsonfeed') {
    const feed = parseFeed(document.text, { baseUrl: document.url });
    title = feed.title;
    for (const entry of feed.entries) {
      if (!entry.link) continue;
      // News search engines wrap the article URL in a redirect of their own.
      const link = source.kind === 'search' ? unwrapRedirectLink(entry.link) : entry.link;
      const d = discovered(link, document.url, null, {
        feedTitle: entry.title,
        feedSummary: entry.summary,
        feedPublishedAt: entry.published ?? entry.updated,
      });
      if (d) out.push({ ...d, outlet: outletFor(source, feed.title, d.url) });
    }
  } else if (kind === 'urlset' || kind === 'sitemapindex') {
    await collectSitemap(fetcher, source, document, out, 0);
    // The poll takes the head of this list and leaves the rest for later polls.
    out = newestFirst(out, (d) => d.feedPublishedAt);
  } else {
    throw new PantauError(
      'malformed_feed',
      kind === 'html'
        ? 'Alamat ini halaman HTML, bukan feed atau sitemap — not a feed (add it as --type article?)'
        : 'Isi tidak dikenali sebagai feed atau sitemap — not a feed or sitemap',
    );
  }
  return { articles: out, title };
}

async function collectSitemap(
  fetcher: Fetcher,
  source: Source,
  document: { text: string; url: string },
  out: DiscoveredArticle[],
  depth: number,
): Promise<void> {
  const sitemap = parseSitemap(document.text, { baseUrl: document.url });
  if (sitemap.kind === 'urlset') {
    for (const u of sitemap.urls) {
      const d = discovered(u.loc, document.url, outletFor(source, u.news?.publicationName ?? null, u.loc), {
        feedTitle: u.news?.title ?? null,
        feedPublishedAt: u.news?.publicationDate ?? u.lastmod,
      });
      if (d) out.push(d);
    }
    return;
  }
  if (depth > 0) return; // an index inside an index is not followed further
  const children = [...sitemap.sitemaps]
    .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''))
    .slice(0, MAX_CHILD_SITEMAPS);
  for (const child of children) {
    const res = await fetchListing(fetcher, { url: child.loc });
    await collectSitemap(
      fetcher,
      source,
      { text: decodeBody(res.body, res.contentType), url: res.url },
      out,
      depth + 1,
    );
  }
}

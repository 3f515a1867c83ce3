// The sources API contract (shared by the HTTP routes, their documentation and the web app).
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

export const newSourceBody = z.object({
  workspace: workspaceSlug,
  url: z.string().url().max(2000).optional(),
  kind: z.enum(['feed', 'sitemap', 'search', 'article']).optional(),
  name: z.string().min(1).max(200).optional(),
  query: z.string().min(1).max(500).optional(),
  catalogueKey: z.string().min(1).max(100).optional(),
});
export const sourcePatchBody = z.object({ enabled: z.boolean() });

export const sourceSchema = z.object({
  id: z.number(),
  workspaceId: z.number(),
  kind: z.enum(['feed', 'sitemap', 'search', 'article']),
  name: z.string(),
  url: z.string(),
  query: z.string().nullable().optional(),
  enabled: z.boolean(),
  stale: z.boolean().optional(),
  lastError: z.string().nullable().optional(),
  /** URLs of the listing (a large sitemap) left for the next polls. */
  unvisitedUrls: z.number().optional(),
  /** Child sitemaps of an index that polls do not follow (only the newest few are read). */
  unfollowedSitemaps: z.number().optional(),
  /** The same as a sentence, Indonesian first; null when nothing is left. */
  backlog: z.string().nullable().optional(),
});
export const sourceLogEntry = z.object({
  at: z.string(),
  level: z.enum(['info', 'warn', 'error']),
  message: z.string(),
});

/** "Test this address": what a source at this URL would collect, before it is added. */
export const previewBody = z.object({
  workspace: workspaceSlug,
  url: z.string().url().max(2000),
  /** A hint only for feeds and sitemaps (the document says what it is); `article` reads one page. */
  kind: z.enum(['feed', 'sitemap', 'article']).optional(),
});

const previewItem = z.strictObject({
  title: z.string().nullable(),
  url: z.string(),
  /** ISO 8601; null when the listing gives no date. */
  publishedAt: z.string().nullable(),
});

const bilingual = z.string().describe('Bahasa Indonesia — English');

export const sourcePreview = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** The kind and address to add: a feed found on a site's page, not the page itself. */
    kind: z.enum(['feed', 'sitemap', 'article']),
    url: z.string(),
    /** The site's page the feed or sitemap was found through; null when the address was one. */
    foundOn: z.string().nullable(),
    title: z.string().nullable(),
    /** The first articles, at most 10, in the listing's order. */
    items: z.array(previewItem).max(10),
    /** Articles the listing names in all. */
    listed: z.number().int().min(0),
    warnings: z.array(
      z.strictObject({
        code: z.enum(['empty', 'no_dates', 'some_undated', 'robots_disallowed', 'not_html', 'sitemap_index']),
        message: bilingual,
      }),
    ),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      /** Stable: blocked_address, http_status, timeout, too_large, network, malformed_feed, … */
      code: z.string(),
      message: bilingual,
      /** What the fetcher or parser said, for the curious and for support. */
      detail: z.string(),
    }),
  }),
]);
export type SourcePreview = z.infer<typeof sourcePreview>;

const mediaType = z.enum(['national', 'regional', 'aggregator', 'unknown']);

/** The outlets a workspace follows, each with its sources and what they collected lately. */
export const outletCatalogue = z.strictObject({
  /** Start of the window articles are counted in (30 days back). */
  since: z.string(),
  outlets: z.array(
    z.strictObject({
      name: z.string(),
      /** National or regional outlet, a news search mixing outlets, or not known. */
      mediaType,
      region: z.string().nullable(),
      articlesLast30Days: z.number().int().min(0),
      lastArticleAt: z.string().nullable(),
      sources: z.array(
        z.strictObject({
          id: z.number(),
          name: z.string(),
          kind: z.enum(['feed', 'sitemap', 'search', 'article']),
          url: z.string(),
          enabled: z.boolean(),
          articlesLast30Days: z.number().int().min(0),
          lastArticleAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type OutletCatalogue = z.infer<typeof outletCatalogue>;
export type MediaType = z.infer<typeof mediaType>;

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

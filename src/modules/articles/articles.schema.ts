// The articles API contract.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

export const searchQuery = z.object({
  q: z.string().min(1).max(500).describe('kata wajib, "frasa", -kecuali'),
  workspace: workspaceSlug,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const articleSummarySchema = z.object({
  id: z.number(),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  description: z.string().nullable(),
  image: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string().nullable(),
  status: z.enum(['pending', 'fetched', 'failed', 'duplicate']),
  storyId: z.number().nullable(),
  sourceId: z.number().nullable(),
  fetchedAt: z.string().nullable(),
});

export const searchResponse = z.object({
  results: z.array(z.object({ article: articleSummarySchema, rank: z.number(), snippet: z.string() })),
  limit: z.number(),
  offset: z.number(),
});

export const articleResponse = z.object({
  article: articleSummarySchema.extend({ text: z.string().nullable() }).loose(),
});

export const exportQuery = z.object({
  format: z.enum(['csv', 'jsonl', 'xlsx']).default('csv').describe('csv | jsonl | xlsx'),
  workspace: workspaceSlug,
});

/** What an export is sent as, by format; the documentation lists the same. */
export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// The articles API contract.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import { clippingOfArticleSchema } from '../clippings/clippings.schema.ts';

/** Tone as stored, or as users write it in Indonesian. */
const toneFilter = z.preprocess(
  (v) =>
    typeof v === 'string' ? ({ positif: 'positive', netral: 'neutral', negatif: 'negative' }[v] ?? v) : v,
  z.enum(['positive', 'neutral', 'negative']),
);

/** What narrows a search or an export: the query, then period, outlet, tone, subject, issue, language. */
export const articleFilterQuery = z.object({
  q: z.string().max(500).optional().describe('kata wajib, "frasa", -kecuali (bahasa kueri subjek)'),
  from: z.iso.datetime({ offset: true }).optional().describe('terbit sejak (ISO 8601)'),
  to: z.iso.datetime({ offset: true }).optional().describe('terbit sebelum (ISO 8601)'),
  outlet: z.string().min(1).max(200).optional().describe('nama media'),
  tone: toneFilter.optional().describe('positif, netral atau negatif (koreksi analis menang)'),
  subject: z.coerce.number().int().positive().optional().describe('nomor subjek'),
  issue: z.coerce.number().int().positive().optional().describe('nomor isu'),
  lang: z.string().min(2).max(10).optional(),
});
export type ArticleFilterQuery = z.output<typeof articleFilterQuery>;

export const searchQuery = articleFilterQuery.extend({
  workspace: workspaceSlug,
  sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  facets: z
    .enum(['0', '1'])
    .default('1')
    .transform((v) => v === '1')
    .describe('1: hitung juga total dan faset (bawaan)'),
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
  medium: z.enum(['online', 'print']).describe('online, atau print (kliping media cetak)'),
});

const count = z.number();
export const searchFacetsSchema = z.object({
  outlets: z.array(z.object({ name: z.string(), count })),
  tones: z.array(z.object({ tone: z.enum(['positive', 'neutral', 'negative']), count })),
  subjects: z.array(z.object({ id: z.number(), name: z.string(), count })),
  issues: z.array(z.object({ id: z.number(), title: z.string(), count })),
});

export const searchResponse = z.object({
  results: z.array(
    z.object({
      article: articleSummarySchema,
      rank: z
        .number()
        .describe(
          'Kecocokan dengan kueri bila diurutkan menurut kecocokan (makin besar makin cocok); 0 bila diurutkan menurut tanggal. — Relevance when sorted by relevance (larger is better); 0 when sorted by date.',
        ),
      snippet: z.string(),
    }),
  ),
  limit: z.number(),
  offset: z.number(),
  /** Every article the search and its filters hold (absent when facets=0). */
  total: z.number().optional(),
  facets: searchFacetsSchema.optional(),
});
export type SearchResponse = z.infer<typeof searchResponse>;

export const articleResponse = z.object({
  article: articleSummarySchema
    .extend({
      text: z.string().nullable(),
      clipping: clippingOfArticleSchema.nullable().describe('kliping asal artikel media cetak'),
    })
    .loose(),
});

export const exportQuery = articleFilterQuery.extend({
  format: z.enum(['csv', 'jsonl', 'xlsx']).default('csv').describe('csv | jsonl | xlsx'),
  workspace: workspaceSlug,
});

/** What an export is sent as, by format; the documentation lists the same. */
export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

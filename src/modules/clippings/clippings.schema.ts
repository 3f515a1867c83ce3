// Request and answer shapes of /api/v1/print-outlets, /api/v1/clippings and articles' text versions,
// shared by the API documentation and the web app.
import { z } from 'zod';
import { PRINT_FREQUENCIES } from '../../domain/clipping.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal YYYY-MM-DD');

export const boxSchema = z
  .object({
    x: z.number().min(0).max(100_000),
    y: z.number().min(0).max(100_000),
    w: z.number().positive().max(100_000),
    h: z.number().positive().max(100_000),
  })
  .strict()
  .describe('persegi pada gambar halaman, dalam piksel gambar');

export const outletInputSchema = z
  .object({
    name: z.string().trim().min(1).max(160),
    region: z.string().trim().max(160).nullable().optional(),
    frequency: z.enum(PRINT_FREQUENCIES).optional().describe('harian, mingguan, bulanan, lainnya'),
    circulation: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .nullable()
      .optional()
      .describe('oplah bila diketahui'),
    partnerId: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('mitra media (kerja sama), bila ada'),
  })
  .strict();

export const outletSchema = z.object({
  id: z.number(),
  name: z.string(),
  region: z.string().nullable(),
  frequency: z.enum(PRINT_FREQUENCIES),
  circulation: z.number().nullable(),
  partnerId: z.number().nullable(),
  partnerName: z.string().nullable(),
  clippingCount: z.number(),
  createdAt: z.string(),
});

/** A 30 MB file as base64 (4/3 larger), with room so an oversized one is answered 413 by name. */
export const CLIPPING_BODY_LIMIT = 42 * 1024 * 1024;

export const clippingInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    contentBase64: z.string().min(1).describe('isi berkas JPG/PNG/TIFF/WebP/PDF, base64; paling besar 30 MB'),
    outlet: z
      .string()
      .trim()
      .min(1)
      .max(160)
      .describe('nama media cetak; nama baru ditambahkan ke daftar media'),
    date: day.describe('tanggal terbit edisi'),
    page: z.number().int().min(1).max(999).nullable().optional().describe('nomor halaman koran'),
  })
  .strict();

export const clippingSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  fileSize: z.number(),
  outletId: z.number(),
  outlet: z.string(),
  editionDate: z.string(),
  firstPage: z.number().nullable(),
  status: z.enum(['processing', 'ready', 'failed']),
  error: z.string().nullable(),
  pageCount: z.number(),
  articleCount: z.number(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const clippingPageSchema = z.object({
  id: z.number(),
  clippingId: z.number(),
  pageNo: z.number(),
  width: z.number(),
  height: z.number(),
  method: z.enum(['ocr', 'text-layer']),
  proposedRegions: z.array(boxSchema),
  regions: z.array(
    z.object({
      id: z.number(),
      box: boxSchema,
      articleId: z.number().nullable(),
      title: z.string().nullable(),
      characters: z.number(),
    }),
  ),
  confirmed: z.boolean(),
  meanConfidence: z.number().nullable().describe('keyakinan OCR rata-rata 0–100'),
});

export const clippingDetailSchema = clippingSchema.extend({ pages: z.array(clippingPageSchema) });

export const clippingListQuery = z.object({
  workspace: workspaceSlug,
  outlet: z.coerce.number().int().positive().optional(),
  from: day.optional(),
  to: day.optional(),
  status: z.enum(['processing', 'ready', 'failed']).optional(),
});

export const regionsInputSchema = z.object({ regions: z.array(boxSchema).min(1).max(40) }).strict();
export const regionTextInputSchema = z.object({ box: boxSchema }).strict();
export const regionTextSchema = z.object({ title: z.string().nullable(), text: z.string() });

export const clippingOfArticleSchema = z.object({
  clippingId: z.number(),
  pageId: z.number(),
  pageNo: z.number(),
  box: boxSchema,
  width: z.number().describe('lebar gambar halaman'),
  height: z.number(),
  outlet: z.string(),
  editionDate: z.string(),
  imageUrl: z.string(),
});

export const textCorrectionSchema = z
  .object({
    title: z.string().max(500).nullable(),
    text: z.string().min(1).max(200_000),
    note: z.string().max(500).nullable().optional(),
    baseVersion: z.number().int().min(1),
  })
  .strict();

export const textVersionSchema = z.object({
  version: z.number(),
  title: z.string().nullable(),
  text: z.string(),
  note: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});

// The API and web contract of the inventory: a program or activity, its coverage, the spreadsheet
// import (preview and commit) and the public issues of a period.
import { z } from 'zod';
import { PROGRAM_KINDS, PROGRAM_STATUSES } from '../../domain/program.ts';
import { workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { PROGRAM_FIELDS } from './program-columns.ts';

const day = z.iso.date().describe('tanggal, TTTT-BB-HH');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const programInputSchema = z.object({
  kind: z.enum(PROGRAM_KINDS).optional().describe('program atau kegiatan'),
  name: z.string().trim().min(1).max(300).describe('Nama program/kegiatan'),
  description: z.string().trim().max(4000).optional(),
  agencyId: z.number().int().positive().nullable().optional().describe('OPD pelaksana (id)'),
  agencyName: optionalText(200).describe('Nama OPD bila tidak ada di daftar OPD'),
  budgetYear: z.number().int().min(2000).max(2100).nullable().optional().describe('Tahun anggaran'),
  location: optionalText(300),
  startDate: day.nullable().optional(),
  endDate: day.nullable().optional(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  contactName: optionalText(200),
  contactPhone: optionalText(60),
  contactEmail: z.email().max(320).nullable().optional(),
  documents: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(300),
        url: z
          .url({ protocol: /^https?$/ })
          .max(2000)
          .nullable()
          .optional(),
      }),
    )
    .max(20)
    .optional(),
  keywords: z
    .array(z.string().trim().min(1).max(120))
    .max(20)
    .optional()
    .describe('Kata kunci pencarian liputan; kosong: dari nama program'),
});
export type ProgramInput = z.output<typeof programInputSchema>;

export const programSchema = z.object({
  id: z.number(),
  workspaceId: z.number(),
  kind: z.enum(PROGRAM_KINDS),
  name: z.string(),
  description: z.string(),
  agencyId: z.number().nullable(),
  agencyName: z.string().nullable(),
  budgetYear: z.number().nullable(),
  location: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(PROGRAM_STATUSES),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  documents: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
  keywords: z.array(z.string()),
  searchKeywords: z.array(z.string()).describe('kata kunci yang dipakai mencari liputan'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const tone = z.enum(['positive', 'negative', 'neutral']).nullable();
export const coverageSchema = z.object({
  query: z.string().describe('kueri pencarian yang dipakai'),
  total: z.number(),
  problem: z.string().nullable().describe('mengapa kata kunci tidak dapat dicari, bila begitu'),
  tones: z.object({ positive: z.number(), negative: z.number(), neutral: z.number() }),
  latest: z.array(
    z.object({
      id: z.number(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      url: z.string(),
      publishedAt: z.string().nullable(),
      tone,
    }),
  ),
});

export const listQuerySchema = workspaceQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  agency: z.coerce.number().int().positive().optional(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  search: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const field = z.enum(PROGRAM_FIELDS);
/** Base64 of a file up to 5 MB, with room so an oversized one is answered 413 by name, not 400. */
const fileBase64 = z
  .string()
  .min(1)
  .max(8 * 1024 * 1024)
  .describe('isi berkas XLSX atau CSV, base64; paling besar 5 MB, 5.000 baris');

export const importPreviewSchema = z.object({
  workspace: workspaceSlug,
  fileName: z.string().trim().max(200).optional(),
  contentBase64: fileBase64,
});

export const importCommitSchema = importPreviewSchema.extend({
  mapping: z
    .array(field.nullable())
    .max(200)
    .optional()
    .describe('bidang tiap kolom, urut kolom; null: kolom diabaikan; kosong: usulan otomatis'),
});

export const rowErrorSchema = z.object({
  row: z.number(),
  column: z.string(),
  field: field.nullable(),
  message: z.string(),
});

export const previewSchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  headers: z.array(z.string()),
  mapping: z.array(field.nullable()),
  fields: z.array(z.object({ key: field, label: z.string() })),
  rowCount: z.number(),
  rows: z.array(
    z.object({
      row: z.number(),
      cells: z.array(z.string()).describe('isi sel baris ini, urut kolom'),
      program: programInputSchema.extend({ agencyId: z.number().nullable() }).loose(),
    }),
  ),
  errors: z.array(rowErrorSchema),
});

export const publicIssuesQuerySchema = workspaceQuery.extend({
  from: day.optional().describe('awal periode (hari lokal); bawaan: 7 hari terakhir'),
  to: day.optional().describe('akhir periode, termasuk; bawaan: hari ini'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const publicIssueSchema = z.object({
  id: z.number(),
  label: z.string(),
  articleCount: z.number(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  tones: z.object({ positive: z.number(), negative: z.number(), neutral: z.number() }),
  dominantTone: tone,
  crisisLevel: z.enum(['normal', 'waspada', 'siaga', 'krisis']),
});

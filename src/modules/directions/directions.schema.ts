// The API and web contract of directions: giving one, an agency's actions on its recipient row, the
// office's follow-up, and the direction as a list item, in full (recipients as a tree in reading
// order, the timeline), and the per-agency summary.
import { z } from 'zod';
import { DIRECTION_ASKS, DIRECTION_NATURES, RECIPIENT_STATUSES } from '../../domain/direction.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601, mis. 2026-12-11T16:00:00+07:00');
const note = z.string().trim().min(1).max(4000);
const agencyIds = z.array(z.number().int().positive()).min(1).max(30);

export const giveDirectionSchema = z.object({
  workspace: workspaceSlug,
  subject: z.string().trim().min(1).max(300).describe('Perihal'),
  instruction: z.string().trim().min(1).max(4000).describe('Isi arahan (dicetak sebagai Catatan)'),
  nature: z.enum(DIRECTION_NATURES).default('biasa').describe('Sifat'),
  asks: z.array(z.enum(DIRECTION_ASKS)).max(DIRECTION_ASKS.length).optional().describe('Dengan hormat harap'),
  number: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Nomor disposisi; bawaan: nomor urut tahun ini'),
  givenBy: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Pemberi arahan; bawaan: Wali Kota / Bupati'),
  givenAt: instant.optional().describe('Kapan arahan diberikan; bawaan: sekarang'),
  dueAt: instant.describe('Batas waktu tindak lanjut'),
  recipients: agencyIds.describe('OPD tujuan (id)'),
  links: z
    .array(z.object({ kind: z.enum(['issue', 'article']), id: z.number().int().positive() }))
    .max(50)
    .default([])
    .describe('Isu dan berita yang mendasari arahan'),
  caseId: z.number().int().positive().nullable().optional().describe('Kasus SOP A asal arahan'),
  reportId: z.number().int().positive().nullable().optional().describe('Laporan asal arahan'),
});

const evidenceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: z.string().max(2000), name: z.string().max(200).optional() }),
  z.object({
    kind: z.literal('file'),
    name: z.string().min(1).max(200),
    // Longer than a 5 MB file encodes to, so an oversized file is answered 413 with its name.
    contentBase64: z
      .string()
      .max(16 * 1024 * 1024)
      .describe('isi berkas, base64; PDF/PNG/JPEG/DOCX/XLSX ≤ 5 MB'),
  }),
]);
const evidence = z.array(evidenceInput).max(10);

export const recipientActionSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('read'), agendaNo: z.string().trim().min(1).max(100).optional() })
    .describe('diterima / dibaca, dengan nomor agenda OPD'),
  z
    .object({ type: z.literal('progress'), note, evidence: evidence.default([]) })
    .describe('laporan kemajuan'),
  z
    .object({ type: z.literal('report'), note, evidence: evidence.min(1) })
    .describe('laporan selesai dengan bukti'),
  z.object({ type: z.literal('clarify'), question: note }).describe('minta penjelasan'),
  z
    .object({ type: z.literal('forward'), agencyIds, note: z.string().trim().max(4000).default('') })
    .describe('teruskan ke OPD lain atau ke bawah'),
]);

export const answerSchema = z.object({
  recipientId: z.number().int().positive().describe('baris OPD yang bertanya'),
  answer: note,
});
export const remindSchema = z.object({ note: z.string().trim().max(4000).default('') });
export const closeSchema = z.object({
  note: z.string().trim().max(4000).default('').describe('wajib bila ada OPD yang belum selesai'),
});

const recipientStatus = z.enum(RECIPIENT_STATUSES);

export const recipientSchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  agencyShortName: z.string(),
  parentId: z.number().nullable().describe('baris OPD yang meneruskan (null: dari pimpinan)'),
  depth: z.number().describe('0: langsung dari pimpinan; 1: diteruskan sekali; …'),
  status: recipientStatus,
  overdue: z.boolean(),
  readAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  agendaNo: z.string().nullable(),
  createdAt: z.string(),
  mine: z.boolean().describe('baris OPD pengguna ini (dia yang menindaklanjuti)'),
});

const evidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: z.string(), name: z.string().nullable() }),
  z.object({
    kind: z.literal('file'),
    fileId: z.number(),
    name: z.string(),
    mediaType: z.string(),
    size: z.number(),
  }),
]);

export const directionEventSchema = z.object({
  id: z.number(),
  recipientId: z.number().nullable(),
  agencyShortName: z.string().nullable(),
  action: z.enum([
    'dispatch',
    'forward',
    'read',
    'progress',
    'report',
    'clarify',
    'answer',
    'remind',
    'close',
  ]),
  note: z.string(),
  evidence: z.array(evidenceSchema),
  actorName: z.string(),
  actorRole: z.string(),
  at: z.string(),
});

export const directionListItemSchema = z.object({
  id: z.number(),
  number: z.string(),
  nature: z.enum(DIRECTION_NATURES),
  subject: z.string(),
  givenByName: z.string(),
  givenAt: z.string(),
  dueAt: z.string(),
  status: z.enum(['open', 'closed']),
  overdue: z.boolean(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  recipients: z.array(recipientSchema),
});

export const directionSchema = directionListItemSchema.extend({
  instruction: z.string(),
  asks: z.array(z.enum(DIRECTION_ASKS)),
  caseId: z.number().nullable(),
  reportId: z.number().nullable(),
  closedByName: z.string().nullable(),
  createdByName: z.string(),
  links: z.array(z.object({ kind: z.enum(['issue', 'article']), id: z.number(), label: z.string() })),
  events: z.array(directionEventSchema),
  forwardTo: z
    .array(z.object({ id: z.number(), shortName: z.string(), name: z.string() }))
    .describe('OPD yang bisa dituju bila petugas meneruskan arahan'),
});

export const agencySummarySchema = z.object({
  agencyId: z.number(),
  agencyName: z.string(),
  agencyShortName: z.string(),
  open: z.number().describe('belum selesai pada arahan yang masih terbuka'),
  done: z.number(),
  overdue: z.number().describe('belum selesai dan lewat batas waktu'),
});

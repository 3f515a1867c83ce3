// The API and web contract of the agenda book: registering and editing a letter, its disposition,
// the archive's filters, and a letter as the book shows it.
import { z } from 'zod';
import { DIRECTION_ASKS, DIRECTION_NATURES } from '../../domain/direction.ts';
import { LETTER_DIRECTIONS, PUBLIC_CLASSES } from '../../domain/letter.ts';
import { paging, workspaceSlug } from '../../kernel/http/schemas.ts';

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max);

const letterFields = {
  letterNumber: text(120).min(1).describe('Nomor surat, mis. 005/123/35.03.13/2026'),
  letterDate: day.describe('Tanggal surat'),
  receivedSentDate: day
    .optional()
    .describe('Tanggal diterima (surat masuk) atau dikirim (surat keluar); bawaan: hari ini'),
  counterpart: text(300).min(1).describe('Pengirim (surat masuk) atau tujuan (surat keluar)'),
  nature: z.enum(DIRECTION_NATURES).optional().describe('Sifat; bawaan: biasa'),
  subject: text(500).min(1).describe('Perihal'),
  summary: text(4000).optional().describe('Ringkasan isi'),
  classification: text(40).optional().describe('Kode klasifikasi arsip, mis. 045.2'),
  attachmentCount: z.number().int().min(0).max(999).optional().describe('Jumlah lampiran'),
  attachmentNote: text(500).optional().describe('Keterangan lampiran'),
  srikandiRef: text(200).nullable().optional().describe('Rujukan SRIKANDI, bila surat juga ada di sana'),
  publicClass: z
    .enum(PUBLIC_CLASSES)
    .optional()
    .describe('Klasifikasi informasi publik; bawaan: setiap saat (rahasia: dikecualikan)'),
};

export const registerLetterSchema = z.object({
  workspace: workspaceSlug,
  direction: z.enum(LETTER_DIRECTIONS).describe('masuk atau keluar'),
  ...letterFields,
});

/** Everything but the direction and the agenda number, which never change. */
export const editLetterSchema = z.object(letterFields).partial();

export const dispositionSchema = z.object({
  instruction: text(4000).min(1).describe('Isi disposisi (dicetak sebagai Catatan)'),
  targets: z
    .array(
      z.union([
        z.object({ agencyId: z.number().int().positive() }).strict(),
        z.object({ name: text(200).min(1) }).strict(),
      ]),
    )
    .min(1)
    .max(30)
    .describe('Diteruskan kepada: OPD workspace ({agencyId}) atau nama bebas ({name})'),
  asks: z.array(z.enum(DIRECTION_ASKS)).max(DIRECTION_ASKS.length).optional().describe('Dengan hormat harap'),
  dueDate: day.nullable().optional().describe('Batas waktu tindak lanjut'),
  givenBy: text(200).min(1).optional().describe('Pemberi disposisi; bawaan: yang mencatat'),
});

export const letterListQuery = z.object({
  workspace: workspaceSlug,
  direction: z.enum(LETTER_DIRECTIONS).optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  publicClass: z.enum(PUBLIC_CLASSES).optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Cari di perihal, ringkasan, nomor surat, pengirim/tujuan'),
  ...paging,
});

export const letterSchema = z.object({
  id: z.number(),
  agendaNumber: z.string(),
  direction: z.enum(LETTER_DIRECTIONS),
  letterNumber: z.string(),
  letterDate: z.string(),
  receivedSentDate: z.string(),
  counterpart: z.string(),
  nature: z.enum(DIRECTION_NATURES),
  subject: z.string(),
  summary: z.string(),
  classification: z.string(),
  attachmentCount: z.number(),
  attachmentNote: z.string(),
  srikandiRef: z.string().nullable(),
  publicClass: z.enum(PUBLIC_CLASSES),
  registeredBy: z.string(),
  registeredAt: z.string(),
  updatedAt: z.string(),
  disposition: z
    .object({
      instruction: z.string(),
      targets: z.array(z.object({ agencyId: z.number().nullable(), name: z.string() })),
      asks: z.array(z.enum(DIRECTION_ASKS)),
      dueDate: z.string().nullable(),
      givenBy: z.string(),
      enteredByName: z.string(),
      at: z.string(),
    })
    .nullable(),
});

export type LetterView = z.infer<typeof letterSchema>;
export type RegisterLetterInput = Omit<z.input<typeof registerLetterSchema>, 'workspace'>;
export type EditLetterInput = z.input<typeof editLetterSchema>;
export type DispositionInput = z.input<typeof dispositionSchema>;

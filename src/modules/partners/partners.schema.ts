// The API and web contract of the partner media registry: a partner's fields, its certificates and
// agreements as sent, and the partner as a list item and in full with warnings and coverage.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import { MEDIA_TYPES, UKW_LEVELS, VERIFICATION_STATUSES } from './partner.ts';

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const partnerFields = {
  name: z.string().trim().min(1).max(200).describe('Nama media, mis. Kabar Sukamaju'),
  legalEntity: text(200).describe('Badan hukum, mis. PT Kabar Sukamaju Media'),
  responsiblePerson: text(200).describe('Penanggung jawab'),
  chiefEditor: text(200).describe('Pemimpin redaksi'),
  address: text(500),
  phone: text(60),
  email: text(320),
  newsroomEmail: text(320).describe('Surel redaksi: tujuan siaran pers'),
  hosts: z
    .array(z.string().trim().min(1).max(300))
    .max(20)
    .optional()
    .describe('Nama host situs, mis. kabar.example (subdomain ikut)'),
  mediaType: z.enum(MEDIA_TYPES).optional().describe('online, cetak, televisi, radio'),
  verification: z
    .object({
      status: z.enum(VERIFICATION_STATUSES).describe('Verifikasi Dewan Pers'),
      verifiedOn: day.nullable().optional(),
      validUntil: day.nullable().optional().describe('Berlaku sampai'),
    })
    .optional(),
  active: z.boolean().optional(),
  notes: text(4000),
};

export const createPartnerSchema = z.object({ workspace: workspaceSlug, ...partnerFields });
export const updatePartnerSchema = z.object(partnerFields).partial();

export const certificateInputSchema = z.object({
  journalistName: z.string().trim().min(1).max(200),
  level: z.enum(UKW_LEVELS).describe('Jenjang UKW: muda, madya, utama'),
  number: z.string().trim().min(1).max(100).describe('Nomor sertifikat'),
  issuedOn: day,
  expiresOn: day,
});

export const agreementInputSchema = z.object({
  number: z.string().trim().min(1).max(100).describe('Nomor perjanjian kerja sama'),
  startsOn: day,
  endsOn: day,
  valueRupiah: z.number().int().min(0).max(1e15).default(0).describe('Nilai dalam rupiah'),
  deliverables: z.string().trim().max(4000).default('').describe('Keluaran yang diperjanjikan'),
  requiredReleases: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(0)
    .describe('Jumlah rilis pemerintah yang wajib dimuat dalam masa perjanjian'),
});

export const periodQuery = z.object({
  workspace: workspaceSlug,
  from: day.optional().describe('Awal periode liputan (bawaan: 30 hari terakhir)'),
  to: day.optional().describe('Hari terakhir periode liputan (ikut dihitung)'),
});

export const partnerParams = z.object({ id: z.coerce.number().int().positive() });
export const certificateParams = partnerParams.extend({ certificateId: z.coerce.number().int().positive() });
export const agreementParams = partnerParams.extend({ agreementId: z.coerce.number().int().positive() });

const warningSchema = z.object({
  kind: z.enum(['verification', 'certificate', 'agreement']),
  recordId: z.number().nullable(),
  subject: z.string(),
  expiresOn: z.string(),
  daysLeft: z.number(),
  expired: z.boolean(),
});

const coverageSchema = z.object({
  from: z.string().describe('Hari pertama periode'),
  to: z.string().describe('Hari terakhir periode'),
  total: z.number(),
  positive: z.number(),
  neutral: z.number(),
  negative: z.number(),
  unanalysed: z.number(),
});

export const partnerSchema = z.object({
  id: z.number(),
  workspaceId: z.number(),
  name: z.string(),
  legalEntity: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  chiefEditor: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  newsroomEmail: z.string().nullable(),
  hosts: z.array(z.string()),
  mediaType: z.enum(MEDIA_TYPES),
  verification: z.object({
    status: z.enum(VERIFICATION_STATUSES),
    verifiedOn: z.string().nullable(),
    validUntil: z.string().nullable(),
  }),
  active: z.boolean(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const certificateSchema = certificateInputSchema.extend({ id: z.number(), partnerId: z.number() });
export const agreementSchema = z.object({
  id: z.number(),
  partnerId: z.number(),
  number: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  valueRupiah: z.number(),
  deliverables: z.string(),
  requiredReleases: z.number(),
});

export const partnerItemSchema = partnerSchema.extend({
  warnings: z.array(warningSchema),
  coverage: coverageSchema,
});

export const partnerDetailSchema = partnerItemSchema.extend({
  certificates: z.array(certificateSchema),
  agreements: z.array(
    agreementSchema.extend({
      releasesRun: z.number().describe('Siaran pers yang terbit dalam masa perjanjian dan dimuat mitra ini'),
    }),
  ),
});

export type PartnerInput = z.input<typeof updatePartnerSchema>;
export type CertificateInput = z.output<typeof certificateInputSchema>;
export type AgreementInput = z.input<typeof agreementInputSchema>;
export type PartnerItem = z.output<typeof partnerItemSchema>;
export type PartnerDetail = z.output<typeof partnerDetailSchema>;
export type PartnerCoverage = z.output<typeof coverageSchema>;

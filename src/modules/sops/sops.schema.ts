// The API and web contract of SOP definitions: the whole definition as JSON (what an administrator
// imports and exports), and the list's summary row.
import { z } from 'zod';
import { ROLES } from '../../domain/user.ts';

const line = z.string().max(4000);

export const sopDefinitionSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .describe('mis. sop-a'),
  identity: z.object({
    organisation: z.array(line).max(6),
    number: line,
    madeOn: line,
    revisedOn: line,
    effectiveOn: line,
    approvedBy: z.object({ position: line, name: line, nip: line }),
    title: line,
    legalBasis: z.array(line).max(40),
    qualifications: z.array(line).max(40),
    relatedSops: z.array(line).max(40),
    equipment: z.array(line).max(40),
    warnings: z.array(line).max(40),
    records: z.array(line).max(40),
  }),
  executors: z
    .array(z.object({ key: z.string().max(40), title: line, role: z.enum(ROLES) }))
    .min(1)
    .max(10),
  steps: z
    .array(
      z.object({
        no: z.number().int().min(1),
        activity: line,
        executor: z.string().max(40),
        role: z.enum(ROLES).optional(),
        requirement: line,
        time: z.object({
          amount: z.number().positive().max(100_000),
          unit: z.enum(['minute', 'hour', 'day']),
        }),
        output: line,
        remarks: line,
        approval: z.boolean().optional(),
        decision: z.object({ yes: z.number().int().nullable(), no: z.number().int() }).optional(),
        handsTo: z.string().max(40).optional(),
      }),
    )
    .min(1)
    .max(60),
});

export const sopSummarySchema = z.object({
  key: z.string(),
  number: z.string(),
  title: z.string(),
  version: z.number(),
  steps: z.number().describe('banyaknya langkah'),
  totalTime: z.string().describe('Jumlah Total Waktu, mis. "390 menit"'),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const sopVersionSchema = z.object({
  id: z.number(),
  key: z.string(),
  version: z.number(),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});

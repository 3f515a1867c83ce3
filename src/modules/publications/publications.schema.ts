// Request and response shapes of /api/v1/publications and the newsroom settings.
import { z } from 'zod';
import { PUBLIC_CLASSES } from '../../publish/material.ts';
import { richDocSchema } from '../reports/reports.schema.ts';
import { caseSchema } from '../sop-cases/sop-cases.schema.ts';

const line = (max: number) => z.string().max(max);

export const materialContentSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    lead: line(2000),
    body: richDocSchema,
    quote: z.object({ speaker: line(120), position: line(160), text: line(2000) }).nullable(),
    contacts: line(1000),
    webSummary: line(600),
    socialText: line(280),
  })
  .strip();

export const materialVersionSchema = z.object({
  version: z.number(),
  content: materialContentSchema,
  authorName: z.string(),
  authorRole: z.string(),
  step: z.number(),
  note: z.string(),
  correction: z.boolean(),
  createdAt: z.string(),
});

export const deliverySchema = z.object({
  id: z.number(),
  channel: z.enum(['newsroom', 'email', 'webhook']),
  target: z.string(),
  address: z.string(),
  version: z.number(),
  state: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']),
  attempts: z.number(),
  nextAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  byName: z.string(),
  createdAt: z.string(),
});

export const pickupSchema = z.object({
  articleId: z.number(),
  host: z.string(),
  kept: z.number(),
  titleMatch: z.boolean(),
  quoteMatch: z.boolean(),
  title: z.string().nullable(),
  url: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  tone: z.string().nullable(),
});

export const publicationSchema = z.object({
  id: z.number(),
  issueId: z.number().nullable(),
  caseId: z.number().nullable(),
  slug: z.string(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  publicClass: z.enum(PUBLIC_CLASSES),
  title: z.string(),
  current: materialVersionSchema,
  versions: z.array(materialVersionSchema),
  evidence: z.record(z.string(), z.unknown()),
  case: caseSchema.nullable(),
  editable: z.boolean(),
  publishable: z.boolean(),
  blanks: z.array(z.string()),
  deliveries: z.array(deliverySchema),
  pickups: z.array(pickupSchema),
  newsroomPath: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});

export const publicationListItemSchema = z.object({
  id: z.number(),
  title: z.string(),
  slug: z.string(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  publishedAt: z.string().nullable(),
  caseStatus: z.string().nullable(),
  step: z.number().nullable(),
  stepActivity: z.string().nullable(),
  late: z.boolean(),
  createdAt: z.string(),
});

export const pickupReportSchema = z.object({
  outlets: z.array(
    z.object({
      host: z.string(),
      outlet: z.string().nullable(),
      partner: z.string().nullable(),
      articles: z.array(pickupSchema),
      kept: z.number(),
      firstAt: z.string().nullable(),
    }),
  ),
  partners: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      pickedUp: z.boolean(),
      agreement: z
        .object({
          number: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
          requiredReleases: z.number(),
        })
        .nullable(),
    }),
  ),
});

export const newsroomSettingsSchema = z.object({ title: z.string().max(120), host: z.string().max(253) });

export const webhooksSchema = z.object({
  webhooks: z
    .array(z.object({ url: z.string().min(1).max(2000), secret: z.string().max(200).optional() }))
    .max(10),
});

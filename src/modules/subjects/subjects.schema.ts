// The subjects and corrections API contract.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

export const newSubjectBody = z.object({
  workspace: workspaceSlug,
  name: z.string().min(1).max(200),
  kind: z.enum(['government', 'leader', 'agency', 'topic']).optional(),
  query: z.string().min(1).max(2000),
  role: z.string().max(200).optional(),
  aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
});

export const subjectSchema = z
  .object({
    id: z.number(),
    workspaceId: z.number(),
    name: z.string(),
    kind: z.enum(['government', 'leader', 'agency', 'topic']),
    query: z.string(),
    role: z.string().nullable(),
    aliases: z.array(z.string()),
  })
  .loose();

const offset = z.number().int().min(0);
/** One body per kind of correction; a body without `kind` is a tone correction, as it always was. */
export const correctionBody = z.preprocess(
  (body) => (body && typeof body === 'object' && !('kind' in body) ? { ...body, kind: 'tone' } : body),
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('tone'),
      tone: z.string().min(1).max(20).describe('positif, negatif atau netral'),
      subjectId: z.number().int().positive().optional(),
    }),
    z.object({
      kind: z.literal('subject_match'),
      subjectId: z.number().int().positive(),
      about: z.boolean(),
    }),
    z.object({
      kind: z.literal('entity'),
      start: offset,
      end: offset,
      type: z.enum(['PER', 'ORG', 'LOC']).optional(),
      canonical: z.string().min(1).max(200).optional(),
      notEntity: z.boolean().optional(),
    }),
    z.object({
      kind: z.literal('quote_speaker'),
      start: offset,
      end: offset,
      speaker: z.string().min(1).max(200),
    }),
  ]),
);
export type CorrectionBody = z.infer<typeof correctionBody>;

export const correctionSchema = z
  .object({
    id: z.number(),
    articleId: z.number(),
    kind: z.string(),
    value: z.unknown(),
    actor: z.string(),
    createdAt: z.string(),
  })
  .loose();

// /api/v1/subjects and analysis routes: monitored subjects, the articles about each with the tone
// toward it, an article's analysis, and analysts' corrections (tone, subject match, entity, speaker).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx.ts';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { analysisPolicy } from '../analysis/analysis.policy.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { correctEntity, correctQuoteSpeaker } from '../corrections/analysis-corrections.service.ts';
import { correctionsPolicy } from '../corrections/corrections.policy.ts';
import { correctSubjectMatch, correctTone } from '../corrections/corrections.service.ts';
import { REVIEW_DEFAULTS, toneReviewQueue } from '../corrections/tone-review.service.ts';
import { subjectsPolicy } from './subjects.policy.ts';
import {
  type CorrectionBody,
  correctionBody,
  correctionSchema,
  newSubjectBody,
  subjectSchema,
} from './subjects.schema.ts';
import { addSubject, listSubjects, removeSubject, subjectArticles } from './subjects.service.ts';

function saveCorrection(ctx: Ctx, articleId: number, body: CorrectionBody) {
  switch (body.kind) {
    case 'tone':
      return correctTone(ctx, { articleId, tone: body.tone, subjectId: body.subjectId });
    case 'subject_match':
      return correctSubjectMatch(ctx, { articleId, subjectId: body.subjectId, about: body.about });
    case 'entity':
      return correctEntity(ctx, { articleId, ...body });
    case 'quote_speaker':
      return correctQuoteSpeaker(ctx, { articleId, ...body });
  }
}

export function subjectRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/subjects',
    access: subjectsPolicy.can('read'),
    tags: ['subjects'],
    summary: 'Daftar subjek',
    query: workspaceQuery,
    response: z.object({ subjects: z.array(subjectSchema) }),
    handler: async (ctx) => ({ subjects: await listSubjects(ctx) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/subjects',
    access: subjectsPolicy.can('manage'),
    tags: ['subjects'],
    summary: 'Tambah subjek',
    body: newSubjectBody,
    status: 201,
    response: z.object({ subject: subjectSchema }),
    handler: async (ctx, { body }) => ({ subject: await addSubject(ctx, body) }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/subjects/:id',
    access: subjectsPolicy.can('manage'),
    tags: ['subjects'],
    summary: 'Hapus subjek',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeSubject(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/subjects/:id/articles',
    access: subjectsPolicy.can('read'),
    tags: ['subjects'],
    summary: 'Artikel dan nada',
    params: idParams,
    query: workspaceQuery.extend({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
    response: z.object({ subject: subjectSchema, articles: z.array(z.object({}).loose()) }),
    handler: async (ctx, { params, query }) => subjectArticles(ctx, params.id, query.limit),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/articles/:id/analysis',
    access: analysisPolicy.can('read'),
    tags: ['articles'],
    summary: 'Hasil analisis',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ analysis: z.object({}).loose() }),
    handler: async (ctx, { params }) => ({ analysis: await articleAnalysis(ctx, params.id) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/corrections/queue',
    access: correctionsPolicy.can('create'),
    tags: ['articles'],
    summary: 'Periksa ini: artikel yang nadanya paling diragukan, untuk dikoreksi lebih dulu',
    query: workspaceQuery.extend({
      limit: z.coerce.number().int().min(1).max(200).default(REVIEW_DEFAULTS.limit),
      days: z.coerce.number().int().min(1).max(365).default(REVIEW_DEFAULTS.days),
    }),
    response: z.object({
      articles: z.array(
        z.object({
          articleId: z.number(),
          title: z.string().nullable(),
          outlet: z.string().nullable(),
          publishedAt: z.string().nullable(),
          toneLabel: z.string(),
          toneScore: z.number(),
          why: z.string(),
        }),
      ),
    }),
    handler: async (ctx, { query }) => ({
      articles: await toneReviewQueue(ctx, { limit: query.limit, days: query.days }),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/articles/:id/corrections',
    access: correctionsPolicy.can('create'),
    tags: ['articles'],
    summary: 'Koreksi analis: nada, subjek, entitas, narasumber',
    params: idParams,
    query: workspaceQuery,
    body: correctionBody,
    status: 201,
    response: z.object({ correction: correctionSchema }),
    handler: async (ctx, { params, body }) => ({ correction: await saveCorrection(ctx, params.id, body) }),
  });
}

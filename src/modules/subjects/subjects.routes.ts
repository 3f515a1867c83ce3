// /api/v1/subjects and analysis routes: monitored subjects, the articles about each with the tone
// toward it, an article's analysis, and analysts' corrections (tone, subject match, entity, speaker).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { correctEntity, correctQuoteSpeaker } from '../corrections/analysis-corrections.service.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { correctSubjectMatch, correctTone } from '../corrections/corrections.service.ts';
import { addSubject, listSubjects, removeSubject, subjectArticles } from './subjects.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const newSubject = z.object({
  workspace: z.string().min(1).optional(),
  name: z.string().min(1).max(200),
  kind: z.enum(['government', 'leader', 'agency', 'topic']).optional(),
  query: z.string().min(1).max(2000),
  role: z.string().max(200).optional(),
  aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
});
const by = z.string().min(1).max(200);
const offset = z.number().int().min(0);
/** One body per kind of correction; a body without `kind` is a tone correction, as it always was. */
const correction = z.preprocess(
  (body) => (body && typeof body === 'object' && !('kind' in body) ? { ...body, kind: 'tone' } : body),
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('tone'),
      tone: z.string().min(1).max(20),
      subjectId: z.number().int().positive().optional(),
      by,
    }),
    z.object({
      kind: z.literal('subject_match'),
      subjectId: z.number().int().positive(),
      about: z.boolean(),
      by,
    }),
    z.object({
      kind: z.literal('entity'),
      start: offset,
      end: offset,
      type: z.enum(['PER', 'ORG', 'LOC']).optional(),
      canonical: z.string().min(1).max(200).optional(),
      notEntity: z.boolean().optional(),
      by,
    }),
    z.object({
      kind: z.literal('quote_speaker'),
      start: offset,
      end: offset,
      speaker: z.string().min(1).max(200),
      by,
    }),
  ]),
);

function saveCorrection(store: Store, articleId: number, body: z.infer<typeof correction>) {
  const actor = body.by;
  switch (body.kind) {
    case 'tone':
      return correctTone(store, { articleId, tone: body.tone, subjectId: body.subjectId, actor });
    case 'subject_match':
      return correctSubjectMatch(store, { articleId, subjectId: body.subjectId, about: body.about, actor });
    case 'entity':
      return correctEntity(store, { articleId, ...body, actor });
    case 'quote_speaker':
      return correctQuoteSpeaker(store, { articleId, ...body, actor });
  }
}

export function subjectRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/subjects', { schema: { tags: ['subjects'], summary: 'Daftar subjek' } }, async (req) => {
    const { workspace } = z.object({ workspace: z.string().min(1).optional() }).parse(req.query);
    return { subjects: await listSubjects(store, workspace) };
  });
  app.post(
    '/api/v1/subjects',
    { schema: { tags: ['subjects'], summary: 'Tambah subjek' } },
    async (req, reply) => {
      reply.status(201);
      return { subject: await addSubject(store, newSubject.parse(req.body)) };
    },
  );
  app.delete(
    '/api/v1/subjects/:id',
    { schema: { tags: ['subjects'], summary: 'Hapus subjek' } },
    async (req, reply) => {
      await removeSubject(store, idParams.parse(req.params).id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/subjects/:id/articles',
    { schema: { tags: ['subjects'], summary: 'Artikel dan nada' } },
    async (req) => {
      const { limit } = z
        .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
        .parse(req.query);
      return subjectArticles(store, idParams.parse(req.params).id, limit);
    },
  );
  app.get(
    '/api/v1/articles/:id/analysis',
    { schema: { tags: ['articles'], summary: 'Hasil analisis' } },
    async (req) => {
      return { analysis: await articleAnalysis(store, idParams.parse(req.params).id) };
    },
  );
  app.post(
    '/api/v1/articles/:id/corrections',
    { schema: { tags: ['articles'], summary: 'Koreksi analis: nada, subjek, entitas, narasumber' } },
    async (req, reply) => {
      const articleId = idParams.parse(req.params).id;
      const body = correction.parse(req.body);
      const saved = await saveCorrection(store, articleId, body);
      reply.status(201);
      return { correction: saved };
    },
  );
}

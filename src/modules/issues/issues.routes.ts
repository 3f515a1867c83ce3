// /api/v1/issues: issues with their summary, timeline, tone and outlets, and analysts' edits.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  lockIssue,
  mergeIssues,
  moveArticleToIssue,
  renameIssue,
  splitIssue,
} from './issue-edits.service.ts';
import { listIssues, showIssue } from './issues.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const by = z.string().min(1).max(200);
const issueEdit = z
  .object({ label: z.string().max(200).optional(), locked: z.boolean().optional(), by })
  .refine((b) => b.label !== undefined || b.locked !== undefined, 'label atau locked wajib diisi');

export function issueRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/issues', { schema: { tags: ['issues'], summary: 'Daftar isu aktif' } }, async (req) => {
    const q = z
      .object({
        workspace: z.string().min(1).optional(),
        days: z.coerce.number().int().min(1).max(3650).default(7),
        min: z.coerce.number().int().min(1).max(10_000).default(1),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      })
      .parse(req.query);
    return {
      issues: await listIssues(store, {
        workspace: q.workspace,
        days: q.days,
        minArticles: q.min,
        limit: q.limit,
      }),
    };
  });
  app.get('/api/v1/issues/:id', { schema: { tags: ['issues'], summary: 'Satu isu' } }, async (req) => {
    const q = z
      .object({
        bucket: z.enum(['day', 'hour']).default('day'),
        articles: z.coerce.number().int().min(0).max(1000).default(100),
      })
      .parse(req.query);
    return { issue: await showIssue(store, idParams.parse(req.params).id, q) };
  });
  app.patch(
    '/api/v1/issues/:id',
    { schema: { tags: ['issues'], summary: 'Ganti nama / kunci isu' } },
    async (req) => {
      const id = idParams.parse(req.params).id;
      const body = issueEdit.parse(req.body);
      if (body.label !== undefined) await renameIssue(store, { id, label: body.label, by: body.by });
      if (body.locked !== undefined) await lockIssue(store, { id, locked: body.locked, by: body.by });
      return { issue: await showIssue(store, id, { articles: 0 }) };
    },
  );
  app.post(
    '/api/v1/issues/:id/merge',
    { schema: { tags: ['issues'], summary: 'Gabung isu' } },
    async (req) => {
      const body = z.object({ from: z.number().int().positive(), by }).parse(req.body);
      const issue = await mergeIssues(store, {
        into: idParams.parse(req.params).id,
        from: body.from,
        by: body.by,
      });
      return { issue: await showIssue(store, issue.id, { articles: 0 }) };
    },
  );
  app.post(
    '/api/v1/issues/:id/split',
    { schema: { tags: ['issues'], summary: 'Pisah isu' } },
    async (req, reply) => {
      const body = z
        .object({
          articles: z.array(z.number().int().positive()).min(1).max(10_000),
          label: z.string().max(200).optional(),
          by,
        })
        .parse(req.body);
      const issue = await splitIssue(store, {
        id: idParams.parse(req.params).id,
        articleIds: body.articles,
        by: body.by,
        label: body.label,
      });
      reply.status(201);
      return { issue: await showIssue(store, issue.id, { articles: 0 }) };
    },
  );
  app.put(
    '/api/v1/articles/:id/issue',
    { schema: { tags: ['issues'], summary: 'Pindah artikel ke isu' } },
    async (req) => {
      const body = z.object({ issueId: z.number().int().positive(), by }).parse(req.body);
      const issue = await moveArticleToIssue(store, {
        articleId: idParams.parse(req.params).id,
        issueId: body.issueId,
        by: body.by,
      });
      return { issue: await showIssue(store, issue.id, { articles: 0 }) };
    },
  );
}

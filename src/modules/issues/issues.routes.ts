// /api/v1/issues: issues with their summary, timeline, tone and outlets, and analysts' edits.
// Who edits is the signed-in user (or the token's owner), never a name in the body.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import {
  lockIssue,
  mergeIssues,
  moveArticleToIssue,
  renameIssue,
  splitIssue,
} from './issue-edits.service.ts';
import { issuesPolicy } from './issues.policy.ts';
import { listIssues, showIssue, TREND_DAYS } from './issues.service.ts';

const issueSchema = z
  .object({ id: z.number(), label: z.string(), locked: z.boolean(), articleCount: z.number() })
  .loose();
const issueResponse = z.object({ issue: issueSchema });
const issueEdit = z
  .object({ label: z.string().min(1).max(200).optional(), locked: z.boolean().optional() })
  .refine((b) => b.label !== undefined || b.locked !== undefined, 'label atau locked wajib diisi');

export function issueRoutes(app: FastifyInstance) {
  const tags = ['issues'];
  const read = issuesPolicy.can('read');
  const edit = issuesPolicy.can('edit');
  route(app, {
    method: 'GET',
    url: '/api/v1/issues',
    access: read,
    tags,
    summary: 'Daftar isu aktif',
    query: z.object({
      workspace: workspaceSlug,
      days: z.coerce.number().int().min(1).max(3650).default(7),
      min: z.coerce.number().int().min(1).max(10_000).default(1),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({
      issues: z.array(
        z
          .object({
            id: z.number(),
            label: z.string(),
            articleCount: z.number(),
            daily: z
              .array(z.number().int().min(0))
              .describe(
                `Tren: jumlah berita isu ini per hari lokal workspace (WIB/WITA/WIT; waktu terbit, bila tak ada waktu dikumpulkan), hari terlama dulu, hari ini terakhir, hari tanpa berita 0. Panjangnya = days, paling banyak ${TREND_DAYS} (days > ${TREND_DAYS}: ${TREND_DAYS} hari terakhir saja). — Articles per local day of the workspace, oldest first, today last, zero-filled; length = days, capped at the last ${TREND_DAYS} days.`,
              ),
          })
          .loose(),
      ),
    }),
    handler: async (ctx, { query }) => ({
      issues: await listIssues(ctx, { days: query.days, minArticles: query.min, limit: query.limit }),
    }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/issues/:id',
    access: read,
    tags,
    summary: 'Satu isu',
    params: idParams,
    query: z.object({
      workspace: workspaceSlug,
      bucket: z.enum(['day', 'hour']).default('day'),
      articles: z.coerce.number().int().min(0).max(1000).default(100),
    }),
    response: issueResponse,
    handler: async (ctx, { params, query }) => ({ issue: await showIssue(ctx, params.id, query) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/issues/:id',
    access: edit,
    tags,
    summary: 'Ganti nama / kunci isu',
    params: idParams,
    query: workspaceQuery,
    body: issueEdit,
    response: issueResponse,
    handler: async (ctx, { params, body }) => {
      if (body.label !== undefined) await renameIssue(ctx, { id: params.id, label: body.label });
      if (body.locked !== undefined) await lockIssue(ctx, { id: params.id, locked: body.locked });
      return { issue: await showIssue(ctx, params.id, { articles: 0 }) };
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/issues/:id/merge',
    access: edit,
    tags,
    summary: 'Gabung isu',
    params: idParams,
    query: workspaceQuery,
    body: z.object({ from: z.number().int().positive() }),
    response: issueResponse,
    handler: async (ctx, { params, body }) => {
      const issue = await mergeIssues(ctx, { into: params.id, from: body.from });
      return { issue: await showIssue(ctx, issue.id, { articles: 0 }) };
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/issues/:id/split',
    access: edit,
    tags,
    summary: 'Pisah isu',
    params: idParams,
    query: workspaceQuery,
    body: z.object({
      articles: z.array(z.number().int().positive()).min(1).max(10_000),
      label: z.string().max(200).optional(),
    }),
    status: 201,
    response: issueResponse,
    handler: async (ctx, { params, body }) => {
      const issue = await splitIssue(ctx, { id: params.id, articleIds: body.articles, label: body.label });
      return { issue: await showIssue(ctx, issue.id, { articles: 0 }) };
    },
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/articles/:id/issue',
    access: edit,
    tags,
    summary: 'Pindah artikel ke isu',
    params: idParams,
    query: workspaceQuery,
    body: z.object({ issueId: z.number().int().positive() }),
    response: issueResponse,
    handler: async (ctx, { params, body }) => {
      const issue = await moveArticleToIssue(ctx, { articleId: params.id, issueId: body.issueId });
      return { issue: await showIssue(ctx, issue.id, { articles: 0 }) };
    },
  });
}

// /api/v1/audit: the audit trail and its verification, for administrators only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import { auditPolicy } from './audit.policy.ts';
import { listAuditTrail, verifyAuditTrail } from './audit.service.ts';

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  workspaceId: z.number().nullable(),
  userId: z.number().nullable(),
  actor: z.string(),
  role: z.string().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  changes: z.object({
    before: z.record(z.string(), z.unknown()).optional(),
    after: z.record(z.string(), z.unknown()).optional(),
  }),
  requestId: z.string().nullable(),
  address: z.string().nullable(),
  hash: z.string(),
});

export function auditRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/audit',
    access: auditPolicy.can('read'),
    scope: 'installation',
    tags: ['audit'],
    summary: 'Jejak audit (terbaru dulu; halaman berikutnya dengan before=id)',
    query: z.object({
      workspace: workspaceSlug,
      recordType: z.string().max(60).optional(),
      recordId: z.string().max(60).optional(),
      userId: z.coerce.number().int().positive().optional(),
      action: z.string().max(60).optional(),
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
    response: z.object({ entries: z.array(auditRow), next: z.number().nullable() }),
    handler: async (ctx, { query }) => {
      const rows = await listAuditTrail(ctx, { ...query, beforeId: query.before });
      return {
        entries: rows.map(({ prevHash: _prev, ...r }) => ({ ...r, changes: JSON.parse(r.changes) })),
        next: rows.length === query.limit ? rows[rows.length - 1].id : null,
      };
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/audit/verify',
    access: auditPolicy.can('read'),
    scope: 'installation',
    tags: ['audit'],
    summary: 'Periksa rantai hash jejak audit',
    response: z.object({
      intact: z.boolean(),
      rows: z.number(),
      broken: z.object({ id: z.number(), reason: z.enum(['altered', 'previous_missing']) }).nullable(),
    }),
    handler: async (ctx) => {
      const result = await verifyAuditTrail(ctx);
      return { intact: result.broken === null, ...result };
    },
  });
}

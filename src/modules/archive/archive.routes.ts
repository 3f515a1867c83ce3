// /api/v1/archive: SOP B's archive, letters and press releases in one search.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PUBLIC_CLASSES } from '../../domain/public-information.ts';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery } from '../../kernel/http/schemas.ts';
import { archivePolicy } from './archive.policy.ts';
import { searchArchive } from './archive.service.ts';

const itemSchema = z.object({
  kind: z.enum(['letter', 'publication']),
  id: z.number(),
  reference: z.string(),
  title: z.string(),
  detail: z.string(),
  publicClass: z.enum(PUBLIC_CLASSES),
  at: z.string(),
  link: z.string(),
});

export function archiveRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/archive',
    access: archivePolicy.can('read'),
    tags: ['archive'],
    summary: 'Arsip SOP B: naskah dinas dan siaran pers, dengan klasifikasi informasi publik',
    query: workspaceQuery.extend({
      q: z.string().max(200).optional(),
      publicClass: z.enum(PUBLIC_CLASSES).optional(),
      kind: z.enum(['letter', 'publication']).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    response: z.object({ items: z.array(itemSchema), total: z.number() }),
    handler: async (ctx, { query }) => searchArchive(ctx, query),
  });
}

// /api/v1/workspaces: the workspaces the user belongs to; installation administrators create them.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspacesPolicy } from './workspaces.policy.ts';
import { createWorkspace, workspacesOf } from './workspaces.service.ts';

const workspaceSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  region: z.string(),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  createdAt: z.string(),
});

export function workspaceRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/workspaces',
    access: 'self',
    tags: ['workspaces'],
    summary: 'Workspace saya',
    response: z.object({ workspaces: z.array(workspaceSchema) }),
    handler: async (ctx) => ({ workspaces: await workspacesOf(ctx) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/workspaces',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags: ['workspaces'],
    summary: 'Buat workspace',
    body: z.object({
      name: z.string().min(1).max(200),
      region: z.string().min(1).max(200),
      timeZone: z.enum(['WIB', 'WITA', 'WIT']).optional(),
      slug: z.string().min(1).max(60).optional(),
    }),
    status: 201,
    response: z.object({ workspace: workspaceSchema }),
    handler: async (ctx, { body }) => ({ workspace: await createWorkspace(ctx, body) }),
  });
}

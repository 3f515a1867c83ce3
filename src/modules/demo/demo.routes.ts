// POST /api/v1/demo: the first-run screen's "try the demo" — the same build as `pantau demo`, run by
// the server for an administrator, answering when the demo workspace is collected (under a minute).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import { loadConfig } from '../../kernel/config.ts';
import { route } from '../../kernel/http/route.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import type { Logger } from '../../kernel/logger.ts';
import { workspacesPolicy } from '../workspaces/workspaces.policy.ts';
import { buildDemoWorkspace } from './demo.service.ts';

/** One build at a time per process: a second click waits for nothing and is told so. */
let building = false;

export function demoRoutes(app: FastifyInstance, options: { days?: number } = {}): void {
  route(app, {
    method: 'POST',
    url: '/api/v1/demo',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags: ['workspaces'],
    summary:
      'Bangun workspace demo Kota Sukamaju (berita 90 hari, tanpa internet) dan jawab setelah terkumpul',
    body: z.object({ workspace: workspaceSlug.optional() }).optional(),
    status: 201,
    response: z.object({
      workspace: z.object({ slug: z.string(), name: z.string() }),
      collected: z.number(),
      syndicatedStories: z.number(),
      issues: z.number(),
      alerts: z.number(),
      account: z.object({ email: z.string(), role: z.string(), password: z.string() }),
    }),
    handler: async (ctx, { body }, req) => {
      if (building) {
        throw new PantauError(
          'conflict',
          'Demo sedang dibangun; tunggu sampai selesai — the demo is being built already',
        );
      }
      building = true;
      try {
        const result = await buildDemoWorkspace(ctx, {
          slug: body?.workspace,
          days: options.days,
          config: loadConfig(),
          logger: req.log as unknown as Logger,
        });
        return {
          workspace: { slug: result.workspace.slug, name: result.workspace.name },
          collected: result.collected,
          syndicatedStories: result.syndicatedStories,
          issues: result.issues,
          alerts: result.alerts.length,
          account: result.account,
        };
      } finally {
        building = false;
      }
    },
  });
}

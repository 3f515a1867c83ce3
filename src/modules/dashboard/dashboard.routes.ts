// The dashboard API: one request for every figure of the period, so a leader's phone makes one.
import type { FastifyInstance } from 'fastify';
import { route } from '../../kernel/http/route.ts';
import { dashboardPolicy } from './dashboard.policy.ts';
import { dashboardQuery, dashboardSchema } from './dashboard.schema.ts';
import { workspaceDashboard } from './dashboard.service.ts';

export function dashboardRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/v1/dashboard',
    access: dashboardPolicy.can('read'),
    tags: ['dashboard'],
    summary: 'Dasbor: volume, nada, pangsa suara, isu, media, tokoh, narasumber, judul vs isi, peringatan',
    query: dashboardQuery,
    response: dashboardSchema,
    handler: async (ctx, { query }) => workspaceDashboard(ctx, query),
  });
}

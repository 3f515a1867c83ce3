// /api/v1/analysis/reanalyze: ask for the workspace's articles to be analysed again, and read the
// latest run's progress (the web app polls it while the run waits or runs).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery } from '../../kernel/http/schemas.ts';
import { analysisPolicy } from './analysis.policy.ts';
import { latestReanalysisResponse, reanalysisResponse } from './reanalysis.schema.ts';
import { latestReanalysis, requestReanalysis } from './reanalysis.service.ts';

const tags = ['analysis'];

export function reanalysisRoutes(app: FastifyInstance) {
  route(app, {
    method: 'POST',
    url: '/api/v1/analysis/reanalyze',
    access: analysisPolicy.can('reanalyze'),
    tags,
    summary: 'Minta analisis ulang semua berita workspace (409 bila masih ada yang menunggu atau berjalan)',
    query: workspaceQuery,
    // No fields: the action is the address. Declared so API clients see an (empty) JSON body.
    body: z.object({}).strict(),
    response: reanalysisResponse,
    status: 202,
    handler: async (ctx) => ({ run: await requestReanalysis(ctx) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/analysis/reanalyze',
    access: analysisPolicy.can('read'),
    tags,
    summary: 'Analisis ulang terakhir workspace dan kemajuannya (null bila belum pernah)',
    query: workspaceQuery,
    response: latestReanalysisResponse,
    handler: async (ctx) => ({ run: await latestReanalysis(ctx) }),
  });
}

// /api/v1/sources/:id/poll: "Ambil sekarang" — ask for one source to be polled at once, and read the
// latest such poll with how its new articles fared (the web app polls it while there is news).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { sourcesPolicy } from '../sources/sources.policy.ts';
import { crawlPolicy } from './crawl.policy.ts';
import { latestPollResponse, pollRequestResponse } from './poll-requests.schema.ts';
import { latestPoll, requestPoll } from './poll-requests.service.ts';

const tags = ['sources'];

export function pollRequestRoutes(app: FastifyInstance) {
  route(app, {
    method: 'POST',
    url: '/api/v1/sources/:id/poll',
    access: crawlPolicy.can('run'),
    tags,
    summary:
      'Ambil sekarang: minta sumber diperiksa segera oleh pekerja latar (permintaan yang masih menunggu atau berjalan dijawab apa adanya)',
    params: idParams,
    query: workspaceQuery,
    // No fields: the action is the address. Declared so API clients see an (empty) JSON body.
    body: z.object({}).strict(),
    response: pollRequestResponse,
    status: 202,
    handler: async (ctx, { params }) => ({ poll: (await requestPoll(ctx, params.id)).request }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sources/:id/poll',
    access: sourcesPolicy.can('read'),
    tags,
    summary: 'Permintaan "Ambil sekarang" terakhir sumber ini dan kemajuannya (null bila belum pernah)',
    params: idParams,
    query: workspaceQuery,
    response: latestPollResponse,
    handler: async (ctx, { params }) => ({ poll: await latestPoll(ctx, params.id) }),
  });
}

// /api/v1/alerts/:id and its handling: read one alert whole, acknowledge, assign, comment, resolve,
// reopen. Each answers with the alert as it now is, so the web app shows the change at once.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery } from '../../kernel/http/schemas.ts';
import { alertDetailResponse, alertIdParams, assigneeBody, commentRequest } from './alert-handling.schema.ts';
import {
  acknowledgeAlert,
  assignAlert,
  commentOnAlert,
  reopenAlert,
  resolveAlert,
  showAlert,
} from './alert-handling.service.ts';
import { alertsPolicy } from './alerts.policy.ts';

const tags = ['alerts'];

export function alertHandlingRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/alerts/:id',
    access: alertsPolicy.can('read'),
    tags,
    summary: 'Satu peringatan: artikel, penanganan, komentar, riwayat, dan pengiriman per saluran',
    params: alertIdParams,
    query: workspaceQuery,
    response: alertDetailResponse,
    handler: async (ctx, { params }) => ({ alert: await showAlert(ctx, params.id) }),
  });
  const statusChange = (path: string, summary: string, change: typeof acknowledgeAlert) =>
    route(app, {
      method: 'POST',
      url: `/api/v1/alerts/:id/${path}`,
      access: alertsPolicy.can('handle'),
      tags,
      summary,
      params: alertIdParams,
      query: workspaceQuery,
      // No fields: the action is the address. Declared so API clients see an (empty) JSON body.
      body: z.object({}).strict(),
      response: alertDetailResponse,
      handler: async (ctx, { params }) => ({ alert: await change(ctx, params.id) }),
    });
  statusChange('acknowledge', 'Tandai peringatan sudah dilihat', acknowledgeAlert);
  statusChange('resolve', 'Selesaikan peringatan', resolveAlert);
  statusChange('reopen', 'Buka lagi peringatan yang sudah selesai', reopenAlert);
  route(app, {
    method: 'PUT',
    url: '/api/v1/alerts/:id/assignee',
    access: alertsPolicy.can('handle'),
    tags,
    summary: 'Tugaskan peringatan kepada seseorang (null: lepaskan)',
    params: alertIdParams,
    query: workspaceQuery,
    body: assigneeBody,
    response: alertDetailResponse,
    handler: async (ctx, { params, body }) => ({ alert: await assignAlert(ctx, params.id, body.userId) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/alerts/:id/comments',
    access: alertsPolicy.can('handle'),
    tags,
    summary: 'Tambah komentar pada peringatan',
    params: alertIdParams,
    query: workspaceQuery,
    body: commentRequest,
    response: alertDetailResponse,
    status: 201,
    handler: async (ctx, { params, body }) => ({ alert: await commentOnAlert(ctx, params.id, body.body) }),
  });
}

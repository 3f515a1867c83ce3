// /api/v1/notices: my notices in this workspace (newest first, with the unread count), marking one
// or all read; /api/v1/settings/notice-quiet-hours: when notice e-mails wait.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { noticesPolicy } from './notices.policy.ts';
import { noticeListSchema, noticeSchema, quietHoursInputSchema, quietHoursSchema } from './notices.schema.ts';
import {
  markAllNoticesRead,
  markNoticeRead,
  myNoticePreferences,
  myNotices,
  saveMyNoticePreferences,
} from './notices.service.ts';
import { getQuietHours, saveQuietHours } from './quiet-hours.service.ts';

export function noticeRoutes(app: FastifyInstance) {
  const tags = ['notices'];
  route(app, {
    method: 'GET',
    url: '/api/v1/notices',
    access: noticesPolicy.can('read'),
    tags,
    summary: 'Pemberitahuan saya di workspace ini, terbaru dulu, dengan jumlah yang belum dibaca',
    query: workspaceQuery.extend({
      limit: z.coerce.number().int().min(1).max(100).default(30),
      before: z.coerce.number().int().positive().optional().describe('halaman berikut: id lebih kecil'),
    }),
    response: noticeListSchema,
    handler: async (ctx, { query }) => myNotices(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notices/:id/read',
    access: noticesPolicy.can('read'),
    tags,
    summary: 'Tandai satu pemberitahuan saya sudah dibaca',
    params: idParams,
    query: workspaceQuery,
    body: z.object({}).strict(),
    response: z.object({ notice: noticeSchema }),
    handler: async (ctx, { params }) => ({ notice: await markNoticeRead(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notices/read-all',
    access: noticesPolicy.can('read'),
    tags,
    summary: 'Tandai semua pemberitahuan saya di workspace ini sudah dibaca',
    query: workspaceQuery,
    body: z.object({}).strict(),
    response: z.object({ marked: z.number() }),
    handler: async (ctx) => markAllNoticesRead(ctx),
  });
  const preferences = z.object({ email: z.boolean().describe('pemberitahuan juga dikirim lewat surel') });
  route(app, {
    method: 'GET',
    url: '/api/v1/notices/preferences',
    access: 'self',
    tags,
    summary: 'Pilihan saya: apakah pemberitahuan juga dikirim lewat surel',
    response: z.object({ preferences }),
    handler: async (ctx) => ({ preferences: await myNoticePreferences(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/notices/preferences',
    access: 'self',
    tags,
    summary: 'Nyalakan atau matikan surel pemberitahuan untuk saya',
    body: preferences.strict(),
    response: z.object({ preferences }),
    handler: async (ctx, { body }) => ({ preferences: await saveMyNoticePreferences(ctx, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/notice-quiet-hours',
    access: noticesPolicy.can('read'),
    tags,
    summary: 'Jam tenang: surel pemberitahuan ditahan dan dikirim setelahnya',
    query: workspaceQuery,
    response: z.object({ quietHours: quietHoursSchema }),
    handler: async (ctx) => ({ quietHours: await getQuietHours(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/notice-quiet-hours',
    access: noticesPolicy.can('configure'),
    tags,
    summary: 'Ubah jam tenang surel pemberitahuan',
    query: workspaceQuery,
    body: quietHoursInputSchema,
    response: z.object({ quietHours: quietHoursSchema }),
    handler: async (ctx, { body }) => ({ quietHours: await saveQuietHours(ctx, body) }),
  });
}

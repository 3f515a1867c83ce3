// /api/v1/alerts: crisis alerts sent, and each workspace's thresholds, quiet periods and holidays.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AlertChannels } from '../../kernel/config.ts';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { notificationsPolicy } from '../notifications/notifications.policy.ts';
import { showRecipients, updateRecipients } from '../notifications/notifications.service.ts';
import { alertHandlingRoutes } from './alert-handling.routes.ts';
import { alertStatus } from './alert-handling.schema.ts';
import { alertsPolicy } from './alerts.policy.ts';
import { crisisSettingsBody } from './alerts.schema.ts';
import { listAlerts } from './alerts.service.ts';
import { showCrisisSettings, updateCrisisSettings } from './crisis-settings.service.ts';

const settingsResponse = z.object({
  settings: z.object({}).loose(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const recipientsResponse = z.object({
  channels: z.array(z.enum(['email', 'webhook'])).describe('saluran yang dipakai sekarang'),
  problems: z.array(z.string()).describe('mengapa peringatan tidak sampai ke suatu saluran'),
  emailTo: z.array(z.string()),
  webhookUrl: z.string().nullable(),
  webhookSecretSet: z.boolean(),
  emailServerConfigured: z.boolean(),
  fromDefaults: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export function alertRoutes(app: FastifyInstance, defaults: AlertChannels) {
  route(app, {
    method: 'GET',
    url: '/api/v1/alerts/recipients',
    access: notificationsPolicy.can('read'),
    tags: ['alerts'],
    summary: 'Penerima peringatan (surel, webhook) workspace ini',
    query: workspaceQuery,
    response: recipientsResponse,
    handler: async (ctx) => showRecipients(ctx, defaults),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/alerts/recipients',
    access: notificationsPolicy.can('manage'),
    tags: ['alerts'],
    summary: 'Ubah penerima peringatan (rahasia webhook tidak pernah ditampilkan kembali)',
    query: workspaceQuery,
    body: z
      .object({
        emailTo: z.array(z.string().min(3).max(320)).max(50).optional(),
        webhookUrl: z.string().url().max(2000).nullable().optional(),
        webhookSecret: z.string().min(16).max(200).nullable().optional(),
      })
      .strict(),
    response: recipientsResponse,
    handler: async (ctx, { body }) => updateRecipients(ctx, body, defaults),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/alerts',
    access: alertsPolicy.can('read'),
    tags: ['alerts'],
    summary: 'Peringatan terkirim',
    query: z.object({
      workspace: workspaceSlug,
      limit: z.coerce.number().int().min(1).max(200).default(50),
      status: alertStatus.optional().describe('hanya peringatan berstatus ini'),
    }),
    response: z.object({
      alerts: z.array(
        z
          .object({
            status: alertStatus,
            assignee: z.object({ id: z.number().int(), name: z.string() }).nullable(),
          })
          .loose(),
      ),
    }),
    handler: async (ctx, { query }) => ({
      alerts: await listAlerts(ctx, null, query.limit, { status: query.status }),
    }),
  });
  alertHandlingRoutes(app);
  route(app, {
    method: 'GET',
    url: '/api/v1/alerts/settings',
    access: alertsPolicy.can('read'),
    tags: ['alerts'],
    summary: 'Pengaturan peringatan krisis',
    query: workspaceQuery,
    response: settingsResponse,
    handler: async (ctx) => showCrisisSettings(ctx),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/alerts/settings',
    access: alertsPolicy.can('settings'),
    tags: ['alerts'],
    summary: 'Ubah pengaturan peringatan krisis',
    query: workspaceQuery,
    body: crisisSettingsBody,
    response: settingsResponse,
    handler: async (ctx, { body }) => {
      const { reset, ...rest } = body;
      return updateCrisisSettings(ctx, { reset, change: rest });
    },
  });
}

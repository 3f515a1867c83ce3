// /api/v1/alerts: crisis alerts sent, and each workspace's thresholds, quiet periods and holidays.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAlerts } from './alerts.service.ts';
import { showCrisisSettings, updateCrisisSettings } from './crisis-settings.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const threshold = z
  .object({
    windowHours: z.number().positive().max(24),
    minNegative: z.number().int().min(1),
    minOutlets: z.number().int().min(1),
    minRatio: z.number().min(0),
  })
  .partial()
  .strict();
const change = z
  .object({
    by: z.string().min(1).max(200),
    reset: z.boolean().optional(),
    levels: z
      .object({ waspada: threshold, siaga: threshold, krisis: threshold })
      .partial()
      .strict()
      .optional(),
    quietPeriodMinutes: z.number().int().min(0).max(10_080).optional(),
    recoveryMinutes: z.number().int().min(0).max(10_080).optional(),
    maxPerOutlet: z.number().int().min(1).optional(),
    baselineDays: z.number().int().min(7).max(90).optional(),
    holidays: z
      .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
      .max(100)
      .optional(),
  })
  .strict();
const workspaceQuery = z.object({ workspace: z.string().min(1).optional() });

export function alertRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/alerts', { schema: { tags: ['alerts'], summary: 'Peringatan terkirim' } }, async (req) => {
    const q = workspaceQuery
      .extend({ limit: z.coerce.number().int().min(1).max(200).default(50) })
      .parse(req.query);
    return { alerts: await listAlerts(store, q.workspace, q.limit) };
  });
  app.get(
    '/api/v1/alerts/settings',
    { schema: { tags: ['alerts'], summary: 'Pengaturan peringatan krisis' } },
    async (req) => showCrisisSettings(store, workspaceQuery.parse(req.query).workspace),
  );
  app.put(
    '/api/v1/alerts/settings',
    { schema: { tags: ['alerts'], summary: 'Ubah pengaturan peringatan krisis' } },
    async (req) => {
      const { workspace } = workspaceQuery.parse(req.query);
      const { by, reset, ...rest } = change.parse(req.body);
      return updateCrisisSettings(store, { workspace, by, reset, change: rest });
    },
  );
}

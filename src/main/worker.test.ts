// Every recurring job the scheduler enqueues has a handler in the worker: a schedule whose job no
// worker handles would pile up unseen (the scheduled report draft once shipped that way).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadConfig } from '../kernel/config.ts';
import { openContext } from '../kernel/context.ts';
import { createLogger } from '../kernel/logger.ts';
import { SCHEDULES, workerJobs } from './worker.ts';

test('every schedule has its job handled by the worker', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-worker-'));
  const app = await openContext(loadConfig({ PANTAU_DATA_DIR: dataDir }), createLogger('silent'));
  try {
    const handled = new Set(workerJobs(app).map((r) => r.job.name));
    expect(SCHEDULES.map((s) => s.job.name).filter((name) => !handled.has(name))).toEqual([]);
    expect(SCHEDULES.map((s) => s.name)).toEqual([
      'alerts-check',
      'dashboard-days',
      'sop-times',
      'report-schedule',
      'notice-mails',
      'publication-deliveries',
      'publication-pickups',
    ]);
  } finally {
    await app.queue.stop();
    await app.store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

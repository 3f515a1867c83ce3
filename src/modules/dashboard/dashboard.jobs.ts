// The dashboard's one job: building the day summaries that changed since it last ran, so that
// views are read from stored days rather than built while an official waits.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** How often stale days are built: collection changes today every few minutes. */
export const DASHBOARD_REFRESH_SECONDS = 10 * 60;

export const refreshDashboardJob = defineJob({
  name: 'refresh-dashboard-days',
  payload: z.object({ due: z.string() }),
  // Two years of a large office the first time (about two minutes at 1M articles); minutes after.
  retry: { retries: 1, timeoutSeconds: 3600 },
  key: ({ due }) => `refresh-dashboard-days:${due}`,
});

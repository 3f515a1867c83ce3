// Scheduled report drafting: one job per schedule occurrence, whichever worker claims it.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** Every ten minutes: a report is drafted within minutes of the hour the office chose. */
export const REPORT_SCHEDULE_SECONDS = 10 * 60;

export const draftScheduledReportsJob = defineJob({
  name: 'draft-scheduled-reports',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 900 },
  key: ({ due }) => `draft-scheduled-reports:${due}`,
});

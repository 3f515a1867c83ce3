// The SOP time-standard check: one job per schedule occurrence, whichever worker claims it.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** A minute: reminders and deadlines are told within a minute of their working-time moment. */
export const SOP_TIME_CHECK_SECONDS = 60;

export const checkSopTimesJob = defineJob({
  name: 'check-sop-times',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 300 },
  key: ({ due }) => `check-sop-times:${due}`,
});

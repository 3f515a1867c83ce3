// The crisis early warning's jobs: the check (one per schedule occurrence, whichever worker claims
// it) and one delivery per alert and channel, retried with backoff until it arrives or the
// receiver refuses it for good.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** How often the crisis early warning looks at every subject and active issue. */
export const ALERT_CHECK_SECONDS = 5 * 60;

export const checkAlertsJob = defineJob({
  name: 'check-alerts',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 600 },
  key: ({ due }) => `check-alerts:${due}`,
});

export const deliverAlertJob = defineJob({
  name: 'deliver-alert',
  payload: z.object({ alertId: z.string().min(1), channel: z.enum(['email', 'webhook']) }),
  // 5 s, 10 s, 20 s … about 40 minutes in all before the delivery is given up and shown as failed.
  retry: { retries: 8, timeoutSeconds: 120 },
  key: ({ alertId, channel }) => `deliver:${alertId}:${channel}`,
});

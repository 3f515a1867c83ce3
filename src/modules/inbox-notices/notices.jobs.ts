// The notice e-mail job: one per schedule occurrence, whichever worker claims it. Retries and
// backoff of each e-mail are kept on its notice row, not in the queue, so one bad address never
// holds back the others.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** A minute: e-mails go within a minute of their notice, or of the quiet hours' end. */
export const NOTICE_MAIL_SECONDS = 60;

export const sendNoticeMailsJob = defineJob({
  name: 'send-notice-mails',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 300 },
  key: ({ due }) => `send-notice-mails:${due}`,
});

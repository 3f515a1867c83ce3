// Background work of publications: sending the partner e-mails and webhook calls a publication
// queued (their retries kept on each delivery row, so one bad address never holds back the others),
// and looking for the outlets that picked up each release in what the crawl collected since.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

/** A minute: partner newsrooms get a release within a minute of its publication. */
export const DELIVERY_SECONDS = 60;
/** Pickup is looked for every ten minutes; outlets republish within hours, the crawl polls in minutes. */
export const PICKUP_SECONDS = 600;

export const sendPublicationDeliveriesJob = defineJob({
  name: 'send-publication-deliveries',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 300 },
  key: ({ due }) => `send-publication-deliveries:${due}`,
});

export const findPickupsJob = defineJob({
  name: 'find-publication-pickups',
  payload: z.object({ due: z.string() }),
  retry: { retries: 1, timeoutSeconds: 600 },
  key: ({ due }) => `find-publication-pickups:${due}`,
});

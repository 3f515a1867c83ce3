// Handing waiting clippings to the queue (the API process has none: it stores the upload, the
// scheduler hands it on) and working the reading job.
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import type { JobQueue } from '../../kernel/jobs/queue.ts';
import { type ReadingTools, readClipping } from './clipping-reading.service.ts';
import { readClippingJob } from './clippings.jobs.ts';
import { markClippingEnqueued, waitingClippingIds } from './clippings.repo.ts';

/** A handed clipping still waiting after this long (its job was lost) is handed again. */
const REQUEUE_AFTER_MS = 20 * 60 * 1000;

export async function enqueueClippingReads(
  app: { store: Store; queue: JobQueue },
  now = new Date(),
): Promise<number> {
  const ids = await waitingClippingIds(app.store, new Date(now.getTime() - REQUEUE_AFTER_MS).toISOString());
  for (const clippingId of ids) {
    await app.queue.enqueue(readClippingJob, { clippingId });
    await markClippingEnqueued(app.store, clippingId, now.toISOString());
  }
  return ids.length;
}

/** One file at a time per worker: OCR takes a core, and the analysis jobs need the other. */
export function clippingJobs(app: ReadingTools): JobRegistration[] {
  return [
    handle(readClippingJob, async ({ clippingId }) => {
      await readClipping(app, clippingId);
    }),
  ] as JobRegistration[];
}

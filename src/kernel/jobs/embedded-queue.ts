// Embedded job queue: jobs are rows in the store's own SQLite database, worked by this process.
// (liteque, the planned choice, cannot run on better-sqlite3 12: its dequeue uses an async
// transaction, which better-sqlite3 12 rejects; see the closing note of issue 2.)
import { describeError } from '../../domain/errors.ts';
import type { Store } from '../db/connect.ts';
import { type JobAttempt, type JobDefinition, type JobRegistration, RetryLater } from './definitions.ts';
import {
  claimJob,
  completeJob,
  countJobs,
  failJob,
  insertJob,
  type JobRow,
  releaseAbandonedJobs,
  rescheduleJob,
} from './jobs.repo.ts';
import { LaneGroup, runLane } from './lane.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';
import { acquireWorkerLock, type WorkerLock } from './worker-lock.ts';

const POLL_INTERVAL_MS = 100;

/** Delay before retry number `attempt` (1-based): 5 s, 10 s, 20 s … capped at 10 minutes. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10 * 60_000, 5000 * 2 ** (attempt - 1));
}

/** The run a claimed job is in; a failure is retried after `retryDelayMs` (see runJob). */
export function attemptOf(job: { attempts: number; maxAttempts: number }): JobAttempt {
  const last = job.attempts >= job.maxAttempts;
  return { number: job.attempts, last, retryDelayMs: last ? null : retryDelayMs(job.attempts) };
}

export function openEmbeddedQueue(store: Store, dataDir: string): JobQueue {
  let stopping = false;
  let lanes: Promise<void>[] = [];

  const runJob = async (reg: JobRegistration, job: JobRow, options: WorkOptions) => {
    const name = reg.job.name;
    try {
      const payload = reg.job.payload.parse(JSON.parse(job.payload));
      await reg.handler(payload, attemptOf(job));
      await completeJob(store, job.id);
    } catch (e) {
      if (e instanceof RetryLater) {
        await rescheduleJob(store, job.id, new Date(Date.now() + e.delayMs), {
          error: e.message,
          refund: true,
        });
        return;
      }
      options.onError?.(name, e);
      if (job.attempts < job.maxAttempts) {
        await rescheduleJob(store, job.id, new Date(Date.now() + retryDelayMs(job.attempts)), {
          error: describeError(e),
        });
      } else {
        await failJob(store, job.id, describeError(e));
      }
    }
  };

  /** Takes jobs of one name, up to its concurrency at once, until stopped (or idle, if asked). */
  const runNameLane = (reg: JobRegistration, options: WorkOptions, group: LaneGroup) => {
    const name = reg.job.name;
    const lockSeconds = reg.job.retry.timeoutSeconds;
    return runLane<JobRow>({
      concurrency: reg.concurrency,
      untilIdle: options.untilIdle,
      group,
      idleMs: POLL_INTERVAL_MS,
      stopped: () => stopping,
      // One at a time: each claim is one atomic UPDATE … RETURNING in SQLite.
      take: async () => {
        const now = new Date();
        const job = await claimJob(store, name, now, new Date(now.getTime() + lockSeconds * 1000));
        return job ? [job] : [];
      },
      run: (job) => runJob(reg, job, options),
    });
  };

  /** Stops taking jobs and waits for those running. */
  const stop = async () => {
    stopping = true;
    await Promise.allSettled(lanes);
  };

  return {
    backend: 'embedded',
    async enqueue<P>(job: JobDefinition<P>, payload: P, options?: EnqueueOptions) {
      await insertJob(store, {
        name: job.name,
        payload: JSON.stringify(job.payload.parse(payload)),
        key: options?.key ?? job.key?.(payload),
        runAt: new Date(Date.now() + (options?.delayMs ?? 0)),
        maxAttempts: job.retry.retries + 1,
      });
    },
    async work(jobs: JobRegistration[], options: WorkOptions) {
      // Only one process may work an embedded queue: that is what makes it safe to hand the jobs a
      // crashed process left running straight back, instead of waiting for their locks to expire.
      const lock: WorkerLock = acquireWorkerLock(dataDir);
      stopping = false;
      try {
        await releaseAbandonedJobs(store);
        await options.onExclusiveStart?.();
        for (;;) {
          const group = new LaneGroup();
          lanes = jobs.map((reg) => runNameLane(reg, options, group));
          await Promise.all(lanes);
          if (stopping || !options.untilIdle) break;
          // A poll job adds article jobs after the article lane may have found nothing to do, so
          // go round until no lane has a due or running job. Jobs deferred to later (retries with
          // backoff) are left for the next run.
          const now = new Date();
          const counts = await Promise.all(jobs.map((reg) => countJobs(store, reg.job.name, now)));
          if (counts.every((c) => c.due === 0 && c.running === 0)) break;
        }
      } finally {
        lock.release();
      }
    },
    stop,
    async close() {
      await stop();
    },
  };
}

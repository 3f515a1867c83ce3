// PostgreSQL job queue on pg-boss: any number of `pantau worker` processes on any machines share
// the jobs; pg-boss hands each job to one worker at a time, retries failures with backoff and
// gives the jobs of a crashed worker to another once they expire.
import PgBoss from 'pg-boss';
import { describeError } from '../../domain/errors.ts';
import {
  JOB_NAMES,
  JOB_PAYLOADS,
  JOB_POLICIES,
  type JobHandlers,
  type JobName,
  RetryLater,
} from './definitions.ts';
import { runLane, sleep } from './lane.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';

const IDLE_POLL_MS = 200;

/**
 * Creates a job queue unless it exists. Processes starting together may race (PostgreSQL can even
 * report a deadlock between their DDL), so a failure is retried after the other has finished.
 */
async function ensureQueue(boss: PgBoss, name: JobName): Promise<void> {
  const policy = JOB_POLICIES[name];
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, {
        name,
        retryLimit: policy.retries,
        retryDelay: 5,
        retryBackoff: true,
        expireInSeconds: policy.timeoutSeconds,
      });
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      await sleep(100 * attempt + Math.floor(Math.random() * 200));
    }
  }
}

export async function openPostgresQueue(
  databaseUrl: string,
  onError?: (e: unknown) => void,
): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (e) => onError?.(e));
  await boss.start();
  try {
    for (const name of JOB_NAMES) await ensureQueue(boss, name);
  } catch (e) {
    await boss.stop({ graceful: false, wait: true });
    throw e;
  }
  let stopping = false;
  let lanes: Promise<void>[] = [];
  /** Jobs this process has taken in the current round of lanes. */
  let taken = 0;

  /** Jobs some worker, in any process, is running now. */
  const active = async (name: JobName) =>
    (await boss.getQueueSize(name, { before: 'completed' })) -
    (await boss.getQueueSize(name, { before: 'active' }));

  const runJob = async (
    name: JobName,
    job: PgBoss.Job<object>,
    handlers: JobHandlers,
    options: WorkOptions,
  ) => {
    try {
      await (handlers[name] as (p: unknown) => Promise<void>)(JOB_PAYLOADS[name].parse(job.data));
      await boss.complete(name, job.id);
    } catch (e) {
      if (e instanceof RetryLater) {
        // A deliberate delay, not a failure: a fresh job later keeps pg-boss's retry budget intact.
        await boss.send(name, job.data, { startAfter: new Date(Date.now() + e.delayMs) });
        await boss.complete(name, job.id);
        return;
      }
      options.onError?.(name, e);
      await boss.fail(name, job.id, { message: describeError(e) });
    }
  };

  // Fetches jobs itself rather than through boss.work(), whose workers pause a polling interval
  // after every batch: a crawl needs a steady pipeline of many small jobs.
  const runNameLane = (name: JobName, handlers: JobHandlers, options: WorkOptions) =>
    runLane<PgBoss.Job<object>>({
      concurrency: options.concurrency[name],
      untilIdle: options.untilIdle,
      idleMs: IDLE_POLL_MS,
      stopped: () => stopping,
      take: async (free) => {
        const jobs = await boss.fetch<object>(name, { batchSize: free });
        taken += jobs.length;
        return jobs;
      },
      run: (job) => runJob(name, job, handlers, options),
    });

  /** Stops taking jobs and waits for those running. */
  const stop = async () => {
    stopping = true;
    await Promise.allSettled(lanes);
  };

  return {
    backend: 'pg-boss',
    async enqueue(name, payload, options?: EnqueueOptions) {
      await boss.send(name, payload as object, {
        singletonKey: options?.key,
        startAfter: options?.delayMs ? new Date(Date.now() + options.delayMs) : undefined,
      });
    },
    async work(handlers: JobHandlers, options: WorkOptions) {
      stopping = false;
      for (;;) {
        taken = 0;
        lanes = JOB_NAMES.map((name) => runNameLane(name, handlers, options));
        await Promise.all(lanes);
        if (stopping || !options.untilIdle) return;
        // One lane may have found nothing before another's poll job queued articles, so go round
        // again while this process keeps finding work or any process is still running a job (a
        // poll elsewhere may yet add articles). A round that finds nothing while nobody works
        // means what is left is deferred to later (retries with backoff): that is left queued.
        let busy = taken > 0;
        for (const name of JOB_NAMES) busy ||= (await active(name)) > 0;
        if (!busy) return;
        await sleep(IDLE_POLL_MS);
      }
    },
    stop,
    async close() {
      await stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

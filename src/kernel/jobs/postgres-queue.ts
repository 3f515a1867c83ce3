// PostgreSQL job queue on pg-boss: any number of `pantau worker` processes on any machines share
// the jobs; pg-boss hands each job to one worker at a time, retries failures with backoff and
// gives the jobs of a crashed worker to another once they expire.
import PgBoss from 'pg-boss';
import { describeError } from '../../domain/errors.ts';
import { type JobDefinition, type JobRegistration, RetryLater } from './definitions.ts';
import { LaneGroup, runLane, sleep } from './lane.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';

const IDLE_POLL_MS = 200;

/**
 * The queue's settings. A job with a key gets pg-boss's "stately" policy: its default ("standard")
 * ignores keys, so the same key enqueued twice ran twice. Stately keeps one job per key waiting and
 * one running; the store's own queue keeps one per key in all, and either way a key never piles up.
 */
function queueOptions(job: JobDefinition): PgBoss.Queue {
  return {
    name: job.name,
    policy: job.key ? 'stately' : 'standard',
    retryLimit: job.retry.retries,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: job.retry.timeoutSeconds,
  };
}

/**
 * Creates a job queue unless it exists, and brings an existing one to the job's settings (queues
 * made by earlier releases have the standard policy). Processes starting together may race
 * (PostgreSQL can even report a deadlock between their DDL), so a failure is retried after the
 * other has finished.
 */
async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const options = queueOptions(job);
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await boss.getQueue(job.name);
      if (!existing) await boss.createQueue(job.name, options);
      else if (existing.policy !== options.policy) await boss.updateQueue(job.name, options);
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
  /** Queues created (or found) by this process: a job's queue is made on its first use. */
  const ready = new Map<string, Promise<void>>();
  const queueFor = (job: JobDefinition) => {
    let made = ready.get(job.name);
    if (!made) {
      made = ensureQueue(boss, job);
      made.catch(() => ready.delete(job.name));
      ready.set(job.name, made);
    }
    return made;
  };
  let stopping = false;
  let lanes: Promise<void>[] = [];
  /** Jobs this process has taken in the current round of lanes. */
  let taken = 0;

  /** Jobs some worker, in any process, is running now. */
  const active = async (name: string) =>
    (await boss.getQueueSize(name, { before: 'completed' })) -
    (await boss.getQueueSize(name, { before: 'active' }));

  const runJob = async (reg: JobRegistration, job: PgBoss.JobWithMetadata<object>, options: WorkOptions) => {
    const name = reg.job.name;
    try {
      // pg-boss counts retries from 0 and randomises its backoff, so the next run's time is unknown.
      const last = job.retryCount >= job.retryLimit;
      await reg.handler(reg.job.payload.parse(job.data), {
        number: job.retryCount + 1,
        last,
        retryDelayMs: null,
      });
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
  const runNameLane = (reg: JobRegistration, options: WorkOptions, group: LaneGroup) =>
    runLane<PgBoss.JobWithMetadata<object>>({
      concurrency: reg.concurrency,
      untilIdle: options.untilIdle,
      group,
      idleMs: IDLE_POLL_MS,
      // pg-boss's fetch sorts every queued job of the name: take half the slots' worth at a time.
      refillAt: Math.ceil(reg.concurrency / 2),
      stopped: () => stopping,
      take: async (free) => {
        const jobs = await boss.fetch<object>(reg.job.name, { batchSize: free, includeMetadata: true });
        taken += jobs.length;
        return jobs;
      },
      run: (job) => runJob(reg, job, options),
    });

  /** Stops taking jobs and waits for those running. */
  const stop = async () => {
    stopping = true;
    await Promise.allSettled(lanes);
  };

  return {
    backend: 'pg-boss',
    async enqueue<P>(job: JobDefinition<P>, payload: P, options?: EnqueueOptions) {
      await queueFor(job as JobDefinition);
      await boss.send(job.name, job.payload.parse(payload) as object, {
        singletonKey: options?.key ?? job.key?.(payload),
        startAfter: options?.delayMs ? new Date(Date.now() + options.delayMs) : undefined,
      });
    },
    async work(jobs: JobRegistration[], options: WorkOptions) {
      stopping = false;
      for (const reg of jobs) await queueFor(reg.job);
      for (;;) {
        taken = 0;
        const group = new LaneGroup();
        lanes = jobs.map((reg) => runNameLane(reg, options, group));
        await Promise.all(lanes);
        if (stopping || !options.untilIdle) return;
        // One lane may have found nothing before another's poll job queued articles, so go round
        // again while this process keeps finding work or any process is still running a job (a
        // poll elsewhere may yet add articles). A round that finds nothing while nobody works
        // means what is left is deferred to later (retries with backoff): that is left queued.
        let busy = taken > 0;
        for (const reg of jobs) busy ||= (await active(reg.job.name)) > 0;
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

// PostgreSQL job queue on pg-boss: any number of `pantau worker` processes on any machines share
// the jobs, and each job is handed to one worker at a time.
import PgBoss from 'pg-boss';
import {
  JOB_NAMES,
  JOB_PAYLOADS,
  JOB_POLICIES,
  type JobHandlers,
  type JobName,
  RetryLater,
} from './definitions.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';

const IDLE_CHECK_MS = 500;

export async function openPostgresQueue(databaseUrl: string): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  let lastError: unknown = null;
  boss.on('error', (e) => {
    lastError = e;
  });
  await boss.start();
  for (const name of JOB_NAMES) {
    const policy = JOB_POLICIES[name];
    const existing = await boss.getQueue(name);
    if (!existing) {
      await boss
        .createQueue(name, {
          name,
          retryLimit: policy.retries,
          retryDelay: 5,
          retryBackoff: true,
          expireInSeconds: policy.timeoutSeconds,
        })
        // Two processes starting at once may both try to create it.
        .catch(async (e) => {
          if (!(await boss.getQueue(name))) throw e;
        });
    }
  }
  let stopping = false;
  let workerIds: string[] = [];

  const size = async () => {
    const out = {} as Record<JobName, number>;
    for (const name of JOB_NAMES) out[name] = await boss.getQueueSize(name, { before: 'completed' });
    return out;
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
      let inFlight = 0;
      for (const name of JOB_NAMES) {
        const handler = handlers[name] as (p: unknown) => Promise<void>;
        const slots = Math.max(1, options.concurrency[name]);
        // pg-boss runs one batch per worker at a time, so several workers give parallelism.
        for (let i = 0; i < slots; i++) {
          const id = await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
            inFlight++;
            try {
              await handler(JOB_PAYLOADS[name].parse(job.data));
            } catch (e) {
              if (e instanceof RetryLater) {
                // Re-queue later without spending pg-boss's retry budget; the handler counts attempts.
                await boss.send(name, job.data as object, { startAfter: new Date(Date.now() + e.delayMs) });
                return;
              }
              options.onError?.(name, e);
              throw e;
            } finally {
              inFlight--;
            }
          });
          workerIds.push(id);
        }
      }
      if (!options.untilIdle) {
        await new Promise<void>((resolve) => {
          const timer = setInterval(() => {
            if (stopping) {
              clearInterval(timer);
              resolve();
            }
          }, IDLE_CHECK_MS);
        });
        return;
      }
      let idleChecks = 0;
      while (!stopping && idleChecks < 2) {
        await new Promise((r) => setTimeout(r, IDLE_CHECK_MS));
        const sizes = await size();
        const busy = inFlight > 0 || JOB_NAMES.some((n) => sizes[n] > 0);
        idleChecks = busy ? 0 : idleChecks + 1;
      }
      for (const id of workerIds) await boss.offWork({ id });
      workerIds = [];
      if (lastError) lastError = null;
    },
    size,
    async stop() {
      stopping = true;
      for (const id of workerIds) await boss.offWork({ id });
      workerIds = [];
    },
    async close() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

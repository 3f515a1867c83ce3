// A job queue held in this process's memory, for one run whose jobs must never mix with the
// installation's queue: the demo's build crawls a loopback site with a fetcher of its own, and a
// worker of the real queue (with the real fetcher, which refuses loopback) must not take its jobs,
// nor may its run take theirs. Same job declarations, keys and retry policy as the other backends;
// nothing survives the process, so a one-off run waits for its deferred jobs instead of leaving them.
import { type JobDefinition, type JobRegistration, RetryLater } from './definitions.ts';
import { attemptOf, retryDelayMs } from './embedded-queue.ts';
import { LaneGroup, runLane, sleep } from './lane.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';

interface MemoryJob {
  name: string;
  payload: unknown;
  key: string | null;
  runAt: number;
  attempts: number;
  maxAttempts: number;
}

/** How many jobs of one name were queued, and how they ended. */
export interface JobTally {
  queued: number;
  done: number;
  failed: number;
}

export interface MemoryQueue extends JobQueue {
  tally(name: string): JobTally;
}

const IDLE_MS = 20;

export function openMemoryQueue(): MemoryQueue {
  const waiting: MemoryJob[] = [];
  /** Keys of jobs waiting or running: a job with the same key is not queued twice. */
  const keys = new Set<string>();
  const tallies = new Map<string, JobTally>();
  let running = 0;
  let stopping = false;
  let lanes: Promise<void>[] = [];

  const tallyOf = (name: string) => {
    let t = tallies.get(name);
    if (!t) {
      t = { queued: 0, done: 0, failed: 0 };
      tallies.set(name, t);
    }
    return t;
  };

  const take = (name: string, free: number): MemoryJob[] => {
    const now = Date.now();
    const taken: MemoryJob[] = [];
    for (let i = 0; i < waiting.length && taken.length < free; ) {
      const job = waiting[i];
      if (job.name === name && job.runAt <= now) {
        waiting.splice(i, 1);
        taken.push(job);
      } else i++;
    }
    return taken;
  };

  const finish = (job: MemoryJob) => {
    if (job.key) keys.delete(job.key);
  };

  const runJob = async (reg: JobRegistration, job: MemoryJob, options: WorkOptions) => {
    running++;
    job.attempts++;
    try {
      await reg.handler(reg.job.payload.parse(job.payload), attemptOf(job));
      tallyOf(job.name).done++;
      finish(job);
    } catch (e) {
      if (e instanceof RetryLater) {
        job.attempts--; // as the other backends: a deferral is not an attempt
        waiting.push({ ...job, runAt: Date.now() + e.delayMs });
        return;
      }
      options.onError?.(job.name, e);
      if (job.attempts < job.maxAttempts) {
        waiting.push({ ...job, runAt: Date.now() + retryDelayMs(job.attempts) });
      } else {
        tallyOf(job.name).failed++;
        finish(job);
      }
    } finally {
      running--;
    }
  };

  return {
    backend: 'memory',
    async enqueue<P>(job: JobDefinition<P>, payload: P, options?: EnqueueOptions) {
      const key = options?.key ?? job.key?.(payload) ?? null;
      if (key && keys.has(key)) return;
      if (key) keys.add(key);
      tallyOf(job.name).queued++;
      waiting.push({
        name: job.name,
        payload: job.payload.parse(payload),
        key,
        runAt: Date.now() + (options?.delayMs ?? 0),
        attempts: 0,
        maxAttempts: job.retry.retries + 1,
      });
    },
    async work(jobs: JobRegistration[], options: WorkOptions) {
      stopping = false;
      const names = new Set(jobs.map((r) => r.job.name));
      for (;;) {
        const group = new LaneGroup();
        lanes = jobs.map((reg) =>
          runLane<MemoryJob>({
            concurrency: reg.concurrency,
            untilIdle: options.untilIdle,
            group,
            idleMs: IDLE_MS,
            stopped: () => stopping,
            take: async (free) => take(reg.job.name, free),
            run: (job) => runJob(reg, job, options),
          }),
        );
        await Promise.all(lanes);
        if (stopping || !options.untilIdle) return;
        const left = waiting.filter((j) => names.has(j.name));
        if (left.length === 0 && running === 0) return;
        // Only deferred jobs are left: wait for the first of them rather than lose them all.
        const due = Math.min(...left.map((j) => j.runAt));
        await sleep(Math.max(IDLE_MS, due - Date.now()));
      }
    },
    tally: (name) => ({ ...tallyOf(name) }),
    async stop() {
      stopping = true;
      await Promise.allSettled(lanes);
    },
    async close() {
      stopping = true;
      await Promise.allSettled(lanes);
    },
  };
}

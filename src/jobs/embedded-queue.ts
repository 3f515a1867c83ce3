// Embedded job queue: liteque in a SQLite file beside the store, for the one-process default.
import { rmSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { buildDBClient, RetryAfterError, Runner, SqliteQueue } from 'liteque';
import {
  JOB_NAMES,
  JOB_PAYLOADS,
  JOB_POLICIES,
  type JobHandlers,
  type JobName,
  RetryLater,
} from './definitions.ts';
import type { EnqueueOptions, JobQueue, WorkOptions } from './queue.ts';
import { acquireWorkerLock, type WorkerLock } from './worker-lock.ts';

const POLL_INTERVAL_MS = 200;

export async function openEmbeddedQueue(dataDir: string): Promise<JobQueue> {
  const file = path.join(dataDir, 'queue.db');
  const db = buildDBClient(file, { runMigrations: true });
  const queues = Object.fromEntries(
    JOB_NAMES.map((name) => [
      name,
      new SqliteQueue<unknown>(name, db, {
        defaultJobArgs: { numRetries: JOB_POLICIES[name].retries },
        keepFailedJobs: false,
      }),
    ]),
  ) as Record<JobName, SqliteQueue<unknown>>;
  let runners: Runner<unknown>[] = [];
  let stopping = false;
  let lock: WorkerLock | null = null;

  const size = async () => {
    const out = {} as Record<JobName, number>;
    for (const name of JOB_NAMES) {
      const s = await queues[name].stats();
      out[name] = s.pending + s.pending_retry + s.running;
    }
    return out;
  };

  return {
    backend: 'embedded',
    async enqueue(name, payload, options?: EnqueueOptions) {
      await queues[name].enqueue(payload, { idempotencyKey: options?.key, delayMs: options?.delayMs });
    },
    async work(handlers: JobHandlers, options: WorkOptions) {
      // Only one process may work an embedded queue: that is what makes it safe to hand jobs a
      // crashed process left "running" straight back to the queue instead of waiting for timeouts.
      lock = acquireWorkerLock(dataDir);
      requeueAbandonedJobs(file);
      stopping = false;
      runners = JOB_NAMES.map(
        (name) =>
          new Runner<unknown>(
            queues[name],
            {
              run: async (job) => {
                try {
                  await (handlers[name] as (p: unknown) => Promise<void>)(job.data);
                } catch (e) {
                  if (e instanceof RetryLater) throw new RetryAfterError(e.delayMs);
                  throw e;
                }
              },
              onError: async (job) => options.onError?.(name, job.error),
            },
            {
              concurrency: options.concurrency[name],
              pollIntervalMs: POLL_INTERVAL_MS,
              timeoutSecs: JOB_POLICIES[name].timeoutSeconds,
              validator: JOB_PAYLOADS[name],
            },
          ),
      );
      try {
        if (!options.untilIdle) {
          await Promise.all(runners.map((r) => r.run()));
          return;
        }
        // A poll job adds article jobs while the article runner may already have found its queue
        // empty, so go round until every queue is empty at once.
        while (!stopping) {
          await Promise.all(runners.map((r) => r.runUntilEmpty()));
          const sizes = await size();
          if (JOB_NAMES.every((n) => sizes[n] === 0)) break;
          await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
        }
      } finally {
        lock?.release();
        lock = null;
      }
    },
    size,
    async stop() {
      stopping = true;
      for (const r of runners) r.stop();
    },
    async close() {
      stopping = true;
      for (const r of runners) r.stop();
      lock?.release();
    },
  };
}

/** Jobs marked running by a process that no longer exists go back to the queue. */
function requeueAbandonedJobs(file: string): void {
  const sqlite = new SqliteDatabase(file);
  try {
    sqlite.pragma('busy_timeout = 10000');
    sqlite
      .prepare("UPDATE tasks SET status = 'pending_retry', expireAt = NULL WHERE status = 'running'")
      .run();
  } finally {
    sqlite.close();
  }
}

export function removeEmbeddedQueue(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(dataDir, `queue.db${suffix}`), { force: true });
}

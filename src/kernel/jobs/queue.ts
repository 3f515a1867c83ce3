// The one queue interface the workers use, whichever backend carries the jobs.
import type { JobHandlers, JobName, JobPayload } from './definitions.ts';

export interface EnqueueOptions {
  /** Jobs with the same key are not queued twice while one is waiting. */
  key?: string;
  delayMs?: number;
}

export interface WorkOptions {
  concurrency: Record<JobName, number>;
  /** Return once nothing is waiting or running (for `crawl --once`); otherwise run until stop(). */
  untilIdle?: boolean;
  onError?: (job: JobName, error: unknown) => void;
  /**
   * Called by a backend that guarantees this process is the only worker (embedded), once it holds
   * that guarantee: the place to free claims left behind by a crashed predecessor.
   */
  onExclusiveStart?: () => Promise<void>;
}

export interface JobQueue {
  readonly backend: 'embedded' | 'pg-boss';
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<void>;
  work(handlers: JobHandlers, options: WorkOptions): Promise<void>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

// The one queue interface the workers use, whichever backend carries the jobs.
import type { JobDefinition, JobRegistration } from './definitions.ts';

export interface EnqueueOptions {
  /** Overrides the job's own key (jobs with the same key are not queued twice while one waits). */
  key?: string;
  delayMs?: number;
}

export interface WorkOptions {
  /** Return once nothing is waiting or running (for `crawl --once`); otherwise run until stop(). */
  untilIdle?: boolean;
  onError?: (job: string, error: unknown) => void;
  /**
   * Called by a backend that guarantees this process is the only worker (embedded), once it holds
   * that guarantee: the place to free claims left behind by a crashed predecessor.
   */
  onExclusiveStart?: () => Promise<void>;
}

export interface JobQueue {
  /** 'memory': a private queue of one run in this process (see memory-queue.ts). */
  readonly backend: 'embedded' | 'pg-boss' | 'memory';
  enqueue<P>(job: JobDefinition<P>, payload: P, options?: EnqueueOptions): Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: registrations of jobs with different payloads
  work(jobs: JobRegistration<any>[], options: WorkOptions): Promise<void>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

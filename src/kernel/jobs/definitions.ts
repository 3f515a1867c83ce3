// Background jobs are declared by the modules that own them (`<module>.jobs.ts`) with `defineJob`:
// a name, a payload schema (checked when the job is taken), one retry policy, and the key that
// makes enqueueing idempotent. The queue knows no job names of its own.
import type { ZodType } from 'zod';

export interface JobPolicy {
  /** Attempts after the first, for failures the handler rethrows (with backoff between them). */
  retries: number;
  /** A job still running after this long is presumed dead (its worker crashed) and run again. */
  timeoutSeconds: number;
}

export interface JobDefinition<P = unknown> {
  name: string;
  payload: ZodType<P>;
  retry: JobPolicy;
  /** Jobs with the same key are not queued twice while one waits or runs: a crash, a retry or two workers never double one. */
  key?(payload: P): string;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

/**
 * Which run of its job a handler is in, as the queue counts them: a handler that records outcomes
 * people read (a delivery "retrying" or "failed") needs to know whether another run will follow.
 */
export interface JobAttempt {
  /** 1 for the first run. */
  number: number;
  /** No run follows this one if it fails. */
  last: boolean;
  /**
   * How long after this run fails the queue runs it again; null on the last run, or when the
   * backend does not know in advance (pg-boss adds random jitter to its backoff).
   */
  retryDelayMs: number | null;
}

/** A job this process works: its declaration, its handler and how many run at once. */
export interface JobRegistration<P = unknown> {
  job: JobDefinition<P>;
  handler(payload: P, attempt: JobAttempt): Promise<void>;
  concurrency: number;
}

export function handle<P>(
  job: JobDefinition<P>,
  handler: (payload: P, attempt: JobAttempt) => Promise<void>,
  concurrency = 1,
): JobRegistration<P> {
  return { job, handler, concurrency } as JobRegistration<P>;
}

/**
 * Thrown by a handler that wants its job run again later without counting an attempt (the
 * handler keeps its own attempt count in the store, e.g. article.attempts).
 */
export class RetryLater extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'RetryLater';
  }
}

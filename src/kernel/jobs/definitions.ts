// Every background job Pantau runs, with its payload schema (validated when a job is taken) and
// how patiently it is retried.
import { z } from 'zod';

export const JOB_PAYLOADS = {
  /** Fetch a source's feed or sitemap and record the article URLs it lists. */
  'poll-source': z.object({ sourceId: z.number().int().positive() }),
  /** Fetch one article page, extract it and file it into a story. */
  'fetch-article': z.object({ articleId: z.number().int().positive() }),
  /** Analyse a fetched article: tone, subjects, entities, quotes, key phrases, summary. */
  'analyze-article': z.object({ articleId: z.number().int().positive() }),
} as const;

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;
export type JobHandlers = { [N in JobName]: (payload: JobPayload<N>) => Promise<void> };

export const JOB_NAMES = Object.keys(JOB_PAYLOADS) as JobName[];

export interface JobPolicy {
  /** Attempts after the first, for failures the handler rethrows. */
  retries: number;
  /** A job still running after this long is presumed dead (its worker crashed) and run again. */
  timeoutSeconds: number;
}

export const JOB_POLICIES: Record<JobName, JobPolicy> = {
  'poll-source': { retries: 2, timeoutSeconds: 300 },
  'fetch-article': { retries: 3, timeoutSeconds: 120 },
  'analyze-article': { retries: 2, timeoutSeconds: 120 },
};

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

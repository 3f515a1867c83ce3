// Running the crawl: its jobs' handlers, enqueueing due sources, and one complete pass
// (`crawl --once`). The long-running scheduler and workers are wired in main/worker.ts.

import type { AppContext } from '../../kernel/context.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import {
  type ArticleCounts,
  countArticles,
  pendingArticleIds,
  releaseArticleLeases,
} from '../articles/articles.repo.ts';
import { claimDueSources, nextDueAt } from '../sources/sources.repo.ts';
import { fetchArticle } from './commands/fetch-article.ts';
import { pollSource } from './commands/poll-source.ts';
import { analyzeArticleJob, fetchArticleJob, pollSourceJob } from './crawl.jobs.ts';

/** A claimed source may not be claimed again for this long, even if its poll job is lost. */
const POLL_LEASE_SECONDS = 10 * 60;
const POLL_CONCURRENCY = 4;
/** Analyses run on the page pool's threads; a few in flight keep them busy. */
const ANALYSIS_CONCURRENCY = 4;

/** The crawl's jobs as this process works them. */
export function crawlJobs(ctx: AppContext): JobRegistration[] {
  return [
    handle(
      pollSourceJob,
      async ({ sourceId }) => {
        await pollSource(ctx, sourceId);
      },
      POLL_CONCURRENCY,
    ),
    handle(
      fetchArticleJob,
      async ({ articleId }) => {
        // Enqueued after the article is committed, so the analysis job always finds its text.
        if ((await fetchArticle(ctx, articleId)) === 'fetched') {
          await ctx.queue.enqueue(analyzeArticleJob, { articleId });
        }
      },
      ctx.config.concurrency,
    ),
    handle(
      analyzeArticleJob,
      async ({ articleId }) => {
        await analyzeStoredArticle(ctx.store, ctx.pages, articleId);
      },
      ANALYSIS_CONCURRENCY,
    ),
  ] as JobRegistration[];
}

/**
 * Articles stored as pending whose job never made it into the queue (a crash between the commit
 * and the enqueue) get their job now; the job key keeps an already queued one from doubling.
 */
export async function requeuePendingArticles(ctx: AppContext): Promise<number> {
  const ids = await pendingArticleIds(ctx.store);
  for (const id of ids) await ctx.queue.enqueue(fetchArticleJob, { articleId: id });
  return ids.length;
}

export async function enqueueDueSources(ctx: AppContext, options: { all?: boolean } = {}): Promise<number> {
  const sources = await claimDueSources(ctx.store, new Date(), POLL_LEASE_SECONDS, {
    ignoreSchedule: options.all,
  });
  for (const s of sources) await ctx.queue.enqueue(pollSourceJob, { sourceId: s.id });
  return sources.length;
}

export interface CrawlProgress extends ArticleCounts {
  elapsedMs: number;
}

/** Polls every enabled source once and works until every discovered article is done. */
export async function crawlOnce(
  ctx: AppContext,
  options: { onProgress?: (p: CrawlProgress) => void; progressIntervalMs?: number } = {},
): Promise<CrawlProgress> {
  const started = Date.now();
  const before = await countArticles(ctx.store);
  const report = async (): Promise<CrawlProgress> => {
    const now = await countArticles(ctx.store);
    return {
      pending: now.pending,
      fetched: now.fetched - before.fetched,
      failed: now.failed - before.failed,
      duplicate: now.duplicate - before.duplicate,
      elapsedMs: Date.now() - started,
    };
  };
  const timer = options.onProgress
    ? setInterval(async () => options.onProgress?.(await report()), options.progressIntervalMs ?? 1000)
    : null;
  try {
    await requeuePendingArticles(ctx);
    await enqueueDueSources(ctx, { all: true });
    await ctx.queue.work(crawlJobs(ctx), {
      untilIdle: true,
      onError: (job, error) => ctx.logger.error({ job, err: String(error) }, 'job failed'),
      onExclusiveStart: () => releaseArticleLeases(ctx.store),
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  const done = await report();
  options.onProgress?.(done);
  return done;
}

/** When the next source is due, for a scheduler deciding how long to sleep. */
export function nextSourceDue(ctx: AppContext): Promise<string | null> {
  return nextDueAt(ctx.store);
}

/** Frees article claims a crashed predecessor left (only safe where this process is the only worker). */
export function releaseArticleLeasesOf(ctx: AppContext): Promise<void> {
  return releaseArticleLeases(ctx.store).then(() => undefined);
}

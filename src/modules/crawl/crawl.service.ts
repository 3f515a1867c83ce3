// Running the crawl: the job handlers, one complete pass (`crawl --once`), and the scheduler that
// keeps due sources flowing into the queue for `serve` and `worker`.

import type { AppContext } from '../../kernel/context.ts';
import type { JobHandlers } from '../../kernel/jobs/definitions.ts';
import { checkAlerts } from '../alerts/alerts.service.ts';
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

/** A claimed source may not be claimed again for this long, even if its poll job is lost. */
const POLL_LEASE_SECONDS = 10 * 60;
const POLL_CONCURRENCY = 4;
/** How often the crisis early warning looks at every subject. */
const ALERT_CHECK_MS = 5 * 60_000;
/** Analyses run on the page pool's threads; a few in flight keep them busy. */
const ANALYSIS_CONCURRENCY = 4;

export function crawlHandlers(ctx: AppContext): JobHandlers {
  return {
    'poll-source': async ({ sourceId }) => {
      await pollSource(ctx, sourceId);
    },
    'fetch-article': async ({ articleId }) => {
      // Enqueued after the article is committed, so the analysis job always finds its text.
      if ((await fetchArticle(ctx, articleId)) === 'fetched') {
        await ctx.queue.enqueue('analyze-article', { articleId }, { key: `analyze:${articleId}` });
      }
    },
    'analyze-article': async ({ articleId }) => {
      await analyzeStoredArticle(ctx.store, ctx.pages, articleId);
    },
  };
}

/**
 * Articles stored as pending whose job never made it into the queue (a crash between the commit
 * and the enqueue) get their job now; the job key keeps an already queued one from doubling.
 */
export async function requeuePendingArticles(ctx: AppContext): Promise<number> {
  const ids = await pendingArticleIds(ctx.store);
  for (const id of ids) await ctx.queue.enqueue('fetch-article', { articleId: id }, { key: `article:${id}` });
  return ids.length;
}

export async function enqueueDueSources(ctx: AppContext, options: { all?: boolean } = {}): Promise<number> {
  const sources = await claimDueSources(ctx.store, new Date(), POLL_LEASE_SECONDS, {
    ignoreSchedule: options.all,
  });
  for (const s of sources)
    await ctx.queue.enqueue('poll-source', { sourceId: s.id }, { key: `source:${s.id}` });
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
    await ctx.queue.work(crawlHandlers(ctx), {
      concurrency: {
        'poll-source': POLL_CONCURRENCY,
        'fetch-article': ctx.config.concurrency,
        'analyze-article': ANALYSIS_CONCURRENCY,
      },
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

/** Enqueues due sources until the signal aborts, sleeping until the next one is due. */
export async function runScheduler(ctx: AppContext, signal: AbortSignal): Promise<void> {
  let alertsCheckedAt = 0;
  while (!signal.aborted) {
    try {
      await enqueueDueSources(ctx);
    } catch (e) {
      ctx.logger.error({ err: String(e) }, 'scheduler pass failed');
    }
    if (Date.now() - alertsCheckedAt >= ALERT_CHECK_MS) {
      alertsCheckedAt = Date.now();
      await checkAlerts(ctx.store, ctx.config.alerts, { allowHosts: ctx.config.allowHosts }).catch((e) =>
        ctx.logger.error({ err: String(e) }, 'alert check failed'),
      );
    }
    const due = await nextDueAt(ctx.store).catch(() => null);
    // Wake at least every few seconds so a source added through the API is picked up promptly.
    const waitMs = due ? Math.min(5000, Math.max(500, Date.parse(due) - Date.now())) : 5000;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, waitMs);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

/** Works the queue until stopped (`pantau worker`, and the workers inside `pantau serve`). */
export async function runWorkers(ctx: AppContext): Promise<void> {
  await requeuePendingArticles(ctx);
  await ctx.queue.work(crawlHandlers(ctx), {
    concurrency: {
      'poll-source': POLL_CONCURRENCY,
      'fetch-article': ctx.config.concurrency,
      'analyze-article': ANALYSIS_CONCURRENCY,
    },
    onError: (job, error) => ctx.logger.error({ job, err: String(error) }, 'job failed'),
    onExclusiveStart: () => releaseArticleLeases(ctx.store),
  });
}

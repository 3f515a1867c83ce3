// Running the crawl: its jobs' handlers, enqueueing due sources, and one complete pass
// (`crawl --once`). The long-running scheduler and workers are wired in main/worker.ts.

import type { AppContext } from '../../kernel/context.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { holdQueue } from '../../kernel/jobs/worker-lock.ts';
import { analysedArticles, analyzeStoredArticle } from '../analysis/analysis.service.ts';
import {
  type ArticleCounts,
  countArticles,
  pendingArticleIds,
  releaseArticleLeases,
} from '../articles/articles.repo.ts';
import { claimDueSources, findSource, nextDueAt } from '../sources/sources.repo.ts';
import { fetchArticle } from './commands/fetch-article.ts';
import { type PollSummary, pollSource } from './commands/poll-source.ts';
import { type ListingPreview, type PreviewTools, previewListing } from './commands/preview-listing.ts';
import { analyzeArticleJob, fetchArticleJob, pollSourceJob } from './crawl.jobs.ts';

/** A claimed source may not be claimed again for this long, even if its poll job is lost. */
const POLL_LEASE_SECONDS = 10 * 60;
// Polls mostly wait on servers (the fetcher keeps each host polite and its budget bounds a slow
// one): four trickling sources once held every slot and left all other sources unpolled.
const POLL_CONCURRENCY = 16;
/** Analyses run in the page pool's processes; a few in flight keep them busy. */
const ANALYSIS_CONCURRENCY = 4;

/** The crawl's jobs as this process works them. */
export function crawlJobs(
  ctx: AppContext,
  observe: { onPolled?: (summary: PollSummary) => void } = {},
): JobRegistration[] {
  return [
    handle(
      pollSourceJob,
      async ({ sourceId }) => {
        const summary = await pollSource(ctx, sourceId);
        if (summary) observe.onPolled?.(summary);
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

export async function enqueueDueSources(
  ctx: AppContext,
  options: { all?: boolean; workspaceId?: number } = {},
): Promise<number> {
  const sources = await claimDueSources(ctx.store, new Date(), POLL_LEASE_SECONDS, {
    ignoreSchedule: options.all,
    workspaceId: options.workspaceId,
  });
  for (const s of sources) await ctx.queue.enqueue(pollSourceJob, { sourceId: s.id });
  return sources.length;
}

export interface CrawlProgress extends ArticleCounts {
  elapsedMs: number;
  /** Articles of the workspace analysed so far (a pass over one workspace's sources only). */
  analysed?: number;
}

export interface CrawlResult extends CrawlProgress {
  /** Sources polled in this pass, and those whose poll failed (with the reason). */
  polled: number;
  pollFailures: { sourceId: number; name: string; url: string; error: string }[];
}

/** Polls every enabled source once and works until every discovered article is done. */
export async function crawlOnce(
  ctx: AppContext,
  options: { onProgress?: (p: CrawlProgress) => void; progressIntervalMs?: number } = {},
): Promise<CrawlResult> {
  // Before any write: a pass refused because another process works the embedded queue must leave
  // every source and job as it was.
  const lock = holdQueue(ctx.queue.backend, ctx.config.dataDir);
  try {
    return await crawlPass(ctx, options, async () => {
      await requeuePendingArticles(ctx);
      await enqueueDueSources(ctx, { all: true });
    });
  } finally {
    lock.release();
  }
}

/**
 * Polls every enabled source of one workspace once and works `ctx.queue` until every article they
 * list is fetched and analysed: a full pass's jobs for one workspace, for a run with a queue and a
 * fetcher of its own (the demo's build, whose loopback site only its own fetcher may reach). The
 * sources are claimed as the scheduler claims them, so a server running beside it leaves them be.
 * Progress counts that workspace's articles only.
 */
export async function crawlWorkspace(
  ctx: AppContext,
  workspaceId: number,
  options: { onProgress?: (p: CrawlProgress) => void; progressIntervalMs?: number } = {},
): Promise<CrawlResult> {
  return crawlPass(ctx, options, () => enqueueDueSources(ctx, { all: true, workspaceId }), workspaceId);
}

async function crawlPass(
  ctx: AppContext,
  options: { onProgress?: (p: CrawlProgress) => void; progressIntervalMs?: number },
  start: () => Promise<unknown>,
  workspaceId?: number,
): Promise<CrawlResult> {
  const started = Date.now();
  const polls: PollSummary[] = [];
  const before = await countArticles(ctx.store, workspaceId);
  const report = async (): Promise<CrawlProgress> => {
    const now = await countArticles(ctx.store, workspaceId);
    return {
      pending: now.pending,
      fetched: now.fetched - before.fetched,
      failed: now.failed - before.failed,
      duplicate: now.duplicate - before.duplicate,
      elapsedMs: Date.now() - started,
      ...(workspaceId === undefined ? {} : { analysed: await analysedArticles(ctx.store, workspaceId) }),
    };
  };
  const timer = options.onProgress
    ? setInterval(async () => options.onProgress?.(await report()), options.progressIntervalMs ?? 1000)
    : null;
  try {
    await start();
    await ctx.queue.work(crawlJobs(ctx, { onPolled: (summary) => polls.push(summary) }), {
      untilIdle: true,
      onError: (job, error) => ctx.logger.error({ job, err: String(error) }, 'job failed'),
      onExclusiveStart: () => releaseArticleLeases(ctx.store),
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  const done = await report();
  options.onProgress?.(done);
  const pollFailures = [];
  for (const p of polls.filter((x) => !x.ok)) {
    const source = await findSource(ctx.store, p.sourceId);
    pollFailures.push({
      sourceId: p.sourceId,
      name: source?.name ?? `#${p.sourceId}`,
      url: source?.url ?? '',
      error: p.error ?? '',
    });
  }
  return { ...done, polled: polls.length, pollFailures };
}

/** When the next source is due, for a scheduler deciding how long to sleep. */
export function nextSourceDue(ctx: AppContext): Promise<string | null> {
  return nextDueAt(ctx.store);
}

/** Frees article claims a crashed predecessor left (only safe where this process is the only worker). */
export function releaseArticleLeasesOf(ctx: AppContext): Promise<void> {
  return releaseArticleLeases(ctx.store).then(() => undefined);
}

export type { ListingPreview, PreviewTools };

/**
 * What a poll of this address would collect, read with the crawl's fetcher rules and parsers and
 * stored nowhere: the sources page's "test this address" before a source is added.
 */
export function previewAddress(
  tools: PreviewTools,
  input: Parameters<typeof previewListing>[1],
): Promise<ListingPreview> {
  return previewListing(tools, input);
}

// The server's crawl on a thread of its own: the scheduler and every job (polls, article pages,
// analysis, issue filing, alerts) run on this thread's event loop, so the API on the main thread
// answers in milliseconds however busy the crawl is. On one event loop, SQLite's synchronous
// transactions and a sitemap of 250,000 URLs held requests up for up to a second (bench/hostile.ts).
// The thread opens its own store, queue, fetcher and page pool; it shares only the database.
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../domain/errors.ts';
import type { Config } from '../kernel/config.ts';
import { openContext } from '../kernel/context.ts';
import { createLogger } from '../kernel/logger.ts';
import { runScheduler, runWorkers } from './worker.ts';

export type CrawlThreadData = { entry: string; config: Config; logLevel: string };
/** What the thread tells the server: it runs, or why it stopped. */
export type CrawlThreadMessage = { kind: 'running' } | { kind: 'failed'; reason: string };

const { config, logLevel } = workerData as CrawlThreadData;
const logger = createLogger(logLevel);
const ctx = await openContext(config, logger);
const stop = new AbortController();
parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  stop.abort();
  void ctx.queue.stop();
});
parentPort?.postMessage({ kind: 'running' } satisfies CrawlThreadMessage);
try {
  await Promise.all([runScheduler(ctx, stop.signal), runWorkers(ctx)]);
} catch (e) {
  logger.error({ err: String(e) }, 'workers stopped');
  parentPort?.postMessage({ kind: 'failed', reason: describeError(e) } satisfies CrawlThreadMessage);
} finally {
  await ctx.close();
  parentPort?.close();
}

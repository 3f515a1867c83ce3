// The server's crawl in a process of its own: the scheduler and every job (polls, article pages,
// analysis, issue filing, alerts) run here, so the API answers in milliseconds however busy the
// crawl is, and the crawl's memory (a sitemap of 100,000 URLs being walked, pages in flight) is
// not the API's. On one event loop, SQLite's synchronous transactions and a large sitemap held
// requests up for up to a second; on a thread of the same process, the server was one 900 MB
// process under a hostile crawl (bench/hostile.ts). It shares only the database with the server.
import { describeError } from '../domain/errors.ts';
import type { Config } from '../kernel/config.ts';
import { openContext } from '../kernel/context.ts';
import { createLogger } from '../kernel/logger.ts';
import { runScheduler, runWorkers } from './worker.ts';

/** What the server sends: how to start (once, first), then when to stop. */
export type CrawlCommand = { kind: 'start'; config: Config; logLevel: string } | { kind: 'stop' };
/** What the crawl tells the server: why it stopped, when it stopped on its own. */
export type CrawlReport = { kind: 'failed'; reason: string };

const report = (message: CrawlReport) => process.send?.(message);
const stop = new AbortController();
let stopQueue: (() => Promise<void>) | null = null;

async function crawl(config: Config, logLevel: string): Promise<void> {
  const logger = createLogger(logLevel);
  const ctx = await openContext(config, logger);
  try {
    // Asked to stop while starting (a server stopped as soon as it listened): a queue stopped before
    // its workers start would leave them waiting for good.
    if (stop.signal.aborted) return;
    stopQueue = () => ctx.queue.stop();
    await Promise.all([runScheduler(ctx, stop.signal), runWorkers(ctx)]);
  } catch (e) {
    logger.error({ err: String(e) }, 'workers stopped');
    report({ kind: 'failed', reason: describeError(e) });
  } finally {
    await ctx.close();
    process.disconnect?.();
  }
}

const stopCrawl = () => {
  stop.abort();
  void stopQueue?.();
};
// Ctrl+C reaches the whole process group: the crawl stops as the server asks it to, finishing
// its jobs, rather than dying mid-write.
process.on('SIGINT', stopCrawl);
process.on('SIGTERM', stopCrawl);

// Set up before any await: the boot hands over messages that came while this module loaded.
process.on('message', (message: CrawlCommand) => {
  if (message.kind === 'start') {
    crawl(message.config, message.logLevel).catch((e: unknown) => {
      report({ kind: 'failed', reason: describeError(e) });
      process.exitCode = 1;
      process.disconnect?.();
    });
    return;
  }
  stopCrawl();
});

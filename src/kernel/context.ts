// The application's shared parts, opened once per process and handed to every use case: the
// store, the fetcher, the page analyser, the clipping reader and (for processes that run jobs) the queue.
import { Fetcher } from '../collect/fetch/index.ts';
import type { Config } from './config.ts';
import { openStore, type Store } from './db/connect.ts';
import { openQueue } from './jobs/open-queue.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Logger } from './logger.ts';
import { type ClippingReader, createClippingReader } from './sandbox/clipping-reader.ts';
import { createPageAnalyser, type PageAnalyser } from './sandbox/page-pool.ts';

export interface AppContext {
  config: Config;
  logger: Logger;
  store: Store;
  fetcher: Fetcher;
  pages: PageAnalyser;
  /** Reads print clippings (OCR, PDF text layers) in a memory-capped process of its own. */
  clippings: ClippingReader;
  queue: JobQueue;
  close(): Promise<void>;
}

/**
 * The crawl's fetcher as configured: the one place its options come from, so anything else that
 * fetches for a user (a source preview in the API process) has the crawl's limits and address rules.
 */
export function createFetcher(config: Config): Fetcher {
  return new Fetcher({
    allowHosts: config.allowHosts,
    hostConcurrency: config.hostConcurrency,
    hostDelayMs: config.hostDelayMs,
    totalTimeoutMs: config.fetchBudgetMs,
  });
}

export async function openContext(config: Config, logger: Logger): Promise<AppContext> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let queue: JobQueue;
  try {
    queue = await openQueue(store, { databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (e) {
    await store.close();
    throw e;
  }
  const fetcher = createFetcher(config);
  const pages = createPageAnalyser({ processes: config.extractThreads });
  const clippings = createClippingReader({ processes: 1 });
  return {
    config,
    logger,
    store,
    fetcher,
    pages,
    clippings,
    queue,
    async close() {
      await queue.close();
      await pages.close();
      await clippings.close();
      await fetcher.close();
      await store.close();
    },
  };
}

// The demo's collection: the crawl's own jobs over the demo workspace's sources, with a queue and a
// fetcher of the build's own, the demo site revealing its quarter a day at a time.
import { DAY_MS } from '../../demo/calendar.ts';
import type { DemoNews } from '../../demo/news.ts';
import type { Config } from '../../kernel/config.ts';
import type { AppContext } from '../../kernel/context.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { openMemoryQueue } from '../../kernel/jobs/memory-queue.ts';
import type { Logger } from '../../kernel/logger.ts';
import { createClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { crawlWorkspace } from '../crawl/crawl.service.ts';
import { DemoSiteFetcher } from './demo-fetcher.ts';
import type { RunningDemoSite } from './demo-site.ts';

/** Pages fetched from the demo site at once (it is ours: no politeness delay, only a sane limit). */
const FETCHES_AT_ONCE = 8;

export interface CollectedNews {
  fetched: number;
  failed: number;
  /** Articles still waiting (a page that failed and waits for a retry that will not come). */
  pending: number;
  pollFailures: string[];
}

/**
 * Days of news revealed at a time: the quarter is collected as an installation would have met it.
 * Issues are formed online, in the order articles arrive, and eight fetches run at once: with ten
 * days a pass, a pass's articles reached the issues in a random order and the share of articles
 * filed with their own event swung between 0.80 and 0.84 from run to run. A day a pass keeps the
 * order close to the news' own (0.85 on every run measured) for a few seconds more.
 */
const PASS_DAYS = 1;

/**
 * The crawl's own jobs over the demo's sources, on a queue and a fetcher of the build's own: the
 * installation's workers never see these jobs (their fetcher refuses loopback), and this fetcher
 * reaches the demo site and nothing else. The pipeline acts as the system, as the workers do.
 *
 * The site shows its news a day more at each pass, as a running installation would have found it
 * day after day: issues are then formed in the order the news happened, and the crisis of the last
 * days meets the issues the quarter has built, as it would in an office that had been monitoring.
 */
export async function collectDemoNews(
  store: Store,
  workspaceId: number,
  site: RunningDemoSite,
  news: DemoNews,
  options: { config: Config; logger: Logger },
  onArticles: (analysed: number) => void,
): Promise<CollectedNews> {
  const { config, logger } = options;
  const app: AppContext = {
    config,
    logger,
    store,
    fetcher: new DemoSiteFetcher(site.origin, {
      budgetMs: config.fetchBudgetMs,
      concurrency: FETCHES_AT_ONCE,
    }),
    pages: createPageAnalyser({ processes: config.extractThreads }),
    // The demo collects online news only: no clipping is ever read here.
    clippings: createClippingReader({ processes: 0 }),
    queue: openMemoryQueue(),
    async close() {
      await this.queue.close();
      await this.pages.close();
      await this.fetcher.close();
    },
  };
  const total: CollectedNews = { fetched: 0, failed: 0, pending: 0, pollFailures: [] };
  // Counts are taken every quarter second and may arrive out of order: progress only moves forward.
  let analysed = 0;
  try {
    for (let ago = news.days - PASS_DAYS; ; ago -= PASS_DAYS) {
      site.site.reveal(new Date(news.now.getTime() - Math.max(0, ago) * DAY_MS));
      const pass = await crawlWorkspace(app, workspaceId, {
        progressIntervalMs: 250,
        onProgress: (p) => {
          analysed = Math.max(analysed, p.analysed ?? 0);
          onArticles(analysed);
        },
      });
      total.fetched += pass.fetched;
      total.failed += pass.failed;
      total.pending = pass.pending;
      total.pollFailures.push(...pass.pollFailures.map((f) => `${f.name}: ${f.error}`));
      if (ago <= 0) return total;
    }
  } finally {
    await app.close();
  }
}

// Polls one source: a conditional GET, the article URLs it lists stored once, a fetch job per new
// article (enqueued after the rows are committed), and the next poll time from the adaptive policy.
// A listing larger than one poll takes (a sitemap of 100,000 URLs) is walked over several polls.
import type { FetchResponse } from '../../../collect/fetch/index.ts';
import { decideNextPoll } from '../../../collect/polling.ts';
import type { DiscoveredArticle } from '../../../domain/article.ts';
import { describeError } from '../../../domain/errors.ts';
import type { AppContext } from '../../../kernel/context.ts';
import type { Store } from '../../../kernel/db/connect.ts';
import { letOthersRun } from '../../../kernel/db/let-others-run.ts';
import { OneAtATime } from '../../../kernel/one-at-a-time.ts';
import { insertDiscoveredArticles } from '../../articles/articles.repo.ts';
import {
  findSource,
  knownArticleKeys,
  logSourceEvent,
  nameSourceOutlet,
  recordPoll,
} from '../../sources/sources.repo.ts';
import { fetchArticleJob } from '../crawl.jobs.ts';
import { finishPollRequests, startPollRequests } from '../poll-requests.repo.ts';
import { discoverArticles } from './discover.ts';
import { FEED_ACCEPT, fetchListing } from './fetch-listing.ts';

/** Articles one poll stores and queues at most; the rest of the listing waits for the next polls. */
const MAX_ARTICLES_PER_POLL = 5000;
/** Jobs queued between two pauses that let the server answer (see letOthersRun). */
const ENQUEUE_CHUNK = 100;

export interface PollSummary {
  sourceId: number;
  ok: boolean;
  notModified: boolean;
  listed: number;
  newArticles: number;
  /** URLs of the listing not collected yet, left for the next polls. */
  unvisitedUrls: number;
  /** Child sitemaps of an index not followed (older than the newest few). */
  unfollowedSitemaps: number;
  error: string | null;
}

export async function pollSource(
  ctx: Pick<AppContext, 'store' | 'fetcher' | 'pages' | 'queue' | 'logger'>,
  sourceId: number,
): Promise<PollSummary | null> {
  const source = await findSource(ctx.store, sourceId);
  const now = new Date();
  if (!source?.enabled) {
    // "Ambil sekarang" pressed before the source was paused: say why nothing was fetched.
    if (source)
      await finishPollRequests(ctx.store, sourceId, {
        status: 'failed',
        startedAt: now.toISOString(),
        at: now.toISOString(),
        error: 'Sumber dinonaktifkan sebelum diambil — the source was disabled before it was polled',
      });
    return null;
  }
  await startPollRequests(ctx.store, sourceId, now.toISOString());
  const summary: PollSummary = {
    sourceId,
    ok: true,
    notModified: false,
    listed: 0,
    newArticles: 0,
    unvisitedUrls: 0,
    unfollowedSitemaps: 0,
    error: null,
  };
  /** The articles this poll stored, for the requests it answers to follow. */
  let newIds: number[] = [];
  // Mid-walk the whole listing is needed again even if it has not changed since the last poll.
  const walking = source.unvisitedUrls > 0;
  /** The listing's articles not stored yet, up to a poll's worth, stored and queued for fetching. */
  const takeListing = async (res: FetchResponse) => {
    const batch = new NextBatch(ctx.store, source.workspaceId);
    const found = await discoverArticles(ctx, source, res, (list) => batch.offer(list));
    if (!source.outlet && found.title && source.kind !== 'search')
      await nameSourceOutlet(ctx.store, source, found.title);
    summary.listed = batch.listed;
    summary.unfollowedSitemaps = found.unfollowedSitemaps;
    summary.unvisitedUrls = batch.left;
    const ids = await insertDiscoveredArticles(ctx.store, source.workspaceId, source.id, batch.take);
    summary.newArticles = ids.length;
    newIds = ids;
    for (const [n, id] of ids.entries()) {
      if (n > 0 && n % ENQUEUE_CHUNK === 0) await letOthersRun();
      await ctx.queue.enqueue(fetchArticleJob, { articleId: id });
    }
  };
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  const fetchAndTake = async () => {
    const res = await fetchListing(ctx.fetcher, {
      url: source.url,
      etag: walking ? null : source.etag,
      lastModified: walking ? null : source.lastModified,
      accept: FEED_ACCEPT,
    });
    validators = { etag: res.etag ?? source.etag, lastModified: res.lastModified ?? source.lastModified };
    if (res.notModified) summary.notModified = true;
    else await takeListing(res);
  };
  try {
    if (source.kind === 'sitemap') {
      // A sitemap poll holds its whole listing (up to 10 MB of XML, then up to five child sitemaps
      // read one by one) until its batch is stored: one at a time per process keeps that to one
      // listing's worth of memory, and one listing parse in the page processes. The fetch is inside
      // the turn too: a 10 MB body fetched early was held all the while it waited. Feeds are small
      // and go on beside it.
      await ctx.store.caches.get('sitemap-polls', () => new OneAtATime()).run(fetchAndTake);
    } else {
      await fetchAndTake();
    }
  } catch (e) {
    summary.ok = false;
    summary.error = describeError(e);
    await logSourceEvent(ctx.store, { sourceId, level: 'error', message: summary.error });
    ctx.logger.warn({ sourceId, url: source.url, err: summary.error }, 'poll failed');
  }

  const decision = decideNextPoll(
    {
      intervalSeconds: source.pollIntervalSeconds,
      consecutiveFailures: source.consecutiveFailures,
      lastNewArticleAt: source.lastNewArticleAt ? new Date(source.lastNewArticleAt) : null,
      createdAt: new Date(source.createdAt),
      recentNewCounts: source.recentNewCounts,
    },
    {
      ok: summary.ok,
      notModified: summary.notModified,
      newArticles: summary.newArticles,
      unvisitedUrls: summary.unvisitedUrls,
    },
    now,
  );
  await recordPoll(ctx.store, sourceId, {
    polledAt: now.toISOString(),
    ok: summary.ok,
    ...(validators ?? {}),
    nextCheckAt: decision.nextCheckAt.toISOString(),
    pollIntervalSeconds: decision.intervalSeconds,
    consecutiveFailures: decision.consecutiveFailures,
    recentNewCounts: decision.recentNewCounts,
    newArticleAt: summary.newArticles > 0 ? now.toISOString() : null,
    error: summary.error,
    stale: decision.stale,
    staleReason: decision.staleReason,
    ...(summary.notModified
      ? {}
      : { unvisitedUrls: summary.unvisitedUrls, unfollowedSitemaps: summary.unfollowedSitemaps }),
  });
  if (decision.stale && !source.stale && decision.staleReason) {
    await logSourceEvent(ctx.store, { sourceId, level: 'warn', message: decision.staleReason });
  }
  // After the poll is recorded, so a request shown as done never shows the source as unpolled.
  await finishPollRequests(ctx.store, sourceId, {
    status: summary.ok ? 'done' : 'failed',
    startedAt: now.toISOString(),
    at: new Date().toISOString(),
    listed: summary.listed,
    newArticles: summary.newArticles,
    unchanged: summary.notModified,
    articleIds: newIds,
    error: summary.error,
  });
  return summary;
}

/**
 * The listing's URLs not collected yet, in its order (newest first for a sitemap), up to the cap,
 * offered a list at a time (a sitemap index: child by child) so that only one list is ever held.
 * The stored articles are the walk's memory rather than a position in the listing: a sitemap
 * changes between polls (new pages on top, old ones dropped), which would shift a saved position.
 */
class NextBatch {
  readonly take: DiscoveredArticle[] = [];
  listed = 0;
  /** Unseen URLs beyond the cap, left for the next polls. */
  left = 0;
  readonly #taken = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly workspaceId: number,
  ) {}

  async offer(list: DiscoveredArticle[]): Promise<void> {
    this.listed += list.length;
    const known = await knownArticleKeys(
      this.store,
      this.workspaceId,
      list.map((a) => a.urlKey),
    );
    for (const article of list) {
      if (known.has(article.urlKey) || this.#taken.has(article.urlKey)) continue;
      known.add(article.urlKey); // a URL listed twice in one list is counted once
      if (this.take.length < MAX_ARTICLES_PER_POLL) {
        this.take.push(article);
        this.#taken.add(article.urlKey);
      } else this.left += 1;
    }
  }
}

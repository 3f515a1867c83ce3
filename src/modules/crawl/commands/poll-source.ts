// Polls one source: a conditional GET, the article URLs it lists stored once, a fetch job per new
// article (enqueued after the rows are committed), and the next poll time from the adaptive policy.
import { decodeBody } from '../../../collect/charset.ts';
import { decideNextPoll } from '../../../collect/polling.ts';
import { describeError } from '../../../domain/errors.ts';
import type { AppContext } from '../../../kernel/context.ts';
import { insertDiscoveredArticles } from '../../articles/articles.repo.ts';
import { findSource, logSourceEvent, nameSourceOutlet, recordPoll } from '../../sources/sources.repo.ts';
import { fetchArticleJob } from '../crawl.jobs.ts';
import { discoverArticles } from './discover.ts';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PollSummary {
  sourceId: number;
  ok: boolean;
  notModified: boolean;
  listed: number;
  newArticles: number;
  error: string | null;
}

export async function pollSource(ctx: AppContext, sourceId: number): Promise<PollSummary | null> {
  const source = await findSource(ctx.store, sourceId);
  if (!source?.enabled) return null;
  const now = new Date();
  const summary: PollSummary = {
    sourceId,
    ok: true,
    notModified: false,
    listed: 0,
    newArticles: 0,
    error: null,
  };
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  try {
    const res = await ctx.fetcher.fetch({
      url: source.url,
      etag: source.etag,
      lastModified: source.lastModified,
      accept: FEED_ACCEPT,
    });
    validators = { etag: res.etag ?? source.etag, lastModified: res.lastModified ?? source.lastModified };
    if (res.notModified) {
      summary.notModified = true;
    } else {
      const text = decodeBody(res.body, res.contentType);
      const found = await discoverArticles(ctx.fetcher, source, { text, url: res.url });
      if (!source.outlet && found.title && source.kind !== 'search')
        await nameSourceOutlet(ctx.store, source, found.title);
      summary.listed = found.articles.length;
      const ids = await insertDiscoveredArticles(ctx.store, source.workspaceId, source.id, found.articles);
      summary.newArticles = ids.length;
      for (const id of ids) await ctx.queue.enqueue(fetchArticleJob, { articleId: id });
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
    { ok: summary.ok, notModified: summary.notModified, newArticles: summary.newArticles },
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
  });
  if (decision.stale && !source.stale && decision.staleReason) {
    await logSourceEvent(ctx.store, { sourceId, level: 'warn', message: decision.staleReason });
  }
  return summary;
}

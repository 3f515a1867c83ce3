// The demo: a workspace for the fictional Kota Sukamaju, filled with a quarter of news written by
// src/demo, served by a loopback site and collected through the real pipeline (polls, page fetches,
// extraction, stories, analysis, issues), then checked for crisis alerts, so that a new user sees
// every page alive within a minute and without internet. Used by `pantau demo` and, for the first
// run's "try the demo" choice, by the web app.
import { DEMO_SLUG } from '../../demo/monitoring.ts';
import { DEFAULT_DAYS, DEFAULT_SEED, writeDemoNews } from '../../demo/news.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { Config } from '../../kernel/config.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { Logger } from '../../kernel/logger.ts';
import { checkAlerts } from '../alerts/alerts.service.ts';
import { listIssues } from '../issues/issues.service.ts';
import { enableSource } from '../sources/sources.service.ts';
import { listStories } from '../stories/stories.service.ts';
import { workspacesPolicy } from '../workspaces/workspaces.policy.ts';
import { slugify } from '../workspaces/workspaces.service.ts';
import { type CollectedNews, collectDemoNews } from './demo-collection.ts';
import { startDemoSite } from './demo-site.ts';
import { type DemoAccount, demoAccount } from './demo-user.ts';
import { addDemoSources, furnishDemoWorkspace, prepareDemoWorkspace } from './demo-workspace.ts';

export type DemoStep = 'write' | 'workspace' | 'collect' | 'alerts' | 'account';

export interface DemoProgress {
  step: DemoStep;
  done: number;
  total: number;
}

export interface DemoOptions {
  /** The workspace's slug; `demo-sukamaju` by default. */
  slug?: string | null;
  /** The moment the quarter of news ends (now by default). */
  now?: Date;
  /** Days of news; 90 by default (tests use fewer). */
  days?: number;
  seed?: number;
  /** Concurrency, page processes, fetch budget and alert channels of this process. */
  config: Config;
  logger: Logger;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoAlert {
  scope: 'subject' | 'issue';
  label: string;
  level: string;
  reason: string;
}

export interface DemoResult {
  workspace: Workspace;
  /** An earlier demo under this name was removed and built again. */
  replaced: boolean;
  /** The office's workspace made the default so commands without --workspace keep using it. */
  keptDefault: string | null;
  /** Articles written and served by the demo site. */
  written: number;
  collected: number;
  failed: number;
  /** Listings the demo site could not serve (none, unless something is badly wrong). */
  pollFailures: string[];
  outlets: number;
  sources: number;
  /** Stories carried by two outlets or more (syndicated wire copies). */
  syndicatedStories: number;
  issues: number;
  alerts: DemoAlert[];
  account: DemoAccount;
  /** The demo's sources stay for display but are disabled: their site ends with the build. */
  sourcesDisabled: number;
  /** Requests the demo site served: every fetch of the build went there and nowhere else. */
  siteRequests: number;
  elapsedMs: number;
}

/** Builds (or rebuilds) the demo workspace; only installation administrators may, as for any workspace. */
export async function buildDemoWorkspace(ctx: Ctx, options: DemoOptions): Promise<DemoResult> {
  authorize(ctx.actor, workspacesPolicy.can('manage'), null);
  const started = Date.now();
  const report = options.onProgress ?? (() => {});
  const now = options.now ?? new Date();
  const days = options.days ?? DEFAULT_DAYS;
  const seed = options.seed ?? DEFAULT_SEED;
  const slug = slugify(options.slug?.trim() || DEMO_SLUG);

  report({ step: 'write', done: 0, total: 1 });
  const news = writeDemoNews({ seed, now, days });
  report({ step: 'write', done: 1, total: 1 });

  report({ step: 'workspace', done: 0, total: 1 });
  const prepared = await prepareDemoWorkspace(ctx, {
    slug,
    mark: { seed, days: news.days, builtFor: now.toISOString() },
  });
  const inDemo = prepared.ctx;
  await furnishDemoWorkspace(inDemo, options.config.alerts);

  const site = await startDemoSite(news);
  let collected: CollectedNews;
  let sourceIds: number[] = [];
  try {
    sourceIds = await addDemoSources(inDemo, site.site, site.origin);
    report({ step: 'workspace', done: 1, total: 1 });
    collected = await collectDemoNews(storeOf(ctx), prepared.workspace.id, site, news, options, (done) =>
      report({ step: 'collect', done, total: news.articles.length }),
    );
  } finally {
    await site.close();
    // The site is gone: its sources stay to show where the news came from, but are never polled again.
    for (const id of sourceIds) await enableSource(inDemo, id, false);
  }

  report({ step: 'alerts', done: 0, total: 1 });
  // The demo workspace's recipients are none (furnishDemoWorkspace): its alerts are recorded and
  // shown, and no delivery is ever queued for them.
  const checks = await checkAlerts(inDemo, {
    now,
    channels: options.config.alerts,
    queue: { enqueue: async () => {} },
  });
  report({ step: 'alerts', done: 1, total: 1 });

  report({ step: 'account', done: 0, total: 1 });
  const account = await demoAccount(ctx, prepared.workspace.slug);
  report({ step: 'account', done: 1, total: 1 });

  const stories = await listStories(inDemo, { minOutlets: 2, limit: 10_000 });
  const issues = await listIssues(inDemo, { days: news.days + 1, now, limit: 10_000, minArticles: 2 });
  return {
    workspace: prepared.workspace,
    replaced: prepared.replaced,
    keptDefault: prepared.keptDefault,
    written: news.articles.length,
    collected: collected.fetched,
    failed: collected.failed + collected.pending,
    pollFailures: collected.pollFailures,
    outlets: news.outlets.length,
    sources: sourceIds.length,
    syndicatedStories: stories.length,
    issues: issues.length,
    alerts: checks
      .filter((c) => c.sent !== null)
      .map((c) => ({ scope: c.scope, label: c.label, level: c.level, reason: c.reason })),
    account,
    sourcesDisabled: sourceIds.length,
    siteRequests: site.requests().length,
    elapsedMs: Date.now() - started,
  };
}

/** The store under a context, without its actor: what the pipeline's repositories are given. */
function storeOf(ctx: Ctx): Store {
  return { db: ctx.db, dialect: ctx.dialect, file: ctx.file, caches: ctx.caches, close: () => ctx.close() };
}

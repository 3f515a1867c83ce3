// A source is where news comes from: a feed, a news sitemap, a search-result feed or one article URL.
export type SourceKind = 'feed' | 'sitemap' | 'search' | 'article';

export const SOURCE_KINDS: SourceKind[] = ['feed', 'sitemap', 'search', 'article'];

export interface Source {
  id: number;
  workspaceId: number;
  kind: SourceKind;
  name: string;
  url: string;
  query: string | null;
  catalogueKey: string | null;
  outlet: string | null;
  scope: string | null;
  region: string | null;
  enabled: boolean;
  etag: string | null;
  lastModified: string | null;
  nextCheckAt: string;
  pollIntervalSeconds: number;
  consecutiveFailures: number;
  recentNewCounts: number[];
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastNewArticleAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  stale: boolean;
  staleReason: string | null;
  createdAt: string;
  /** URLs its last listing named that are not collected yet: left for the next polls to take. */
  unvisitedUrls: number;
  /** Child sitemaps of an index that polls do not follow (they read the newest few). */
  unfollowedSitemaps: number;
}

/** A source with what it has yielded, as listed to users. */
export interface SourceSummary extends Source {
  articleCount: number;
  failedCount: number;
}

export interface SourceLogEntry {
  id: number;
  sourceId: number;
  articleId: number | null;
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
}

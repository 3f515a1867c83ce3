// Compares what the crawler stored with the fixture network's ground truth: coverage, duplicates, story grouping.
import type { NewsNetwork, RecordedRequest } from '../fixtures/news-network.ts';

export interface ExportedArticle {
  url: string;
  outlet?: string;
  storyId?: string | number | null;
}

export function parseJsonLines(text: string): ExportedArticle[] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as ExportedArticle);
}

function normalise(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function countPairs(groups: Iterable<string[]>): number {
  let total = 0;
  for (const g of groups) total += pairs(g.length);
  return total;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function scoreCrawl(network: NewsNetwork, exported: ExportedArticle[]) {
  const truth = new Map(network.articles.map((a) => [normalise(a.url), a]));
  const reachable = network.articles.filter((a) => !a.disallowed);
  const matched = exported.flatMap((row) => {
    const article = truth.get(normalise(row.url));
    return article ? [{ row, article }] : [];
  });
  const distinct = new Set(exported.map((row) => normalise(row.url)));

  const truthStories = groupBy(reachable, (a) => a.storyKey);
  const multiOutlet = (outlets: string[]) => new Set(outlets).size >= 2;
  const expectedMulti = [...truthStories.values()].filter((g) => multiOutlet(g.map((a) => a.outlet))).length;

  // Rows without a story id are stories of their own.
  const storyOf = (m: (typeof matched)[number]) =>
    m.row.storyId === null || m.row.storyId === undefined ? `solo:${m.article.url}` : String(m.row.storyId);
  const found = groupBy(matched, storyOf);
  const foundMulti = [...found.values()].filter((g) => multiOutlet(g.map((m) => m.article.outlet))).length;

  // Pairwise precision/recall of the grouping, over articles both sides know.
  const predictedPairs = countPairs([...found.values()].map((g) => g.map((m) => m.article.url)));
  const truePairs = countPairs(
    [...groupBy(matched, (m) => m.article.storyKey).values()].map((g) => g.map((m) => m.article.url)),
  );
  const agreeing = countPairs(
    [...groupBy(matched, (m) => `${storyOf(m)}|${m.article.storyKey}`).values()].map((g) =>
      g.map((m) => m.article.url),
    ),
  );

  return {
    articlesExpected: reachable.length,
    articlesStored: exported.length,
    distinctUrlsStored: distinct.size,
    noArticleStoredTwice: distinct.size === exported.length,
    articlesMissing: reachable.filter((a) => !distinct.has(normalise(a.url))).length,
    disallowedStored: matched.filter((m) => m.article.disallowed).length,
    unknownUrlsStored: exported.length - matched.length,
    storiesWith2PlusOutletsExpected: expectedMulti,
    storiesWith2PlusOutletsFound: foundMulti,
    groupingPairPrecision: predictedPairs ? round(agreeing / predictedPairs) : null,
    groupingPairRecall: truePairs ? round(agreeing / truePairs) : null,
  };
}

export function summariseRequests(network: NewsNetwork, log: RecordedRequest[]) {
  const articleUrls = new Set(network.articles.map((a) => a.url));
  const pageGets = log.filter((r) => articleUrls.has(r.url.split('#')[0]));
  const perPage = groupBy(pageGets, (r) => r.url);
  return {
    requestsTotal: log.length,
    articlePageRequests: pageGets.length,
    articlePagesFetchedMoreThanOnce: [...perPage.values()].filter((g) => g.length > 1).length,
    robotsRequests: log.filter((r) => r.url.endsWith('/robots.txt')).length,
    feedRequests: log.filter((r) => network.outlets.some((o) => o.feedUrl === r.url)).length,
    conditionalRequests: log.filter((r) => r.headers['if-none-match'] || r.headers['if-modified-since'])
      .length,
    gzipRequested: log.filter((r) => /gzip/.test(r.headers['accept-encoding'] ?? '')).length,
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

// Adaptive polling policy: when to look at a source next, how far to back off when it fails, and
// when its silence is unusual enough to call it stale. Pure: the caller passes `now`.

export interface PollHistory {
  /** The source's regular cadence; failures back off from it without changing it. */
  intervalSeconds: number;
  consecutiveFailures: number;
  lastNewArticleAt: Date | null;
  createdAt: Date;
  /** New articles per recent poll, newest last, at most 20. */
  recentNewCounts: number[];
}

export interface PollOutcome {
  ok: boolean;
  notModified: boolean;
  newArticles: number;
  /** URLs the listing named that this poll left for the next ones (a sitemap larger than a poll). */
  unvisitedUrls?: number;
}

export interface PollDecision {
  nextCheckAt: Date;
  intervalSeconds: number;
  consecutiveFailures: number;
  recentNewCounts: number[];
  stale: boolean;
  staleReason: string | null;
}

export interface PollPolicy {
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
  /** Longest wait after repeated failures. */
  maxBackoffSeconds: number;
  /** The cadence aims at about this many new articles per poll. */
  targetNewPerPoll: number;
  /** Spread of next-check times (±), so sources added together don't poll together forever. */
  jitterRatio: number;
  /** No source is stale before this much silence: weekends and holidays are normal. */
  staleFloorDays: number;
  /** Otherwise stale after this many of its usual gaps between articles. */
  staleUsualGaps: number;
  /** Silence that makes a source stale when the recent polls show no rate to judge by. */
  staleWithoutRateDays: number;
  /** Wait between the polls that walk a listing too large for one poll. */
  backlogIntervalSeconds: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = {
  minIntervalSeconds: 5 * 60,
  maxIntervalSeconds: 6 * 60 * 60,
  maxBackoffSeconds: 24 * 60 * 60,
  targetNewPerPoll: 1,
  jitterRatio: 0.1,
  staleFloorDays: 3,
  staleUsualGaps: 7,
  staleWithoutRateDays: 14,
  backlogIntervalSeconds: 5 * 60,
};

const WINDOW = 20;
const DAY_MS = 86_400_000;
// Each step may at most halve or double the cadence, so one odd poll can't swing it wildly.
const MAX_SPEEDUP = 0.5;
const MAX_SLOWDOWN = 2;
const QUIET_SLOWDOWN = 1.5;
// Weight of a poll relative to the one after it when averaging recent yields.
const RECENCY_DECAY = 0.8;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function decideNextPoll(
  history: PollHistory,
  outcome: PollOutcome,
  now: Date,
  policy: Partial<PollPolicy> = {},
): PollDecision {
  const p = { ...DEFAULT_POLL_POLICY, ...policy };
  const cadence = clamp(
    history.intervalSeconds || p.minIntervalSeconds,
    p.minIntervalSeconds,
    p.maxIntervalSeconds,
  );
  const previousCounts = history.recentNewCounts.slice(-WINDOW);

  let intervalSeconds = cadence;
  let delaySeconds: number;
  let consecutiveFailures = 0;
  let recentNewCounts = previousCounts;
  if (outcome.ok && (outcome.unvisitedUrls ?? 0) > 0) {
    // A backlog is old pages, not the source's pace of publishing: it neither speeds up the cadence
    // nor enters the yield history, and only brings the next poll forward until it is walked.
    delaySeconds = Math.min(cadence, p.backlogIntervalSeconds);
  } else if (outcome.ok) {
    const fresh = outcome.notModified ? 0 : Math.max(0, outcome.newArticles);
    recentNewCounts = [...previousCounts, fresh].slice(-WINDOW);
    intervalSeconds = nextCadence(cadence, recentNewCounts, p);
    delaySeconds = intervalSeconds;
  } else {
    consecutiveFailures = history.consecutiveFailures + 1;
    const backoff = p.minIntervalSeconds * 2 ** (consecutiveFailures - 1);
    delaySeconds = Math.min(p.maxBackoffSeconds, Math.max(cadence, backoff));
  }

  const spread = 1 + p.jitterRatio * (2 * unitHash(history, now, consecutiveFailures) - 1);
  const jittered = Math.max(p.minIntervalSeconds, Math.round(delaySeconds * spread));
  const gotArticles = outcome.ok && outcome.newArticles > 0 && !outcome.notModified;
  const staleReason = judgeStaleness(history, previousCounts, cadence, gotArticles, now, p);

  return {
    nextCheckAt: new Date(now.getTime() + jittered * 1000),
    intervalSeconds,
    consecutiveFailures,
    recentNewCounts,
    stale: staleReason !== null,
    staleReason,
  };
}

function nextCadence(cadence: number, counts: number[], p: PollPolicy): number {
  let weighted = 0;
  let weights = 0;
  counts.forEach((count, index) => {
    const weight = RECENCY_DECAY ** (counts.length - 1 - index);
    weighted += weight * count;
    weights += weight;
  });
  const perPoll = weights > 0 ? weighted / weights : 0;
  const factor =
    perPoll > 0 ? clamp(p.targetNewPerPoll / perPoll, MAX_SPEEDUP, MAX_SLOWDOWN) : QUIET_SLOWDOWN;
  return Math.round(clamp(cadence * factor, p.minIntervalSeconds, p.maxIntervalSeconds));
}

/** Null while the source's silence is within what it usually does; otherwise why it looks stale. */
function judgeStaleness(
  history: PollHistory,
  counts: number[],
  cadence: number,
  gotArticles: boolean,
  now: Date,
  p: PollPolicy,
): string | null {
  if (gotArticles) return null;
  const since = history.lastNewArticleAt ?? history.createdAt;
  const silentDays = (now.getTime() - since.getTime()) / DAY_MS;
  const total = counts.reduce((sum, n) => sum + n, 0);
  // Articles per day over the recent polls, taken at the current cadence.
  const usualPerDay = counts.length > 0 ? (total * 86_400) / (counts.length * cadence) : 0;
  const days = Math.floor(silentDays);

  if (usualPerDay > 0) {
    const threshold = Math.max(p.staleFloorDays, p.staleUsualGaps / usualPerDay);
    if (silentDays < threshold) return null;
    return `Tidak ada artikel baru selama ${days} hari (biasanya ${describeRate(usualPerDay)})`;
  }
  if (silentDays < Math.max(p.staleFloorDays, p.staleWithoutRateDays)) return null;
  return history.lastNewArticleAt
    ? `Tidak ada artikel baru selama ${days} hari`
    : `Belum ada artikel sejak sumber ditambahkan ${days} hari lalu`;
}

function describeRate(perDay: number): string {
  if (perDay >= 1) return `${Math.round(perDay)} artikel/hari`;
  const perWeek = perDay * 7;
  if (perWeek >= 1) return `sekitar ${Math.round(perWeek)} artikel/minggu`;
  return 'kurang dari 1 artikel/minggu';
}

/** A number in [0, 1) fixed by the inputs (FNV-1a), so the same poll always gets the same jitter. */
function unitHash(history: PollHistory, now: Date, failures: number): number {
  const key = `${history.createdAt.getTime()}|${now.getTime()}|${failures}|${history.recentNewCounts.join(',')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

// Follows a running server's crawl through its API (GET /api/v1/sources, what the sources page
// reads): when the good sources hold every expected article, and whether every other source has
// been polled at least once.

export interface WatchedSource {
  id: number;
  url: string;
  articleCount: number;
  lastPolledAt: string | null;
}

export interface WatchOptions {
  base: string;
  token: string;
  goodIds: Set<number>;
  otherIds: Set<number>;
  expectedGood: number;
  /** Watching ends at this time (performance.now()) whatever happened. */
  deadline: number;
  /** Watching goes on at least until this time, so the other sources are seen over several polls. */
  notBefore: number;
  /** From when the seconds reported are counted (performance.now()). */
  since: number;
  stopEarly(): boolean;
  /** The server's memory now, for the progress timeline. */
  rssMb(): number;
  intervalMs?: number;
}

export interface WatchResult {
  /** Seconds from `since` until the good sources held every expected article; null if they never did. */
  goodSeconds: number | null;
  goodCollected: number;
  /** Sources of `otherIds` never polled when watching ended. */
  neverPolled: number[];
  /** Reads of the API that failed or took over ten seconds. */
  failedReads: number;
  /** Good articles held and the server's RSS, every 15 s. */
  progress: { atS: number; good: number; rssMb: number }[];
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

export async function watchCrawl(o: WatchOptions): Promise<WatchResult> {
  const result: WatchResult = {
    goodSeconds: null,
    goodCollected: 0,
    neverPolled: [],
    failedReads: 0,
    progress: [],
  };
  let nextProgress = 0;
  for (;;) {
    const sources = await readSources(o.base, o.token).catch(() => null);
    if (!sources) result.failedReads++;
    else {
      result.goodCollected = sources
        .filter((s) => o.goodIds.has(s.id))
        .reduce((n, s) => n + s.articleCount, 0);
      result.neverPolled = sources.filter((s) => o.otherIds.has(s.id) && !s.lastPolledAt).map((s) => s.id);
      if (result.goodSeconds === null && result.goodCollected >= o.expectedGood)
        result.goodSeconds = seconds(o.since);
    }
    if (performance.now() >= nextProgress) {
      result.progress.push({ atS: seconds(o.since), good: result.goodCollected, rssMb: o.rssMb() });
      nextProgress = performance.now() + 15_000;
    }
    const done =
      result.goodSeconds !== null && result.neverPolled.length === 0 && performance.now() >= o.notBefore;
    if (done || o.stopEarly() || performance.now() >= o.deadline) return result;
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 5000));
  }
}

async function readSources(base: string, token: string): Promise<WatchedSource[]> {
  const res = await fetch(`${base}/api/v1/sources`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`GET /api/v1/sources ${res.status}`);
  return ((await res.json()) as { sources: WatchedSource[] }).sources;
}

// The loop both queue backends run per job name: take jobs while there are free slots, run them
// concurrently, wait when there is nothing to take, and (for one-off runs) return once idle.
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LaneOptions<J> {
  concurrency: number;
  /** Takes up to `free` jobs from the queue; an empty list means nothing is due. */
  take(free: number): Promise<J[]>;
  run(job: J): Promise<void>;
  /** Return as soon as nothing is due and nothing runs (instead of waiting for more). */
  untilIdle?: boolean;
  stopped(): boolean;
  idleMs: number;
  /**
   * Take more only once this many slots are free (or nothing runs). Where each take is a query that
   * sorts the queue, taking one job per finished job costs more than the jobs; default 1.
   */
  refillAt?: number;
}

export async function runLane<J>(lane: LaneOptions<J>): Promise<void> {
  const concurrency = Math.max(1, lane.concurrency);
  const refillAt = Math.min(concurrency, Math.max(1, lane.refillAt ?? 1));
  const inFlight = new Set<Promise<void>>();
  while (!lane.stopped()) {
    if (inFlight.size > 0 && concurrency - inFlight.size < refillAt) {
      await Promise.race(inFlight);
      continue;
    }
    const jobs = await lane.take(concurrency - inFlight.size);
    if (jobs.length === 0) {
      if (inFlight.size > 0) await Promise.race([...inFlight, sleep(lane.idleMs)]);
      else if (lane.untilIdle) return;
      else await sleep(lane.idleMs);
      continue;
    }
    for (const job of jobs) {
      const p: Promise<void> = lane.run(job).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }
  await Promise.allSettled(inFlight);
}

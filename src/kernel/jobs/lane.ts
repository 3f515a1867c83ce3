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
}

export async function runLane<J>(lane: LaneOptions<J>): Promise<void> {
  const concurrency = Math.max(1, lane.concurrency);
  const inFlight = new Set<Promise<void>>();
  while (!lane.stopped()) {
    if (inFlight.size >= concurrency) {
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

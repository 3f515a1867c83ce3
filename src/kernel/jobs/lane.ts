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
  /**
   * The lanes working beside this one. A one-off lane keeps looking while any of them runs a job,
   * because that job may queue work for it: otherwise the articles a quick poll finds would wait
   * for the slowest poll of the round to end.
   */
  group?: LaneGroup;
}

/** Jobs running in a set of lanes, so a one-off lane knows whether more work may still come. */
export class LaneGroup {
  running = 0;
  /** Lanes whose first take has not answered yet: one of them may be about to start a poll. */
  looking = 0;

  get idle(): boolean {
    return this.running === 0 && this.looking === 0;
  }
}

export async function runLane<J>(lane: LaneOptions<J>): Promise<void> {
  const concurrency = Math.max(1, lane.concurrency);
  const refillAt = Math.min(concurrency, Math.max(1, lane.refillAt ?? 1));
  const inFlight = new Set<Promise<void>>();
  let lastTake = 0;
  const group = lane.group;
  let looking = group !== undefined;
  if (group) group.looking++;
  const doneLooking = () => {
    if (looking && group) group.looking--;
    looking = false;
  };
  try {
    await work();
  } finally {
    doneLooking();
  }
  await Promise.allSettled(inFlight);

  async function work(): Promise<void> {
    while (!lane.stopped()) {
      const free = concurrency - inFlight.size;
      if (inFlight.size > 0 && free < refillAt) {
        // Waiting for the refill mark alone would leave free slots idle for as long as the slowest
        // jobs run (a trickling feed); a take per idle interval still spares the queue.
        const waitMs = lane.idleMs - (Date.now() - lastTake);
        if (free === 0 || waitMs > 0) {
          await Promise.race(free === 0 ? inFlight : [...inFlight, sleep(waitMs)]);
          continue;
        }
      }
      lastTake = Date.now();
      const jobs = await lane.take(free);
      for (const job of jobs) {
        if (group) group.running++;
        const p: Promise<void> = lane.run(job).finally(() => {
          inFlight.delete(p);
          if (group) group.running--;
        });
        inFlight.add(p);
      }
      // Counted as running before no longer looking, so a neighbour never sees a moment of idleness.
      doneLooking();
      if (jobs.length === 0) {
        if (inFlight.size > 0) await Promise.race([...inFlight, sleep(lane.idleMs)]);
        else if (lane.untilIdle && (group?.idle ?? true)) return;
        else await sleep(lane.idleMs);
      }
    }
  }
}

// Articles of one issue or subject sorted by time, counted per window with a cap per outlet.

import type { CrisisEvent } from './types.ts';

export interface WindowCount {
  negative: number;
  /** Negative articles with each outlet capped, so one outlet's flood counts as a few articles. */
  effectiveNegative: number;
  total: number;
  /** Negative articles per known outlet. */
  outlets: Map<string, number>;
}

export class EventTimeline {
  private readonly times: number[];
  private readonly events: CrisisEvent[];

  constructor(events: readonly CrisisEvent[]) {
    this.events = events.filter((e) => Number.isFinite(e.at.getTime()));
    this.events.sort((a, b) => a.at.getTime() - b.at.getTime());
    this.times = this.events.map((e) => e.at.getTime());
  }

  /** Counts articles published after `startMs` and at or before `endMs`. */
  count(startMs: number, endMs: number, maxPerOutlet: number): WindowCount {
    const outlets = new Map<string, number>();
    let negative = 0;
    let anonymous = 0;
    const from = this.firstAfter(startMs);
    const to = this.firstAfter(endMs);
    for (let i = from; i < to; i++) {
      const e = this.events[i];
      if (!e.negative) continue;
      negative++;
      if (e.outlet === null || e.outlet === '') anonymous++;
      else outlets.set(e.outlet, (outlets.get(e.outlet) ?? 0) + 1);
    }
    let effectiveNegative = anonymous;
    for (const n of outlets.values()) effectiveNegative += Math.min(n, maxPerOutlet);
    return { negative, effectiveNegative, total: to - from, outlets };
  }

  private firstAfter(ms: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

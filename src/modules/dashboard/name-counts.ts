// A day summary's counts by name (outlets, persons, spokespersons, phrases) as numbered arrays, made
// once per parsed summary: a 90-day view adds 180 days of a few hundred names each, and walking
// them as object keys into maps keyed by text was most of a view's time (1M-article bench: ~15 ms
// of a varied view's ~20 ms). Names are numbered process-wide; a view adds counts into arrays. The
// day's subject sets are read into id lists here too, once.
import type { DaySummary } from './dashboard-day.ts';

/** Every name seen, numbered in order of first sight. */
export class NameNumbers {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  numberOf(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.numbers.set(name, n);
      this.names.push(name);
    }
    return n;
  }
}

export interface NameCounts {
  numbers: Int32Array;
  counts: Int32Array;
}

export interface DayNameCounts {
  outlets: NameCounts & { tones: Int32Array; sourceIds: (number | null)[] };
  persons: NameCounts;
  speakers: NameCounts;
  phrases: NameCounts;
  /** The day's articles per set of subjects, the set as ids. */
  subjectSets: { subjects: number[]; articles: number }[];
}

export const NAMES = {
  outlets: new NameNumbers(),
  persons: new NameNumbers(),
  speakers: new NameNumbers(),
  phrases: new NameNumbers(),
};

function numbered(counts: Record<string, number>, names: NameNumbers): NameCounts {
  const keys = Object.keys(counts);
  const out = { numbers: new Int32Array(keys.length), counts: new Int32Array(keys.length) };
  keys.forEach((name, i) => {
    out.numbers[i] = names.numberOf(name);
    out.counts[i] = counts[name];
  });
  return out;
}

const made = new WeakMap<DaySummary, DayNameCounts>();

/** The day's name counts, numbered; made once for each parsed summary (they are kept parsed). */
export function dayNameCounts(day: DaySummary): DayNameCounts {
  const known = made.get(day);
  if (known) return known;
  const outletNames = Object.keys(day.outlets);
  const outlets = {
    numbers: new Int32Array(outletNames.length),
    counts: new Int32Array(outletNames.length),
    tones: new Int32Array(outletNames.length * 3),
    sourceIds: [] as (number | null)[],
  };
  outletNames.forEach((name, i) => {
    const o = day.outlets[name];
    outlets.numbers[i] = NAMES.outlets.numberOf(name);
    outlets.counts[i] = o.n;
    outlets.tones.set(o.tone, i * 3);
    outlets.sourceIds.push(o.sourceId);
  });
  const counts: DayNameCounts = {
    outlets,
    persons: numbered(day.persons, NAMES.persons),
    speakers: numbered(day.speakers, NAMES.speakers),
    phrases: numbered(day.phrases, NAMES.phrases),
    subjectSets: Object.keys(day.subjectSets).map((set) => ({
      subjects: set.split(',').map(Number),
      articles: day.subjectSets[set],
    })),
  };
  made.set(day, counts);
  return counts;
}

/**
 * Counts by name over the days of a period and of the period before. Sized when made: make it
 * after every day of the view has been numbered.
 */
export class NameTally {
  readonly current: Float64Array;
  readonly previous: Float64Array;

  constructor(private readonly names: NameNumbers) {
    this.current = new Float64Array(names.names.length);
    this.previous = new Float64Array(names.names.length);
  }

  add(day: NameCounts, into: 'current' | 'previous' = 'current'): void {
    const sums = this[into];
    const { numbers, counts } = day;
    for (let i = 0; i < numbers.length; i++) sums[numbers[i]] += counts[i];
  }

  /** How many names have a count in the period (or the period before). */
  distinct(of: 'current' | 'previous' = 'current'): number {
    let n = 0;
    for (const c of this[of]) if (c > 0) n++;
    return n;
  }

  /**
   * The n with the largest counts in the period, equal counts by name, in one pass over a short
   * sorted list (sorting every phrase of a period for twenty of them cost more than adding them).
   */
  top(n: number): { number: number; name: string; current: number; previous: number }[] {
    const best: number[] = [];
    const { current } = this;
    const names = this.names.names;
    const before = (a: number, b: number) =>
      current[a] > current[b] || (current[a] === current[b] && names[a].localeCompare(names[b]) < 0);
    for (let i = 0; i < current.length; i++) {
      if (current[i] <= 0) continue;
      if (best.length === n && !before(i, best[n - 1])) continue;
      let at = best.length;
      while (at > 0 && before(i, best[at - 1])) at--;
      best.splice(at, 0, i);
      if (best.length > n) best.pop();
    }
    return best.map((i) => ({ number: i, name: names[i], current: current[i], previous: this.previous[i] }));
  }
}

// The usual count for a window: the same clock hours on earlier days of the same type (weekday or
// weekend/holiday), so quiet nights and weekends never make a normal Monday morning look like a burst.

import type { EventTimeline } from './timeline.ts';
import type { CrisisSettings, DayType } from './types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Fewer same-type days than this (a new subject, a long holiday) and every day is used instead. */
const MIN_SAME_TYPE_DAYS = 3;

export interface Baseline {
  negative: number;
  total: number;
  days: number;
  dayType: DayType;
}

/** The day type of a local instant, in the workspace's offset. */
export function dayTypeAt(ms: number, settings: CrisisSettings): DayType {
  const local = new Date(ms + settings.utcOffsetMinutes * 60_000);
  const weekday = local.getUTCDay();
  if (weekday === 0 || weekday === 6) return 'weekend';
  return settings.holidays.includes(local.toISOString().slice(0, 10)) ? 'weekend' : 'weekday';
}

/** Usual (capped) negative and total counts in the `windowHours` ending at the same clock time. */
export function baselineFor(
  timeline: EventTimeline,
  endMs: number,
  windowHours: number,
  settings: CrisisSettings,
): Baseline {
  const width = windowHours * HOUR;
  // A window spanning midnight belongs to the day holding most of it.
  const dayType = dayTypeAt(endMs - width / 2, settings);
  const same: { negative: number; total: number }[] = [];
  const all: { negative: number; total: number }[] = [];
  for (let k = 1; k <= settings.baselineDays; k++) {
    const end = endMs - k * DAY;
    const c = timeline.count(end - width, end, settings.maxPerOutlet);
    const sample = { negative: c.effectiveNegative, total: c.total };
    all.push(sample);
    if (dayTypeAt(end - width / 2, settings) === dayType) same.push(sample);
  }
  const samples = same.length >= MIN_SAME_TYPE_DAYS ? same : all;
  return {
    negative: robustMean(samples.map((s) => s.negative)),
    total: robustMean(samples.map((s) => s.total)),
    days: samples.length,
    dayType,
  };
}

/**
 * Mean after pulling values above median + 3·MAD (scaled, at least 1) down to that bound: an earlier
 * crisis in the history must not raise the usual level, while sparse counts (mostly zeros, a few
 * ones) keep a non-zero mean that a plain median would lose.
 */
export function robustMean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  const cap = m + 3 * Math.max(1.4826 * mad, 1);
  let sum = 0;
  for (const v of values) sum += Math.min(v, cap);
  return sum / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Crisis level of one issue or subject now: recent negative articles against the usual for those hours.

import { baselineFor } from './baseline.ts';
import { reasonEn, reasonId } from './reason.ts';
import { validateCrisisSettings } from './settings.ts';
import { EventTimeline } from './timeline.ts';
import type { CrisisAssessment, CrisisEvent, CrisisLevel, CrisisSettings, LevelCheck } from './types.ts';

const HOUR = 3_600_000;
const LEVELS = ['waspada', 'siaga', 'krisis'] as const;

/**
 * Each level is checked in its own window ending at `now`; the highest level whose count, outlet and
 * ratio thresholds all hold wins. Events after `now` are ignored; pass at least `baselineDays` of history.
 */
export function evaluateCrisis(
  events: readonly CrisisEvent[],
  now: Date,
  settings: CrisisSettings,
): CrisisAssessment {
  validateCrisisSettings(settings);
  const nowMs = now.getTime();
  const timeline = new EventTimeline(events);
  const s = settings.smoothing;

  const details = LEVELS.map((level) => {
    const t = settings.levels[level];
    const start = nowMs - t.windowHours * HOUR;
    const current = timeline.count(start, nowMs, settings.maxPerOutlet);
    const baseline = baselineFor(timeline, nowMs, t.windowHours, settings);
    const ratio = (current.effectiveNegative + s) / (baseline.negative + s);
    const check: LevelCheck = {
      level,
      windowHours: t.windowHours,
      negative: current.negative,
      effectiveNegative: current.effectiveNegative,
      outlets: current.outlets.size,
      baseline: baseline.negative,
      ratio,
      met:
        current.effectiveNegative >= t.minNegative &&
        current.outlets.size >= t.minOutlets &&
        ratio >= t.minRatio,
    };
    return { check, current, baseline, start };
  });

  const reached = [...details].reverse().find((d) => d.check.met);
  const level: CrisisLevel = reached?.check.level ?? 'normal';
  const shown = reached ?? details[0];
  const { check, current, baseline } = shown;
  const facts = {
    negative: current.negative,
    windowHours: check.windowHours,
    outlets: current.outlets.size,
    ratio: check.ratio,
    baseline: baseline.negative,
    dayType: baseline.dayType,
  };
  return {
    level,
    reason: reasonId(facts),
    reasonEn: reasonEn(facts),
    window: { hours: check.windowHours, start: new Date(shown.start), end: new Date(nowMs) },
    negative: current.negative,
    total: current.total,
    outlets: [...current.outlets.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([name]) => name),
    baseline: {
      negative: baseline.negative,
      total: baseline.total,
      days: baseline.days,
      dayType: baseline.dayType,
    },
    ratio: check.ratio,
    volumeRatio: (current.total + s) / (baseline.total + s),
    checks: details.map((d) => d.check),
  };
}

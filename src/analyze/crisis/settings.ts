// Default crisis thresholds and a check that settings edited by a workspace still make sense.

import { PantauError } from '../../domain/errors.ts';
import type { CrisisSettings, LevelThreshold } from './types.ts';

/**
 * Tuned for a regional-government subject: a few negative stories from several outlets within
 * hours is worth a look (waspada); a dozen from many outlets at several times the usual pace is
 * a coordinated story (siaga); twice that is a crisis.
 */
export const DEFAULT_CRISIS_SETTINGS: CrisisSettings = {
  levels: {
    waspada: { windowHours: 6, minNegative: 5, minOutlets: 3, minRatio: 2 },
    siaga: { windowHours: 3, minNegative: 10, minOutlets: 5, minRatio: 3 },
    krisis: { windowHours: 3, minNegative: 20, minOutlets: 8, minRatio: 5 },
  },
  baselineDays: 28,
  smoothing: 2,
  maxPerOutlet: 3,
  quietPeriodMinutes: 180,
  recoveryMinutes: 60,
  utcOffsetMinutes: 420,
  holidays: [],
};

/** Throws a validation error naming the first setting that cannot work. */
export function validateCrisisSettings(settings: CrisisSettings): void {
  const fail = (what: string): never => {
    throw new PantauError('validation', `Pengaturan peringatan krisis tidak valid: ${what}`);
  };
  for (const [name, t] of Object.entries(settings.levels) as [string, LevelThreshold][]) {
    if (!(t.windowHours > 0 && t.windowHours <= 24)) fail(`${name}.windowHours harus antara 0 dan 24`);
    if (!(t.minNegative >= 1)) fail(`${name}.minNegative minimal 1`);
    if (!(t.minOutlets >= 1)) fail(`${name}.minOutlets minimal 1`);
    if (!(t.minRatio >= 0)) fail(`${name}.minRatio tidak boleh negatif`);
  }
  if (!(settings.baselineDays >= 7 && settings.baselineDays <= 90)) fail('baselineDays antara 7 dan 90');
  if (!(settings.smoothing >= 0)) fail('smoothing tidak boleh negatif');
  if (!(settings.maxPerOutlet >= 1)) fail('maxPerOutlet minimal 1');
  if (!(settings.quietPeriodMinutes >= 0)) fail('quietPeriodMinutes tidak boleh negatif');
  if (!(settings.recoveryMinutes >= 0)) fail('recoveryMinutes tidak boleh negatif');
  if (!(Math.abs(settings.utcOffsetMinutes) <= 14 * 60)) fail('utcOffsetMinutes di luar rentang');
  for (const day of settings.holidays) if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`hari libur "${day}"`);
}

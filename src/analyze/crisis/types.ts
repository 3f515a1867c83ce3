// Shapes of crisis early warning: the articles counted, the thresholds, the assessment and the alerts.

export type CrisisLevel = 'normal' | 'waspada' | 'siaga' | 'krisis';

/** Levels from calm to worst; comparing indexes tells whether a level rose or fell. */
export const CRISIS_LEVELS: readonly CrisisLevel[] = ['normal', 'waspada', 'siaga', 'krisis'];

export const levelRank = (level: CrisisLevel): number => CRISIS_LEVELS.indexOf(level);

/** One article about the issue or subject being watched. */
export interface CrisisEvent {
  at: Date;
  negative: boolean;
  /** The outlet (media) that published it; null when unknown, which never counts as a distinct outlet. */
  outlet: string | null;
}

/** What must hold, inside one window ending now, for a level to be reached. */
export interface LevelThreshold {
  /** Length of the window looked at, in hours (at most 24: the baseline compares the same clock hours). */
  windowHours: number;
  /** Minimum negative articles in the window (after the per-outlet cap). */
  minNegative: number;
  /** Minimum distinct outlets publishing negative articles in the window. */
  minOutlets: number;
  /** Minimum smoothed ratio of negative articles over the usual count for the same hours and day type. */
  minRatio: number;
}

export interface CrisisSettings {
  levels: { waspada: LevelThreshold; siaga: LevelThreshold; krisis: LevelThreshold };
  /** Days of history the baseline is drawn from. */
  baselineDays: number;
  /** Pseudo-count added to both sides of the ratio so a handful of articles after a dead week is not "10×". */
  smoothing: number;
  /** Negative articles one outlet can contribute to a window, so one site's spam cannot raise a level. */
  maxPerOutlet: number;
  /** Minutes before an alert is repeated while the level stays high (no storms). */
  quietPeriodMinutes: number;
  /** Minutes the level must stay normal before "kembali normal" is sent, so flapping is not announced. */
  recoveryMinutes: number;
  /** Offset of the workspace's clock from UTC (WIB +420, WITA +480, WIT +540): decides hours and days. */
  utcOffsetMinutes: number;
  /** Local dates (YYYY-MM-DD) of public holidays, counted with weekends in the baseline. */
  holidays: readonly string[];
}

export type DayType = 'weekday' | 'weekend';

/** The check of one level, kept so the assessment explains itself. */
export interface LevelCheck {
  level: Exclude<CrisisLevel, 'normal'>;
  windowHours: number;
  negative: number;
  /** Negative articles after capping each outlet at `maxPerOutlet`. */
  effectiveNegative: number;
  outlets: number;
  /** Usual effective negative count in the same hours on days of the same type. */
  baseline: number;
  ratio: number;
  met: boolean;
}

export interface CrisisAssessment {
  level: CrisisLevel;
  /** Why, in Bahasa Indonesia, with the counted numbers: "12 artikel negatif dalam 3 jam dari 7 media, 5× biasanya". */
  reason: string;
  /** The same in English. */
  reasonEn: string;
  /** The window the reason speaks of: the highest level reached, or the waspada window when normal. */
  window: { hours: number; start: Date; end: Date };
  /** Negative articles in the window. */
  negative: number;
  /** All articles in the window. */
  total: number;
  /** Outlets with negative articles in the window, most articles first. */
  outlets: string[];
  /** Usual counts for the window's hours on days of the same type. */
  baseline: { negative: number; total: number; days: number; dayType: DayType };
  /** Smoothed ratio of (capped) negative articles over the usual. */
  ratio: number;
  /** Smoothed ratio of all articles over the usual. */
  volumeRatio: number;
  checks: LevelCheck[];
}

/** What was last announced for one issue or subject; stored between evaluations. */
export interface AlertState {
  /** The level last announced ('normal' after "kembali normal" or before any alert). */
  level: CrisisLevel;
  /** ISO time of the last alert sent, or null if none yet. */
  lastSentAt: string | null;
  /** ISO time since which the assessment has been normal while a higher level stood announced. */
  normalSince: string | null;
}

/** The issue or subject an alert is about, so alerts from several scopes never share an id. */
export interface AlertScope {
  type: 'issue' | 'subject';
  id: string;
  /** Shown to people, e.g. "Banjir rob Semarang" or "Wali Kota Semarang". */
  label: string;
}

/**
 * raised: the level went up; reminder: still as high after the quiet period; lowered: lower but not
 * normal after the quiet period; resolved: back to normal.
 */
export type AlertKind = 'raised' | 'reminder' | 'lowered' | 'resolved';

export interface Alert {
  /** Deterministic, so a retried notification carries the same idempotency key. */
  id: string;
  kind: AlertKind;
  level: CrisisLevel;
  previousLevel: CrisisLevel;
  at: Date;
  scope?: AlertScope;
  assessment: CrisisAssessment;
}

// Working time in words ("2 jam 5 menit") and how urgent a step is: late past its deadline, soon
// when less than a quarter of its standard is left (when the server reminds its executor).
import type { TFunction } from 'i18next';

export type Urgency = 'late' | 'soon' | 'ok';

export function urgencyOf(minutesLeft: number, standardMinutes: number | null): Urgency {
  if (minutesLeft < 0) return 'late';
  if (standardMinutes !== null && minutesLeft < standardMinutes / 4) return 'soon';
  return 'ok';
}

/** 25 → "25 menit", 125 → "2 jam 5 menit", 120 → "2 jam". */
export function durationWords(minutes: number, t: TFunction): string {
  const m = Math.abs(Math.round(minutes));
  if (m < 60) return t('cases.duration.minutes', { n: m });
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0
    ? t('cases.duration.hours', { n: hours })
    : t('cases.duration.hoursMinutes', { h: hours, m: rest });
}

/** "sisa 25 menit kerja" / "terlambat 40 menit kerja". */
export function timeLeftWords(minutesLeft: number, t: TFunction): string {
  const words = durationWords(minutesLeft, t);
  return minutesLeft < 0 ? t('cases.late', { duration: words }) : t('cases.left', { duration: words });
}

export const URGENCY_COLOR: Record<Urgency, string> = { late: 'red.9', soon: 'orange.9', ok: 'teal.9' };

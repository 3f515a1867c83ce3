// Synthetic coverage histories for the crisis tests: a regional subject's ordinary news rhythm in WIB.

import type { CrisisEvent } from './types.ts';

const HOUR = 3_600_000;
export const OUTLETS = [
  'Suara Merdeka',
  'Tribun Jateng',
  'Jawa Pos Radar Semarang',
  'Kompas Regional',
  'Detik Jateng',
  'Ayo Semarang',
  'Lingkar Jateng',
  'Solopos',
  'Antara Jateng',
  'iNews Jateng',
  'Kumparan',
  'Metro Semarang',
];

/** A WIB wall-clock time as a Date: wib(2025, 3, 17, 10) is Monday 17 March 2025 10:00 WIB. */
export const wib = (y: number, m: number, d: number, h: number, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h - 7, min));

export const hoursAfter = (t: Date, h: number): Date => new Date(t.getTime() + h * HOUR);

/**
 * Ordinary coverage for `days` days before `end`: on weekdays two neutral articles an hour between
 * 07:00 and 18:00 WIB and one negative article every `negativeEvery` hours from rotating outlets; on
 * weekends and at night almost nothing.
 */
export function ordinaryHistory(end: Date, days: number, negativeEvery = 3): CrisisEvent[] {
  const events: CrisisEvent[] = [];
  let n = 0;
  for (let t = end.getTime() - days * 24 * HOUR; t < end.getTime(); t += HOUR) {
    const local = new Date(t + 7 * HOUR);
    const hour = local.getUTCHours();
    const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
    if (weekend) {
      if (hour === 10)
        events.push({ at: new Date(t + 5 * 60_000), negative: false, outlet: OUTLETS[n++ % 12] });
      continue;
    }
    if (hour < 7 || hour > 18) continue;
    events.push({ at: new Date(t + 10 * 60_000), negative: false, outlet: OUTLETS[n++ % 12] });
    events.push({ at: new Date(t + 40 * 60_000), negative: false, outlet: OUTLETS[n++ % 12] });
    if (hour % negativeEvery === 0)
      events.push({ at: new Date(t + 25 * 60_000), negative: true, outlet: OUTLETS[n++ % 12] });
  }
  return events;
}

/** `count` negative articles spread evenly over the `hours` before `end`, from the first `outlets` outlets in turn. */
export function negativeBurst(end: Date, hours: number, count: number, outlets: number): CrisisEvent[] {
  const step = (hours * HOUR) / count;
  return Array.from({ length: count }, (_, i) => ({
    at: new Date(end.getTime() - i * step - 60_000),
    negative: true,
    outlet: OUTLETS[i % outlets],
  }));
}

// Dates as the demo's outlets print them: the city is in WIB, its newsrooms write "Selasa (12/5/2026)"
// in the text, "Selasa, 12 Mei 2026 14:05 WIB" under the headline, and ISO or RFC 822 for machines.

const WIB_MS = 7 * 3_600_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const RFC_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface WibParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

export function wib(at: Date): WibParts {
  const local = new Date(at.getTime() + WIB_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

/** Midnight WIB of the day holding `at`. */
export function startOfWibDay(at: Date): Date {
  const p = wib(at);
  return new Date(Date.UTC(p.year, p.month - 1, p.day) - WIB_MS);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "Selasa (12/5/2026)", as news text names the day of an event. */
export function dayInText(at: Date): string {
  const p = wib(at);
  return `${DAYS[p.weekday]} (${p.day}/${p.month}/${p.year})`;
}

export function dayName(at: Date): string {
  return DAYS[wib(at).weekday];
}

/** "dini hari", "pagi", "siang", "sore" or "malam": the part of the day reporters name. */
export function partOfDay(at: Date): string {
  const h = wib(at).hour;
  if (h < 4) return 'dini hari';
  if (h < 11) return 'pagi';
  if (h < 15) return 'siang';
  if (h < 18) return 'sore';
  return 'malam';
}

/** "Selasa, 12 Mei 2026 14:05 WIB". */
export function longDate(at: Date): string {
  const p = wib(at);
  return `${DAYS[p.weekday]}, ${p.day} ${MONTHS[p.month - 1]} ${p.year} ${two(p.hour)}:${two(p.minute)} WIB`;
}

/** "12/05/2026, 14:05 WIB", the short form some portals print. */
export function shortDate(at: Date): string {
  const p = wib(at);
  return `${two(p.day)}/${two(p.month)}/${p.year}, ${two(p.hour)}:${two(p.minute)} WIB`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

/** ISO 8601 with the +07:00 offset the outlets' CMS writes. */
export function isoWib(at: Date): string {
  const p = wib(at);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}+07:00`;
}

/** RFC 822 for RSS pubDate, in WIB as Indonesian CMSs send it. */
export function rfc822Wib(at: Date): string {
  const p = wib(at);
  return `${RFC_DAYS[p.weekday]}, ${two(p.day)} ${RFC_MONTHS[p.month - 1]} ${p.year} ${two(p.hour)}:${two(p.minute)}:${two(p.second)} +0700`;
}

// Dates and times as Indonesian offices write them ("5 Des 2026 14.30 WIB"), always in the
// workspace's zone — never the browser's, since the mayor may read in Jakarta about Makassar.
import { ZONES, type ZoneLabel } from './zones.ts';

export type Lang = 'id' | 'en';
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, zone: ZoneLabel, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: ZONES[zone].iana });
    cache.set(key, f);
  }
  return f;
}

const parse = (iso: string | Date) => (iso instanceof Date ? iso : new Date(iso));
const valid = (d: Date) => !Number.isNaN(d.getTime());

/** "5 Des 2026" */
export function formatDate(iso: string | Date | null | undefined, zone: ZoneLabel, lang: Lang): string {
  if (!iso) return '—';
  const d = parse(iso);
  if (!valid(d)) return '—';
  return formatter(lang, zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** "14.30" (id) or "14:30" (en) */
export function formatTime(iso: string | Date, zone: ZoneLabel, lang: Lang): string {
  return formatter(lang, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(parse(iso));
}

/** "5 Des 2026 14.30 WIB" */
export function formatDateTime(iso: string | Date | null | undefined, zone: ZoneLabel, lang: Lang): string {
  if (!iso) return '—';
  const d = parse(iso);
  if (!valid(d)) return '—';
  return `${formatDate(d, zone, lang)} ${formatTime(d, zone, lang)} ${zone}`;
}

/** A chart bucket's label: "14.00" within a day, "5 Des" by day or week, "Des 2026" by month. */
export function formatBucket(iso: string, interval: string, zone: ZoneLabel, lang: Lang): string {
  const d = parse(iso);
  if (!valid(d)) return iso;
  if (interval === 'hour')
    return `${formatter(lang, zone, { day: 'numeric', month: 'short' }).format(d)} ${formatTime(d, zone, lang)}`;
  if (interval === 'month') return formatter(lang, zone, { month: 'short', year: 'numeric' }).format(d);
  return formatter(lang, zone, { day: 'numeric', month: 'short' }).format(d);
}

/** "3 jam lalu" — for "last fetched" columns, where recency matters more than the exact time. */
export function formatRelative(iso: string | null | undefined, lang: Lang, now = Date.now()): string {
  if (!iso) return '—';
  const d = parse(iso);
  if (!valid(d)) return '—';
  const seconds = Math.round((d.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayInZone(at: Date, zone: ZoneLabel): string {
  const shifted = new Date(at.getTime() + ZONES[zone].minutes * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** Midnight at the start of a calendar day in the zone, as ISO 8601 with the zone's offset. */
export function startOfDayIso(day: string, zone: ZoneLabel): string {
  return `${day}T00:00:00${ZONES[zone].offset}`;
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

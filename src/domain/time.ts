// The one date/time module: every time a person reads is written in the workspace's zone with the
// zone named ("5 Des 2026 09:00 WIB"), whether the workspace says WIB/WITA/WIT or an IANA name.
// Machines (JSON, exports) get ISO-8601 with the zone's offset, so nothing is left to guess.
import { PantauError } from './errors.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

const INDONESIAN: Record<string, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};
// Indonesians name their zones, not their cities: these IANA names print as WIB/WITA/WIT.
const NAMED: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): { iana: string; format: Intl.DateTimeFormat } {
  const iana = INDONESIAN[zone] ?? zone;
  let format = formatters.get(iana);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: iana,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new PantauError(
        'validation',
        `Zona waktu tidak dikenal: "${zone}" (WIB, WITA, WIT atau nama IANA) — unknown time zone`,
      );
    }
    formatters.set(iana, format);
  }
  return { iana, format };
}

/** Throws a clear error for a zone that is neither WIB/WITA/WIT nor a known IANA name. */
export function assertTimeZone(zone: string): void {
  formatterFor(zone);
}

interface Local {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes the zone is ahead of UTC at that instant. */
  offset: number;
  label: string;
}

function toDate(at: Date | string): Date | null {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? null : d;
}

function local(d: Date, zone: string): Local {
  const { iana, format } = formatterFor(zone);
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(d)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    offset,
    label: NAMED[iana] ?? `UTC${offsetText(offset).replace(':00', '')}`,
  };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const two = (n: number) => String(n).padStart(2, '0');
const dayText = (l: Local) => `${l.day} ${MONTHS[l.month - 1]} ${l.year}`;
const clockText = (l: Local) => `${two(l.hour)}:${two(l.minute)}`;

/** "5 Des 2026 09:00 WIB"; `fallback` for a missing or unreadable time. */
export function formatDateTime(at: Date | string | null | undefined, zone: string, fallback = '-'): string {
  const d = at ? toDate(at) : null;
  if (!d) return fallback;
  const l = local(d, zone);
  return `${dayText(l)} ${clockText(l)} ${l.label}`;
}

/** "5 Des 2026": the day as the workspace lives it (23:30 UTC is already the next day in WIB). */
export function formatDate(at: Date | string | null | undefined, zone: string, fallback = '-'): string {
  const d = at ? toDate(at) : null;
  return d ? dayText(local(d, zone)) : fallback;
}

/** "19 Mar 2025 07:00–10:00 WIB", or both full times when the range crosses midnight. */
export function formatTimeRange(start: Date | string, end: Date | string, zone: string): string {
  const a = toDate(start);
  const b = toDate(end);
  if (!a || !b) return `${formatDateTime(start, zone)} – ${formatDateTime(end, zone)}`;
  const from = local(a, zone);
  const to = local(b, zone);
  if (dayText(from) === dayText(to))
    return `${dayText(from)} ${clockText(from)}–${clockText(to)} ${to.label}`;
  return `${formatDateTime(a, zone)} – ${formatDateTime(b, zone)}`;
}

/** "2026-12-05T09:00:00+07:00": ISO-8601 in the workspace's zone, for exports people open. */
export function isoInZone(at: Date | string | null | undefined, zone: string): string | null {
  const d = at ? toDate(at) : null;
  if (!d) return null;
  const l = local(d, zone);
  return `${l.year}-${two(l.month)}-${two(l.day)}T${two(l.hour)}:${two(l.minute)}:${two(l.second)}${offsetText(l.offset)}`;
}

/** The wall clock of `at` in the zone: what the office clock shows, for counting office hours. */
export function wallClock(
  at: Date,
  zone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const { year, month, day, hour, minute, second } = local(at, zone);
  return { year, month, day, hour, minute, second };
}

/**
 * The instant the zone's clocks show this wall-clock time (month 1–12; hour 24 is the next midnight).
 * The offset is read from the zone, not assumed: where a DST change skips or repeats the time, the
 * result is one of the instants next to it.
 */
export function zonedTimeToUtc(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  zone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const guess = asUtc - local(new Date(asUtc), zone).offset * 60_000;
  return new Date(asUtc - local(new Date(guess), zone).offset * 60_000);
}

/** Month names as letters write them ("Desember"). */
export const MONTH_NAMES = [
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
] as const;

const dayParts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** "1–31 Desember 2026", "28 November – 4 Desember 2026": a period of local days (YYYY-MM-DD, both included) as a letter writes it. */
export function formatPeriod(fromDay: string, lastDay: string): string {
  const [fy, fm, fd] = dayParts(fromDay);
  const [ly, lm, ld] = dayParts(lastDay);
  if (fromDay === lastDay) return `${fd} ${MONTH_NAMES[fm - 1]} ${fy}`;
  if (fy === ly && fm === lm) return `${fd}–${ld} ${MONTH_NAMES[lm - 1]} ${ly}`;
  if (fy === ly) return `${fd} ${MONTH_NAMES[fm - 1]} – ${ld} ${MONTH_NAMES[lm - 1]} ${ly}`;
  return `${fd} ${MONTH_NAMES[fm - 1]} ${fy} – ${ld} ${MONTH_NAMES[lm - 1]} ${ly}`;
}

/** "5 Des": a local day (YYYY-MM-DD) on a chart's axis. */
export function formatShortDay(day: string): string {
  const [, m, d] = dayParts(day);
  return `${d} ${MONTHS[m - 1]}`;
}

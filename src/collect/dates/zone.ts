// Indonesian time zones and the ISO 8601 strings we write with them.

export type TimeZone = 'WIB' | 'WITA' | 'WIT';

export const ZONE_OFFSETS: Record<TimeZone, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "+07:00", "Z"…; absent when the page gave no zone. */
  offset?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO 8601 with offset; a page without a zone is read in the workspace zone, a bare date at 00:00. */
export function toIso(p: DateParts, zone: TimeZone = 'WIB'): string | null {
  if (!isValidDay(p.year, p.month, p.day)) return null;
  const h = p.hour ?? 0;
  const m = p.minute ?? 0;
  const s = p.second ?? 0;
  if (h > 23 || m > 59 || s > 59) return null;
  const offset = p.offset === 'Z' ? '+00:00' : (p.offset ?? ZONE_OFFSETS[zone]);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(h)}:${pad(m)}:${pad(s)}${offset}`;
}

/** "+0700", "+07", "+07:00", "Z", "GMT+7", "WIB" → "+07:00"; null when unreadable. */
export function normaliseOffset(raw: string): string | null {
  const z = raw.trim().toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return '+00:00';
  if (z in ZONE_OFFSETS) return ZONE_OFFSETS[z as TimeZone];
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const hours = Number(m[2]);
  if (hours > 14) return null;
  return `${m[1]}${pad(hours)}:${m[3] ?? '00'}`;
}

/** The calendar parts of an instant as seen in the given zone. */
export function partsAt(instant: Date, zone: TimeZone): DateParts {
  const offset = ZONE_OFFSETS[zone];
  const shifted = new Date(instant.getTime() + Number(offset.slice(1, 3)) * 3600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    offset,
  };
}

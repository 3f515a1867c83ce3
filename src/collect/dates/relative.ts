// Relative dates ("3 jam yang lalu", "kemarin", "baru saja", "2 days ago") read against a known "now".
import { type DateParts, partsAt, type TimeZone } from './zone.ts';

const UNIT_MS: Record<string, number> = {
  detik: 1000,
  second: 1000,
  menit: 60_000,
  minute: 60_000,
  min: 60_000,
  jam: 3600_000,
  hour: 3600_000,
  hari: 86_400_000,
  day: 86_400_000,
  minggu: 7 * 86_400_000,
  pekan: 7 * 86_400_000,
  week: 7 * 86_400_000,
  bulan: 30 * 86_400_000,
  month: 30 * 86_400_000,
};

const AGO =
  /(?<![\p{L}\d])(\d{1,3}|se|a|an|one)\s*(detik|menit|jam|hari|minggu|pekan|bulan|seconds?|minutes?|mins?|hours?|days?|weeks?|months?)\s+(?:yang\s+)?(?:lalu|silam|ago)/iu;

/** A date relative to `now`, or null when the text has none. */
export function relativeDate(text: string, now: Date, zone: TimeZone): DateParts | null {
  const t = text.toLowerCase();
  if (/\b(baru saja|just now|beberapa detik (yang )?lalu|moments? ago)\b/.test(t)) return partsAt(now, zone);
  const m = AGO.exec(t);
  if (m) {
    const count = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
    const unit = m[2].replace(/s$/, '');
    const ms = UNIT_MS[unit] ?? UNIT_MS[m[2]];
    if (ms) return dropSecondsIfCoarse(partsAt(new Date(now.getTime() - count * ms), zone), ms);
  }
  if (/\b(kemarin|yesterday)\b/.test(t))
    return dayOnly(partsAt(new Date(now.getTime() - 86_400_000), zone), t);
  if (/\b(hari ini|today)\b/.test(t)) return dayOnly(partsAt(now, zone), t);
  return null;
}

function dropSecondsIfCoarse(p: DateParts, unitMs: number): DateParts {
  if (unitMs >= 60_000) p.second = 0;
  if (unitMs >= 86_400_000) {
    p.hour = 0;
    p.minute = 0;
  }
  return p;
}

/** "kemarin 14:05" keeps the time given; a bare "kemarin" is just the day. */
function dayOnly(p: DateParts, text: string): DateParts {
  const time = /(\d{1,2})[:.](\d{2})/.exec(text);
  p.hour = time ? Number(time[1]) : 0;
  p.minute = time ? Number(time[2]) : 0;
  p.second = 0;
  return p;
}

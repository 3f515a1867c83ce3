// Reads one date-time out of a string: machine formats (ISO 8601, RFC 2822, epoch) and the ways
// Indonesian and English news pages write dates ("Senin, 3 Maret 2025 14:05 WIB", "2 jam yang lalu").
import { MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN } from './months.ts';
import { relativeDate } from './relative.ts';
import { type DateParts, normaliseOffset, type TimeZone, toIso } from './zone.ts';

export interface ParseOptions {
  now?: Date;
  timeZone?: TimeZone;
}

const ZONE = String.raw`(?:\s*(?:\(|,)?\s*(WIB|WITA|WIT|Z|UTC|GMT(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?`;
const TIME = String.raw`(?:\)?(?:\s*[,|/-]\s*|\s+)(?:pukul|jam|pkl\.?|at|@|-)?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([ap]\.?m\.?))?${ZONE})?`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|º)?(?:\s+de)?[\s.\-/]+(${MONTH_PATTERN})(?:\s*\/\s*(?:${MONTH_PATTERN}))?\.?,?(?:\s+de)?[\s.\-/]+(\d{4})(?!\d)${TIME}`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)${TIME}`,
  'iu',
);
const YEAR_FIRST = new RegExp(
  String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:[T\s]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?${ZONE})?`,
  'i',
);
const DAY_FIRST = new RegExp(String.raw`(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)${TIME}`, 'i');
const CJK =
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\D{0,6}?(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const WEEKDAY = new RegExp(String.raw`^(?:${WEEKDAY_PATTERN})\b`, 'i');

/** Parses the first date found in free text (Indonesian or English); ISO 8601 with offset, or null. */
export function parseIndonesianDate(text: string, options: ParseOptions = {}): string | null {
  const zone = options.timeZone ?? 'WIB';
  const parts = findDateParts(text, options);
  return parts ? toIso(parts, zone) : null;
}

/** `relative: false` reads only absolute dates (attribute values never say "kemarin"). */
export function findDateParts(text: string, options: ParseOptions = {}, relative = true): DateParts | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const candidates: [number, DateParts][] = [];
  const push = (index: number, parts: DateParts | null) => {
    if (parts) candidates.push([index, parts]);
  };
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) push(m.index, withTime({ year: +m[3], month: monthNumber(m[2]) ?? 0, day: +m[1] }, m, 4));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) push(m.index, withTime({ year: +m[3], month: monthNumber(m[1]) ?? 0, day: +m[2] }, m, 4));
  m = YEAR_FIRST.exec(t);
  if (m) push(m.index, withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4));
  m = CJK.exec(t);
  if (m) push(m.index, withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4));
  m = DAY_FIRST.exec(t);
  if (m) push(m.index, withTime({ year: +m[3], month: +m[2], day: +m[1] }, m, 4));
  if (candidates.length) {
    candidates.sort((a, b) => a[0] - b[0]);
    return candidates[0][1];
  }
  return relative ? relativeDate(t, options.now ?? new Date(), options.timeZone ?? 'WIB') : null;
}

function withTime(p: DateParts, m: RegExpExecArray, at: number): DateParts | null {
  if (!p.month) return null;
  if (m[at] !== undefined) {
    let hour = +m[at];
    const ampm = m[at + 3]?.toLowerCase();
    if (ampm?.startsWith('p') && hour < 12) hour += 12;
    if (ampm?.startsWith('a') && hour === 12) hour = 0;
    p.hour = hour;
    p.minute = +m[at + 1];
    if (m[at + 2] !== undefined) p.second = +m[at + 2];
    const offset = m[at + 4] ? normaliseOffset(m[at + 4].replace(/\s+/g, '')) : null;
    if (offset) p.offset = offset;
  }
  return p;
}

/** Every absolute date written in the text, in order of appearance. */
export function allDateParts(text: string): DateParts[] {
  const t = text.replace(/\s+/g, ' ');
  const found: [number, DateParts][] = [];
  const scan = (re: RegExp, read: (m: RegExpExecArray) => DateParts | null) => {
    const g = new RegExp(re.source, `${re.flags}g`);
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const p = read(m);
      if (p) found.push([m.index, p]);
    }
  };
  scan(DAY_MONTH_YEAR, (m) => withTime({ year: +m[3], month: monthNumber(m[2]) ?? 0, day: +m[1] }, m, 4));
  scan(MONTH_DAY_YEAR, (m) => withTime({ year: +m[3], month: monthNumber(m[1]) ?? 0, day: +m[2] }, m, 4));
  scan(YEAR_FIRST, (m) => withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4));
  scan(DAY_FIRST, (m) => withTime({ year: +m[3], month: +m[2], day: +m[1] }, m, 4));
  return found.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

/** Machine-readable values from attributes and metadata; falls back to free-text reading. */
export function parseMachineDate(value: string, options: ParseOptions = {}): string | null {
  const v = value.trim();
  if (!v) return null;
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  const iso =
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i.exec(
      v,
    );
  if (iso) {
    const p: DateParts = { year: +iso[1], month: +iso[2], day: +iso[3] };
    if (iso[4] !== undefined) {
      p.hour = +iso[4];
      p.minute = +iso[5];
      if (iso[6] !== undefined) p.second = +iso[6];
      const offset = iso[7] ? normaliseOffset(iso[7]) : null;
      if (offset) p.offset = offset;
    }
    return toIso(p, options.timeZone ?? 'WIB');
  }
  const withoutWeekday = v.replace(WEEKDAY, '').replace(/^[,\s]+/, '');
  const parts = findDateParts(withoutWeekday, options, false);
  return parts ? toIso(parts, options.timeZone ?? 'WIB') : null;
}

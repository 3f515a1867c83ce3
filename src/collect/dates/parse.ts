// Reads one date-time out of a string: machine formats (ISO 8601, RFC 2822, epoch) and the ways
// Indonesian and English news pages write dates ("Senin, 3 Maret 2025 14:05 WIB", "2 jam yang lalu").
import { MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN } from './months.ts';
import { relativeDate } from './relative.ts';
import { type DateParts, normaliseOffset, type TimeZone, toIso } from './zone.ts';

export interface ParseOptions {
  now?: Date;
  timeZone?: TimeZone;
  /**
   * Read an ambiguous numeric date such as 03/04/2025 month first (US usage) instead of day first
   * (Indonesian and most other usage). Unambiguous ones (25/03/2025, 03/25/2025) are read either way.
   * A function is asked only when an ambiguous date turns up.
   */
  monthFirst?: boolean | (() => boolean);
}

const ZONE = String.raw`(?:\s*(?:\(|,)?\s*(WIB|WITA|WIT|Z|UTC|GMT(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?`;
const TIME = String.raw`(?:\)?(?:\s*[,|/-]\s*|\s+)(?:pukul|jam|pkl\.?|at|@|-|à|às|a las|um|alle|в)?\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?(?:\s*([ap]\.?m\.?))?${ZONE})?`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|hb)?(?:\s+de)?[\s.\-/]+ב?(${MONTH_PATTERN})(?:\s*\/\s*(?:${MONTH_PATTERN}))?\.?,?(?:\s+de)?[\s.\-/]+(\d{4})(?!\d)${TIME}`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)${TIME}`,
  'iu',
);
// Year first with a month name, as Hungarian ("2025. március 3.") and Lithuanian ("2025 m. kovo 3 d.")
// write it; the dot or "m." after the year keeps ordinary "… 2025 Mei 12 …" prose out.
const YEAR_MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{4})(?:\.|\s+m\.)\s*(${MONTH_PATTERN})\.?\s+(\d{1,2})(?!\d)\.?(?:\s*d\.)?${TIME}`,
  'iu',
);
// Hungarian and Korean pages space their dots: "2020. 08. 18. 21:35".
const YEAR_FIRST = new RegExp(
  String.raw`(?<!\d)(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)\.?(?:[T\s]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?${ZONE})?`,
  'i',
);
const DAY_FIRST = new RegExp(String.raw`(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)${TIME}`, 'i');
const CJK =
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\D{0,6}?(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
// Vietnamese: "ngày 15 tháng 3 năm 2020", "15 tháng 03, 2020".
const VIETNAMESE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|\s*,)?\s+(\d{4})(?!\d)${TIME}`,
  'iu',
);
const WEEKDAY = new RegExp(String.raw`^(?:${WEEKDAY_PATTERN})\b`, 'i');

/** Parses the first date found in free text (Indonesian or English); ISO 8601 with offset, or null. */
export function parseIndonesianDate(text: string, options: ParseOptions = {}): string | null {
  const zone = options.timeZone ?? 'WIB';
  const parts = findDateParts(text, options);
  return parts ? toIso(parts, zone) : null;
}

type Reader = (m: RegExpExecArray, options: ParseOptions) => DateParts | null;

/** Each pattern with how to read its groups; a time, when present, starts at group 4 in all of them. */
const READERS: [RegExp, Reader][] = [
  [
    DAY_MONTH_YEAR,
    (m) => withTime({ year: gregorianYear(+m[3]), month: monthNumber(m[2]) ?? 0, day: +m[1] }, m, 4),
  ],
  [MONTH_DAY_YEAR, (m) => withTime({ year: +m[3], month: monthNumber(m[1]) ?? 0, day: +m[2] }, m, 4)],
  [YEAR_MONTH_DAY, (m) => withTime({ year: +m[1], month: monthNumber(m[2]) ?? 0, day: +m[3] }, m, 4)],
  [YEAR_FIRST, (m) => withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4)],
  [CJK, (m) => withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4)],
  [VIETNAMESE, (m) => withTime({ year: +m[3], month: +m[2], day: +m[1] }, m, 4)],
  [DAY_FIRST, (m, o) => withTime(numericDayMonth(+m[1], +m[2], +m[3], o.monthFirst), m, 4)],
];
const GLOBAL_READERS: [RegExp, Reader][] = READERS.map(([re, read]) => [
  new RegExp(re.source, `${re.flags}g`),
  read,
]);

/** `relative: false` reads only absolute dates (attribute values never say "kemarin"). */
export function findDateParts(text: string, options: ParseOptions = {}, relative = true): DateParts | null {
  const t = asciiDigits(text.replace(/\s+/g, ' ').trim());
  if (!t) return null;
  let best: DateParts | null = null;
  let bestIndex = Number.POSITIVE_INFINITY;
  for (const [re, read] of READERS) {
    const m = re.exec(t);
    if (!m || m.index >= bestIndex) continue;
    const parts = read(m, options);
    if (parts) [best, bestIndex] = [parts, m.index];
  }
  if (best) return best;
  return relative ? relativeDate(t, options.now ?? new Date(), options.timeZone ?? 'WIB') : null;
}

/**
 * 05/03/2025 is 5 March in Indonesia and most of the world but May 3 in the US: a first number
 * above 12 can only be a day, a second above 12 only a day too; otherwise the page's usage decides.
 */
function numericDayMonth(
  a: number,
  b: number,
  year: number,
  monthFirst: ParseOptions['monthFirst'],
): DateParts {
  const first =
    b > 12 && a <= 12
      ? true
      : a > 12
        ? false
        : typeof monthFirst === 'function'
          ? monthFirst()
          : !!monthFirst;
  return first ? { year, month: a, day: b } : { year, month: b, day: a };
}

/** Which order the page's own unambiguous numeric dates use (13/03/2025 vs 03/13/2025), if any. */
export function numericOrderOf(text: string): 'day-first' | 'month-first' | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}(?!\d)/g)) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

/** Eastern Arabic, Persian, Devanagari and Bengali digits read as 0-9. */
function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g, (d) => {
    const c = d.charCodeAt(0);
    const zero = c >= 0x09e6 ? 0x09e6 : c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(c - zero);
  });
}

/** Thai pages count years in the Buddhist era (2563 = 2020). */
function gregorianYear(year: number): number {
  return year > 2400 ? year - 543 : year;
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
export function allDateParts(text: string, options: ParseOptions = {}): DateParts[] {
  const t = asciiDigits(text.replace(/\s+/g, ' '));
  const found: [number, DateParts][] = [];
  for (const [re, read] of GLOBAL_READERS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const p = read(m, options);
      if (p) found.push([m.index, p]);
    }
  }
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
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::(\d{1,2})|(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i.exec(
      v,
    );
  if (iso) {
    const p: DateParts = { year: +iso[1], month: +iso[2], day: +iso[3] };
    if (iso[4] !== undefined) {
      p.hour = +iso[4];
      p.minute = +iso[5];
      // Some CMSs drop the leading zero of the seconds ("23:15:0Z").
      const second = iso[6] ?? iso[7];
      if (second !== undefined) p.second = +second;
      const offset = iso[8] ? normaliseOffset(iso[8]) : null;
      if (offset) p.offset = offset;
    }
    return toIso(p, options.timeZone ?? 'WIB');
  }
  const withoutWeekday = v.replace(WEEKDAY, '').replace(/^[,\s]+/, '');
  const parts = findDateParts(withoutWeekday, options, false);
  return parts ? toIso(parts, options.timeZone ?? 'WIB') : null;
}

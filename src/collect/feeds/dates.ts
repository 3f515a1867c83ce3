// Parses the dates found in feeds and sitemaps — RFC 822 with odd zones, W3C/ISO 8601, Indonesian day and
// month names — into ISO 8601 UTC strings. Deterministic: never depends on the machine's time zone.

import { INDONESIAN_WORDS, MONTHS, ZONES } from './date-words.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC, or null when the text names no zone. */
  offset: number | null;
  hasTime: boolean;
}

export function parseFeedDate(input: string | null | undefined): string | null {
  if (input == null) return null;
  const text = input.trim();
  if (text === '') return null;
  const parts = parseIso(text) ?? parseEpoch(text) ?? parseLoose(text);
  return parts ? toIso(parts) : null;
}

function parseIso(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return {
    year: +m[1],
    month: +m[2],
    day: +m[3],
    hour: m[4] ? +m[4] : 0,
    minute: m[5] ? +m[5] : 0,
    second: m[6] ? +m[6] : 0,
    millisecond: m[7] ? Math.floor(+`0.${m[7]}` * 1000) : 0,
    offset: m[8] ? numericOffset(m[8]) : m[4] ? null : 0,
    hasTime: m[4] !== undefined,
  };
}

function parseEpoch(text: string): Parts | null {
  if (!/^\d{10}(\d{3})?$/.test(text)) return null;
  const ms = text.length === 13 ? +text : +text * 1000;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    offset: 0,
    hasTime: true,
  };
}

/** RFC 822 and its many relatives, in English or Indonesian, in whatever order the parts come. */
function parseLoose(text: string): Parts | null {
  let rest = ` ${text.toLowerCase().replace(/[,;()]/g, ' ')} `;
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;

  const ymd = /(?<![\d:])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d:])/.exec(rest);
  const dmy = ymd ? null : /(?<![\d:])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d:.])/.exec(rest);
  if (ymd) {
    [year, month, day] = [+ymd[1], +ymd[2], +ymd[3]];
    rest = rest.replace(ymd[0], ' ');
  } else if (dmy) {
    const [a, b] = [+dmy[1], +dmy[2]];
    // Indonesian writing is day-first; only a second number above 12 proves month-first.
    [day, month] = a <= 12 && b > 12 ? [b, a] : [a, b];
    year = expandYear(dmy[3]);
    rest = rest.replace(dmy[0], ' ');
  }

  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let hasTime = false;
  const time =
    /(?:^|[\s t])(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/.exec(
      rest,
    );
  if (time) {
    hasTime = true;
    hour = +time[1];
    minute = +time[2];
    second = time[3] ? +time[3] : 0;
    millisecond = time[4] ? Math.floor(+`0.${time[4]}` * 1000) : 0;
    if (time[5] === 'p' && hour < 12) hour += 12;
    if (time[5] === 'a' && hour === 12) hour = 0;
    rest = rest.replace(time[0], ' ');
  }

  let offset: number | null = null;
  const numeric = /(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?![\d])/.exec(rest);
  if (numeric && (hasTime || /gmt|utc/.test(numeric[0]))) {
    offset = (numeric[1] === '-' ? -1 : 1) * (+numeric[2] * 60 + (numeric[3] ? +numeric[3] : 0));
    rest = rest.replace(numeric[0], ' ');
  }

  let indonesian = false;
  const numbers: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    const token = raw.replace(/\.$/, '');
    if (token === '') continue;
    if (INDONESIAN_WORDS.has(token)) indonesian = true;
    if (/^\d+(st|nd|rd|th)?$/.test(token)) {
      numbers.push(token.replace(/\D+$/, ''));
      continue;
    }
    if (offset === null && token in ZONES) {
      offset = ZONES[token];
      continue;
    }
    const monthNumber = monthOf(token);
    if (monthNumber !== null && month === null) month = monthNumber;
  }
  if (year === null) {
    for (const n of numbers) {
      if (n.length === 4 && year === null) year = +n;
      else if (n.length <= 2 && day === null) day = +n;
      else if (n.length <= 2 && year === null) year = expandYear(n);
    }
  }
  if (year === null || month === null || day === null) return null;
  if (offset === null && hasTime && indonesian) offset = 420;
  return { year, month, day, hour, minute, second, millisecond, offset, hasTime };
}

function monthOf(token: string): number | null {
  if (!/^[a-z]{3,10}$/.test(token)) return null;
  return MONTHS[token] ?? (token.length > 3 ? (MONTHS[token.slice(0, 3)] ?? null) : null);
}

function expandYear(text: string): number {
  const n = +text;
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function numericOffset(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) as RegExpExecArray;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + (m[3] ? +m[3] : 0));
}

function toIso(p: Parts): string | null {
  if (p.year < 1900 || p.year > 2200 || p.month < 1 || p.month > 12 || p.day < 1) return null;
  if (p.day > new Date(Date.UTC(p.year, p.month, 0)).getUTCDate()) return null;
  if (p.hour > 24 || p.minute > 59 || p.second > 60) return null;
  const offset = p.offset ?? 0;
  if (Math.abs(offset) > 14 * 60) return null;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, Math.min(p.second, 59), p.millisecond);
  return new Date(utc - offset * 60_000).toISOString();
}

// The working-time calendar SOP time standards are counted in: "120 menit" started on Friday at 15:30
// is due on Monday morning, not on Friday evening, because only office hours in the workspace's zone
// count, and weekends, national holidays and cuti bersama do not.
//
// Counting is exact to the millisecond: minutes go in and come out as numbers that may carry a
// fraction, so workingMinutesBetween(s, addWorkingMinutes(s, m)) is m again for every whole m.
// Windows are half-open, [start, end): 16:00 is the end of a window, not working time.
import { PantauError } from './errors.ts';
import { assertTimeZone, wallClock, zonedTimeToUtc } from './time.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One stretch of office hours, local wall clock 'HH:MM' ('24:00' may end a day). */
export interface WorkWindow {
  start: string;
  end: string;
}

/** A day the office is closed, 'YYYY-MM-DD' in the workspace's zone. */
export interface Holiday {
  date: string;
  name: string;
}

export interface WorkCalendar {
  /** WIB, WITA, WIT or an IANA name. */
  zone: string;
  hours: Record<Weekday, WorkWindow[]>;
  holidays: Holiday[];
}

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Senin',
  tue: 'Selasa',
  wed: 'Rabu',
  thu: 'Kamis',
  fri: 'Jumat',
  sat: 'Sabtu',
  sun: 'Minggu',
};

// Perpres 21/2023 (hari kerja dan jam kerja ASN) fixes 5 working days and 37.5 hours a week without
// breaks, starting 07:30 local time, with a 60-minute break (90 on Friday, for Friday prayers). This
// default is that rule laid out the way most regional offices post it: 7.5 hours every day. Offices
// differ (a later start, another break, a Saturday picket, shorter Ramadan hours, which the Perpres
// sets at 32.5 hours from 08:00), so the office changes these hours in its settings.
export const DEFAULT_OFFICE_HOURS: Readonly<Record<Weekday, readonly WorkWindow[]>> = Object.freeze({
  mon: [
    { start: '07:30', end: '12:00' },
    { start: '13:00', end: '16:00' },
  ],
  tue: [
    { start: '07:30', end: '12:00' },
    { start: '13:00', end: '16:00' },
  ],
  wed: [
    { start: '07:30', end: '12:00' },
    { start: '13:00', end: '16:00' },
  ],
  thu: [
    { start: '07:30', end: '12:00' },
    { start: '13:00', end: '16:00' },
  ],
  fri: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '16:30' },
  ],
  sat: [],
  sun: [],
});

/** The default office hours in `zone`; `holidays` usually nationalHolidays() of the years in play. */
export function defaultCalendar(zone: string, holidays: Holiday[] = []): WorkCalendar {
  const hours = Object.fromEntries(
    WEEKDAYS.map((day) => [day, DEFAULT_OFFICE_HOURS[day].map((w) => ({ ...w }))]),
  ) as Record<Weekday, WorkWindow[]>;
  return validateCalendar({ zone, hours, holidays });
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Three years of days without a single working minute means the calendar is wrong, not busy. */
const MAX_IDLE_DAYS = 3 * 366;
/** Ten years: a standard longer than that is a typing error, and counting it would take minutes. */
const MAX_MINUTES = 10 * 366 * 24 * 60;

const invalid = (message: string) => new PantauError('validation', message);

/** Minutes since local midnight, or null; '24:00' only where `endOfDay` allows it. */
function parseClock(text: unknown, endOfDay: boolean): number | null {
  if (typeof text !== 'string') return null;
  if (endOfDay && text === '24:00') return 24 * 60;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Compiled {
  calendar: WorkCalendar;
  zone: string;
  /** Windows in minutes since local midnight, indexed like Date#getUTCDay (0 = Sunday). */
  week: Array<Array<[number, number]>>;
  holidays: Set<string>;
  /** Each local day's windows once worked out: zone arithmetic is most of the cost, and an inbox of
   * 200 late cases asks for the same days again and again. */
  days: Map<number, Array<[number, number]>>;
}

/** Days of windows a calendar keeps (about eleven years); past that the memory starts over. */
const DAYS_KEPT = 4_000;

function compile(input: unknown): Compiled {
  if (!isRecord(input)) throw invalid('Kalender kerja tidak valid — invalid work calendar');
  const { zone, hours, holidays } = input;
  if (typeof zone !== 'string') throw invalid('Zona waktu wajib diisi — time zone is required');
  assertTimeZone(zone);
  if (!isRecord(hours)) throw invalid('Jam kerja tidak valid — invalid office hours');
  for (const key of Object.keys(hours)) {
    if (!WEEKDAYS.includes(key as Weekday))
      throw invalid(`Jam kerja tidak valid: hari "${key}" tidak dikenal — unknown weekday`);
  }

  const week: Array<Array<[number, number]>> = [];
  const outHours = {} as Record<Weekday, WorkWindow[]>;
  for (const day of WEEKDAYS) {
    const raw = hours[day] ?? [];
    if (!Array.isArray(raw)) throw invalid(`Jam kerja ${DAY_NAMES[day]} tidak valid — invalid office hours`);
    const windows = raw.map((w: unknown) => {
      const start = isRecord(w) ? parseClock(w.start, false) : null;
      const end = isRecord(w) ? parseClock(w.end, true) : null;
      if (start === null || end === null)
        throw invalid(
          `Jam kerja ${DAY_NAMES[day]} tidak valid: ${JSON.stringify(w)} (format JJ:MM) — invalid office hours, expected HH:MM`,
        );
      const { start: from, end: to } = w as unknown as WorkWindow;
      if (end <= start)
        throw invalid(
          `Jam kerja ${DAY_NAMES[day]} ${from}–${to}: jam selesai harus setelah jam mulai — end must be after start`,
        );
      return { from, to, start, end };
    });
    windows.sort((a, b) => a.start - b.start);
    for (let i = 1; i < windows.length; i++) {
      const [before, after] = [windows[i - 1], windows[i]];
      if (after.start < before.end)
        throw invalid(
          `Jam kerja ${DAY_NAMES[day]} tumpang tindih: ${before.from}–${before.to} dan ${after.from}–${after.to} — overlapping office hours`,
        );
    }
    outHours[day] = windows.map((w) => ({ start: w.from, end: w.to }));
    week[(WEEKDAYS.indexOf(day) + 1) % 7] = windows.map((w): [number, number] => [w.start, w.end]);
  }
  if (week.every((windows) => windows.length === 0))
    throw invalid('Kalender kerja tanpa jam kerja sama sekali — the week has no working time');

  const rawHolidays = holidays ?? [];
  if (!Array.isArray(rawHolidays)) throw invalid('Daftar hari libur tidak valid — invalid holiday list');
  const outHolidays = rawHolidays.map((h: unknown): Holiday => {
    const date = isRecord(h) ? h.date : h;
    if (!isCalendarDate(date))
      throw invalid(`Tanggal libur tidak valid: ${JSON.stringify(date)} (TTTT-BB-HH) — invalid holiday date`);
    const name = isRecord(h) && typeof h.name === 'string' ? h.name.trim() : '';
    if (!name) throw invalid(`Hari libur ${date} belum diberi nama — holiday needs a name`);
    return { date, name };
  });
  outHolidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    calendar: { zone, hours: outHours, holidays: outHolidays },
    zone,
    week,
    holidays: new Set(outHolidays.map((h) => h.date)),
    days: new Map(),
  };
}

/**
 * Checks a calendar as it comes from settings or the API and returns a clean copy (windows sorted,
 * missing weekdays empty, holidays sorted); throws PantauError('validation') on anything wrong.
 */
export function validateCalendar(input: unknown): WorkCalendar {
  const compiled = compile(input);
  // Frozen: the compiled form below must never go stale under a changed copy.
  for (const windows of Object.values(compiled.calendar.hours)) for (const w of windows) Object.freeze(w);
  Object.freeze(compiled.calendar.hours);
  for (const h of compiled.calendar.holidays) Object.freeze(h);
  Object.freeze(compiled.calendar.holidays);
  Object.freeze(compiled.calendar);
  // The clean copy is what deadlines are counted on: keep its compiled form, so an inbox of 200
  // cases counted on one calendar compiles it once instead of 200 times.
  COMPILED.set(compiled.calendar, compiled);
  return compiled.calendar;
}

const COMPILED = new WeakMap<object, Compiled>();

/** A calendar's compiled form: remembered for calendars this module returned, compiled (and checked) otherwise. */
function compiledOf(cal: WorkCalendar): Compiled {
  return COMPILED.get(cal) ?? compile(cal);
}

const two = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as the UTC midnight of the same date: day arithmetic without zones. */
function dayOf(at: number, zone: string): number {
  const w = wallClock(new Date(at), zone);
  return Date.UTC(w.year, w.month - 1, w.day);
}

/** The working windows of one local day as UTC instants [start, end). */
function spansOfDay(day: number, c: Compiled): Array<[number, number]> {
  let spans = c.days.get(day);
  if (!spans) {
    if (c.days.size >= DAYS_KEPT) c.days.clear();
    spans = windowsOfDay(day, c);
    c.days.set(day, spans);
  }
  return spans;
}

function windowsOfDay(day: number, c: Compiled): Array<[number, number]> {
  const d = new Date(day);
  const [year, month, date] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (c.holidays.has(`${year}-${two(month)}-${two(date)}`)) return [];
  const instant = (minutes: number) =>
    zonedTimeToUtc(
      { year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      c.zone,
    ).getTime();
  return c.week[d.getUTCDay()].map(([start, end]): [number, number] => [instant(start), instant(end)]);
}

/**
 * Working time from `at` on, as ascending, non-overlapping UTC spans. Without `lastDay` it runs until
 * the caller stops, and throws once three years pass without a working minute.
 */
function* spansFrom(at: number, c: Compiled, lastDay?: number): Generator<[number, number]> {
  let floor = at;
  let idle = 0;
  for (let day = dayOf(at, c.zone); lastDay === undefined || day <= lastDay; day += DAY_MS) {
    const spans = spansOfDay(day, c);
    if (spans.length === 0) {
      if (lastDay === undefined && ++idle > MAX_IDLE_DAYS)
        throw invalid(
          'Tidak ada jam kerja dalam 3 tahun ke depan: periksa jam kerja dan hari libur — no working time in the next 3 years',
        );
      continue;
    }
    idle = 0;
    for (const [start, end] of spans) {
      const from = Math.max(start, floor);
      if (end > from) {
        yield [from, end];
        floor = end;
      }
    }
  }
}

function instantOf(at: Date): number {
  const t = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw invalid('Waktu tidak valid — invalid date');
  return t;
}

/**
 * The instant at which `minutes` working minutes have passed since `start`. Counting begins at the
 * next working window when `start` is outside one; 0 minutes gives the first working instant at or
 * after `start`. A deadline that uses up a window exactly is that window's end (Friday 16:30).
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: WorkCalendar): Date {
  const from = instantOf(start);
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0)
    throw invalid(`Standar waktu tidak valid: ${minutes} menit — minutes must be zero or more`);
  if (minutes > MAX_MINUTES)
    throw invalid(`Standar waktu terlalu panjang: ${minutes} menit — time standard too long`);
  let remaining = Math.round(minutes * MINUTE_MS);
  for (const [spanStart, spanEnd] of spansFrom(from, compiledOf(cal))) {
    if (remaining <= spanEnd - spanStart) return new Date(spanStart + remaining);
    remaining -= spanEnd - spanStart;
  }
  throw invalid('Tidak ada jam kerja — no working time');
}

/** Working minutes in [from, to), 0 when `to` is not after `from`; may carry a fraction of a minute. */
export function workingMinutesBetween(from: Date, to: Date, cal: WorkCalendar): number {
  const [a, b] = [instantOf(from), instantOf(to)];
  const c = compiledOf(cal);
  if (b <= a) return 0;
  let total = 0;
  // One day past `to`'s date, so a day that a DST change stretches is still looked at.
  for (const [spanStart, spanEnd] of spansFrom(a, c, dayOf(b, c.zone) + DAY_MS)) {
    if (spanStart >= b) break;
    total += Math.min(spanEnd, b) - spanStart;
  }
  return total / MINUTE_MS;
}

/** Whether `at` falls inside office hours (not on a holiday, not in a break, not at a window's end). */
export function isWorkingTime(at: Date, cal: WorkCalendar): boolean {
  const t = instantOf(at);
  const c = compiledOf(cal);
  return spansOfDay(dayOf(t, c.zone), c).some(([start, end]) => start <= t && t < end);
}

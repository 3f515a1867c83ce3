import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { holidayYearsKnown, nationalHolidays } from './holidays-id.ts';
import { formatDateTime } from './time.ts';
import {
  addWorkingMinutes,
  defaultCalendar,
  isWorkingTime,
  validateCalendar,
  type WorkCalendar,
  workingMinutesBetween,
} from './working-time.ts';

// Default hours, worked out by hand: Mon–Thu 07:30–12:00 + 13:00–16:00, Fri 07:30–11:30 + 13:00–16:30,
// 450 minutes a day. March 2026: Fri 6, Mon 9 … Fri 13, Mon 16; no holiday before Nyepi on the 18th.
const wib = defaultCalendar('WIB');
const wib2026 = defaultCalendar('WIB', nationalHolidays(2026));
const at = (iso: string) => new Date(iso);
const add = (start: string, minutes: number, cal: WorkCalendar = wib) =>
  addWorkingMinutes(at(start), minutes, cal).toISOString();

describe('addWorkingMinutes: deadlines in office hours', () => {
  test('120 menit from Friday 15:30 WIB is due Monday 08:30 WIB, not Friday evening', () => {
    // Friday 15:30–16:30 uses 60, Monday 07:30 + 60.
    expect(add('2026-03-06T15:30:00+07:00', 120)).toBe('2026-03-09T01:30:00.000Z');
    expect(formatDateTime(addWorkingMinutes(at('2026-03-06T15:30:00+07:00'), 120, wib), 'WIB')).toBe(
      '9 Mar 2026 08:30 WIB',
    );
  });

  test('a standard that uses up the day exactly is due at closing time, not the next morning', () => {
    expect(add('2026-03-06T15:30:00+07:00', 60)).toBe('2026-03-06T09:30:00.000Z'); // Fri 16:30 WIB
  });

  test('a start on Saturday or at night counts from the next opening', () => {
    expect(add('2026-03-07T10:00:00+07:00', 30)).toBe('2026-03-09T01:00:00.000Z'); // Mon 08:00 WIB
    expect(add('2026-03-10T21:00:00+07:00', 0)).toBe('2026-03-11T00:30:00.000Z'); // Wed 07:30 WIB
    expect(add('2026-03-10T22:00:00+07:00', 90)).toBe('2026-03-11T02:00:00.000Z'); // Wed 09:00 WIB
    expect(add('2026-03-11T05:00:00+07:00', 15)).toBe('2026-03-11T00:45:00.000Z'); // Wed 07:45 WIB
  });

  test('0 minutes inside office hours is the start itself', () => {
    expect(add('2026-03-09T10:17:23+07:00', 0)).toBe('2026-03-09T03:17:23.000Z');
  });

  test('the lunch break and the longer Friday prayer break do not count', () => {
    // Mon 11:30–12:00 = 30, then 13:00 + 30.
    expect(add('2026-03-09T11:30:00+07:00', 60)).toBe('2026-03-09T06:30:00.000Z'); // 13:30 WIB
    // Fri 11:00–11:30 = 30, then 13:00 + 30.
    expect(add('2026-03-13T11:00:00+07:00', 60)).toBe('2026-03-13T06:30:00.000Z'); // 13:30 WIB
    expect(add('2026-03-09T12:15:00+07:00', 0)).toBe('2026-03-09T06:00:00.000Z'); // 13:00 WIB
    expect(add('2026-03-09T12:00:00+07:00', 0)).toBe('2026-03-09T06:00:00.000Z'); // 12:00 is the break
  });

  test('30 jam (1800 menit) spans several working days', () => {
    // Exactly four full days from Monday 07:30: Thursday closing time.
    expect(add('2026-03-09T07:30:00+07:00', 1800)).toBe('2026-03-12T09:00:00.000Z'); // Thu 16:00 WIB
    // Wed 10:00 leaves 300, Thu 450 (750), Fri 450 (1200), Mon 450 (1650), Tue 07:30 + 150 = 10:00.
    expect(add('2026-03-11T10:00:00+07:00', 1800, wib2026)).toBe('2026-03-17T03:00:00.000Z');
  });

  test('skips a national holiday: 17 Agustus 2026 is a Monday', () => {
    expect(add('2026-08-14T15:30:00+07:00', 120, wib2026)).toBe('2026-08-18T01:30:00.000Z'); // Tue 08:30
    expect(add('2026-08-14T15:30:00+07:00', 120, wib)).toBe('2026-08-17T01:30:00.000Z'); // without it
  });

  test('skips Nyepi, Idulfitri and their cuti bersama (18–24 Maret 2026)', () => {
    // Tue 17 Mar 15:00–16:00 uses 60; the office reopens Wednesday 25 Mar 07:30.
    expect(add('2026-03-17T15:00:00+07:00', 120, wib2026)).toBe('2026-03-25T01:30:00.000Z');
  });

  test('the same local deadline is an hour earlier in UTC in WITA than in WIB, two in WIT', () => {
    expect(add('2026-03-06T15:30:00+07:00', 120, defaultCalendar('WIB'))).toBe('2026-03-09T01:30:00.000Z');
    expect(add('2026-03-06T15:30:00+08:00', 120, defaultCalendar('WITA'))).toBe('2026-03-09T00:30:00.000Z');
    expect(add('2026-03-06T15:30:00+08:00', 120, defaultCalendar('Asia/Makassar'))).toBe(
      '2026-03-09T00:30:00.000Z',
    );
    expect(add('2026-03-06T15:30:00+09:00', 120, defaultCalendar('WIT'))).toBe('2026-03-08T23:30:00.000Z');
  });

  test('a zone with daylight saving keeps 09:00 local across the change', () => {
    const berlin = validateCalendar({
      zone: 'Europe/Berlin',
      hours: {
        mon: [{ start: '09:00', end: '17:00' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '17:00' }],
      },
      holidays: [],
    });
    // Fri 27 Mar 2026 16:30 CET (UTC+1); clocks go forward Sunday 29 Mar; Monday 09:00 CEST is 07:00Z.
    expect(add('2026-03-27T15:30:00Z', 60, berlin)).toBe('2026-03-30T07:30:00.000Z');
  });

  test('a calendar that never opens again is refused after three years instead of counting forever', () => {
    const mondays = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        date: new Date(Date.UTC(2026, 2, 9 + 7 * i)).toISOString().slice(0, 10),
        name: 'Libur kantor',
      }));
    const onlyMonday = (count: number) =>
      validateCalendar({
        zone: 'WIB',
        hours: { mon: [{ start: '09:00', end: '10:00' }] },
        holidays: mondays(count),
      });
    // 150 Monday holidays from 9 Mar 2026 end on 15 Jan 2029; the next Monday is 22 Jan 2029.
    expect(add('2026-03-08T12:00:00+07:00', 0, onlyMonday(150))).toBe('2029-01-22T02:00:00.000Z');
    expect(() => add('2026-03-08T12:00:00+07:00', 0, onlyMonday(200))).toThrow(/3 tahun/);
  });

  test('refuses a negative, endless or absurd standard and an invalid start', () => {
    expect(() => add('2026-03-09T08:00:00+07:00', -1)).toThrow(/Standar waktu tidak valid/);
    expect(() => add('2026-03-09T08:00:00+07:00', Number.NaN)).toThrow(/Standar waktu tidak valid/);
    expect(() => add('2026-03-09T08:00:00+07:00', 1e9)).toThrow(/terlalu panjang/);
    expect(() => addWorkingMinutes(new Date('bukan tanggal'), 10, wib)).toThrow(/Waktu tidak valid/);
  });
});

describe('workingMinutesBetween', () => {
  const between = (from: string, to: string, cal: WorkCalendar = wib) =>
    workingMinutesBetween(at(from), at(to), cal);

  test('counts only office hours across a weekend', () => {
    // Fri 15:00–16:30 = 90, Mon 07:30–09:00 = 90.
    expect(between('2026-03-06T15:00:00+07:00', '2026-03-09T09:00:00+07:00')).toBe(180);
  });

  test('a whole week is 37.5 hours', () => {
    expect(between('2026-03-09T00:00:00+07:00', '2026-03-16T00:00:00+07:00')).toBe(2250);
  });

  test('leaves out the lunch break and the Lebaran holidays', () => {
    expect(between('2026-03-09T11:00:00+07:00', '2026-03-09T14:00:00+07:00')).toBe(120);
    expect(between('2026-03-17T07:30:00+07:00', '2026-03-25T07:30:00+07:00', wib2026)).toBe(450);
  });

  test('is 0 when the end is not after the start, and keeps fractions of a minute', () => {
    expect(between('2026-03-09T10:00:00+07:00', '2026-03-09T09:00:00+07:00')).toBe(0);
    expect(between('2026-03-09T10:00:00+07:00', '2026-03-09T10:00:00+07:00')).toBe(0);
    expect(between('2026-03-09T10:00:00+07:00', '2026-03-09T10:00:30+07:00')).toBe(0.5);
  });
});

describe('isWorkingTime', () => {
  test('tells office hours from breaks, evenings, weekends and holidays', () => {
    expect(isWorkingTime(at('2026-03-09T10:00:00+07:00'), wib)).toBe(true);
    expect(isWorkingTime(at('2026-03-09T12:30:00+07:00'), wib)).toBe(false); // istirahat
    expect(isWorkingTime(at('2026-03-09T16:00:00+07:00'), wib)).toBe(false); // closing time
    expect(isWorkingTime(at('2026-03-12T16:15:00+07:00'), wib)).toBe(false); // Thursday
    expect(isWorkingTime(at('2026-03-13T16:15:00+07:00'), wib)).toBe(true); // Friday closes 16:30
    expect(isWorkingTime(at('2026-03-13T12:30:00+07:00'), wib)).toBe(false); // salat Jumat
    expect(isWorkingTime(at('2026-03-07T10:00:00+07:00'), wib)).toBe(false); // Saturday
    expect(isWorkingTime(at('2026-08-17T10:00:00+07:00'), wib2026)).toBe(false);
  });

  test('reads the clock of the workspace zone: 08:00 WITA is 07:00 WIB', () => {
    expect(isWorkingTime(at('2026-03-09T08:00:00+08:00'), defaultCalendar('WITA'))).toBe(true);
    expect(isWorkingTime(at('2026-03-09T08:00:00+08:00'), defaultCalendar('WIB'))).toBe(false);
  });
});

describe('validateCalendar', () => {
  const hours = (mon: unknown) => ({ zone: 'WIB', hours: { mon }, holidays: [] });

  test('returns a clean copy: windows sorted, missing days empty, holidays by date', () => {
    const cal = validateCalendar({
      zone: 'WITA',
      hours: {
        mon: [
          { start: '13:00', end: '24:00' },
          { start: '07:30', end: '12:00' },
        ],
      },
      holidays: [
        { date: '2026-12-25', name: 'Hari Raya Natal' },
        { date: '2026-08-17', name: ' Hari Kemerdekaan ' },
      ],
    });
    expect(cal).toEqual({
      zone: 'WITA',
      hours: {
        mon: [
          { start: '07:30', end: '12:00' },
          { start: '13:00', end: '24:00' },
        ],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
      holidays: [
        { date: '2026-08-17', name: 'Hari Kemerdekaan' },
        { date: '2026-12-25', name: 'Hari Raya Natal' },
      ],
    });
  });

  test('accepts windows that touch', () => {
    expect(() =>
      validateCalendar(
        hours([
          { start: '07:30', end: '12:00' },
          { start: '12:00', end: '16:00' },
        ]),
      ),
    ).not.toThrow();
  });

  test.each([
    [
      'an unknown zone',
      { zone: 'Mars/Olympus', hours: { mon: [{ start: '08:00', end: '16:00' }] } },
      /Zona waktu tidak dikenal/,
    ],
    ['no object at all', 'Senin-Jumat', /Kalender kerja tidak valid/],
    ['a clock without leading zero', hours([{ start: '7:30', end: '16:00' }]), /format JJ:MM/],
    ['hour 25', hours([{ start: '08:00', end: '25:00' }]), /format JJ:MM/],
    ['24:00 as a start', hours([{ start: '24:00', end: '24:00' }]), /format JJ:MM/],
    [
      'an end before the start',
      hours([{ start: '16:00', end: '07:30' }]),
      /jam selesai harus setelah jam mulai/,
    ],
    ['an empty window', hours([{ start: '09:00', end: '09:00' }]), /jam selesai harus setelah jam mulai/],
    [
      'overlapping windows',
      hours([
        { start: '07:30', end: '12:00' },
        { start: '11:00', end: '16:00' },
      ]),
      /tumpang tindih/,
    ],
    ['a week with no working time', { zone: 'WIB', hours: {}, holidays: [] }, /tanpa jam kerja/],
    ['an unknown weekday', { zone: 'WIB', hours: { senin: [] } }, /hari "senin" tidak dikenal/],
    [
      'a date that does not exist',
      { ...hours([{ start: '08:00', end: '16:00' }]), holidays: [{ date: '2026-02-30', name: 'X' }] },
      /Tanggal libur tidak valid/,
    ],
    [
      'a date written day first',
      { ...hours([{ start: '08:00', end: '16:00' }]), holidays: [{ date: '17-08-2026', name: 'X' }] },
      /Tanggal libur tidak valid/,
    ],
    [
      'a holiday without a name',
      { ...hours([{ start: '08:00', end: '16:00' }]), holidays: [{ date: '2026-08-17', name: ' ' }] },
      /belum diberi nama/,
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(() => validateCalendar(input)).toThrow(message);
    expect(() => validateCalendar(input)).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});

describe('properties', () => {
  const start = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const holidays = [...nationalHolidays(2025), ...nationalHolidays(2026), ...nationalHolidays(2027)];
  const indonesian = fc.constantFrom('WIB', 'WITA', 'WIT').map((zone) => defaultCalendar(zone, holidays));

  test('counting back the minutes added gives them again, and the deadline is in office hours', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 6000 }), indonesian, (s, m, cal) => {
        const due = addWorkingMinutes(s, m, cal);
        expect(workingMinutesBetween(s, due, cal)).toBe(m);
        expect(due.getTime()).toBeGreaterThanOrEqual(s.getTime());
        // Working time, or the closing instant of a window the standard used up exactly.
        expect(isWorkingTime(due, cal) || isWorkingTime(new Date(due.getTime() - 1), cal)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const day = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const windows = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      if (sorted[i] < 1440) windows.push({ start: clock(sorted[i]), end: clock(sorted[i + 1]) });
    return windows;
  });
  const anyCalendar = fc
    .record({
      zone: fc.constantFrom('WIB', 'WITA', 'WIT', 'Europe/Berlin', 'America/New_York'),
      hours: fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }),
    })
    .filter(({ hours }) => Object.values(hours).some((w) => w.length > 0))
    .map(({ zone, hours }) => validateCalendar({ zone, hours, holidays }));

  test('any office hours, in any zone, count back to the same minutes and grow with the standard', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        anyCalendar,
        (s, m, extra, cal) => {
          const due = addWorkingMinutes(s, m, cal);
          expect(workingMinutesBetween(s, due, cal)).toBe(m);
          expect(addWorkingMinutes(s, m + extra, cal).getTime()).toBeGreaterThanOrEqual(due.getTime());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nationalHolidays (SKB 3 Menteri)', () => {
  test('2026 has Kemerdekaan on 17 Agustus and Natal on 25 Desember', () => {
    const y2026 = nationalHolidays(2026);
    expect(y2026).toContainEqual({
      date: '2026-08-17',
      name: 'Hari Kemerdekaan Republik Indonesia',
      kind: 'libur_nasional',
    });
    expect(y2026).toContainEqual({ date: '2026-12-25', name: 'Hari Raya Natal', kind: 'libur_nasional' });
    expect(y2026).toContainEqual({
      date: '2026-03-20',
      name: 'Cuti Bersama Idulfitri 1447 Hijriah',
      kind: 'cuti_bersama',
    });
  });

  test('the decrees count 17 libur nasional each, 8 cuti bersama in 2026 and 10 + 18 Agustus in 2025', () => {
    const count = (year: number, kind: string) =>
      nationalHolidays(year).filter((h) => h.kind === kind).length;
    expect(count(2026, 'libur_nasional')).toBe(17);
    expect(count(2026, 'cuti_bersama')).toBe(8);
    expect(count(2025, 'libur_nasional')).toBe(17);
    expect(count(2025, 'cuti_bersama')).toBe(11);
    expect(nationalHolidays(2025).map((h) => h.date)).toContain('2025-08-18');
  });

  test('lists the verified years so the app can ask the office for the others', () => {
    expect(holidayYearsKnown()).toEqual([2025, 2026]);
  });

  test('a year without a verified decree has exactly the fixed-date holidays', () => {
    expect(nationalHolidays(2031)).toEqual([
      { date: '2031-01-01', name: 'Tahun Baru Masehi', kind: 'libur_nasional' },
      { date: '2031-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
      { date: '2031-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
      { date: '2031-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
      { date: '2031-12-25', name: 'Hari Raya Natal', kind: 'libur_nasional' },
    ]);
    expect(() => nationalHolidays(20.5)).toThrow(/Tahun tidak valid/);
  });

  test('every listed date is a real date a calendar accepts', () => {
    for (const year of holidayYearsKnown())
      expect(defaultCalendar('WIB', nationalHolidays(year)).holidays).toHaveLength(
        nationalHolidays(year).length,
      );
  });
});

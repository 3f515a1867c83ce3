// Reading Indonesian and English date strings the way news pages write them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndonesianDate, parseMachineDate } from './parse.ts';

const table = JSON.parse(readFileSync(new URL('./testdata/date-strings.json', import.meta.url), 'utf8')) as {
  now: string;
  cases: [string, string | null][];
};

describe('parseIndonesianDate', () => {
  const now = new Date(table.now);
  it.each(table.cases)('reads %j', (text, expected) => {
    expect(parseIndonesianDate(text, { now })).toBe(expected);
  });

  it('uses the workspace zone for times written without one', () => {
    expect(parseIndonesianDate('Kamis, 27 Februari 2025 - 21:47', { timeZone: 'WITA' })).toBe(
      '2025-02-27T21:47:00+08:00',
    );
    expect(parseIndonesianDate('Kamis, 27 Februari 2025 - 21:47', { timeZone: 'WIT' })).toBe(
      '2025-02-27T21:47:00+09:00',
    );
  });

  it('reads relative dates against the given time in the workspace zone', () => {
    const late = new Date('2025-03-04T17:30:00Z'); // 00:30 WIB on 5 March, an hour earlier was still the 4th
    expect(parseIndonesianDate('1 jam yang lalu', { now: late })).toBe('2025-03-04T23:30:00+07:00');
    expect(parseIndonesianDate('1 jam yang lalu', { now: late, timeZone: 'WITA' })).toBe(
      '2025-03-05T00:30:00+08:00',
    );
  });
});

const world = JSON.parse(
  readFileSync(new URL('./testdata/world-date-strings.json', import.meta.url), 'utf8'),
) as {
  now: string;
  cases: [string, string][];
};

describe('dates written in other languages and scripts', () => {
  const now = new Date(world.now);
  it.each(world.cases)('reads %j', (text, expected) => {
    expect(parseIndonesianDate(text, { now })).toBe(expected);
  });
});

describe('numeric day and month order', () => {
  it('reads ambiguous dates day first unless the page writes month first', () => {
    expect(parseIndonesianDate('03/04/2025')).toBe('2025-04-03T00:00:00+07:00');
    expect(parseIndonesianDate('03/04/2025', { monthFirst: true })).toBe('2025-03-04T00:00:00+07:00');
    expect(parseIndonesianDate('03/04/2025', { monthFirst: () => true })).toBe('2025-03-04T00:00:00+07:00');
  });
  it('reads unambiguous dates the only way they can be read', () => {
    expect(parseIndonesianDate('03/25/2025 8:15 PM')).toBe('2025-03-25T20:15:00+07:00');
    expect(parseIndonesianDate('25/03/2025', { monthFirst: true })).toBe('2025-03-25T00:00:00+07:00');
  });
});

describe('parseMachineDate', () => {
  it('reads seconds written without their leading zero', () => {
    expect(parseMachineDate('2020-12-05T23:15:0Z')).toBe('2020-12-05T23:15:00+00:00');
  });
  it('keeps the offset a page wrote', () => {
    expect(parseMachineDate('2025-03-03T14:05:00+0700')).toBe('2025-03-03T14:05:00+07:00');
    expect(parseMachineDate('2025-03-03T07:05:00.000Z')).toBe('2025-03-03T07:05:00+00:00');
  });
  it('reads RFC 2822, bare dates and epoch seconds', () => {
    expect(parseMachineDate('Mon, 03 Mar 2025 14:05:00 +0700')).toBe('2025-03-03T14:05:00+07:00');
    expect(parseMachineDate('2025-03-03')).toBe('2025-03-03T00:00:00+07:00');
    expect(parseMachineDate('1740985500')).toBe('2025-03-03T07:05:00+00:00');
  });
  it('returns null for values that are not dates', () => {
    expect(parseMachineDate('kemarin sore')).toBeNull();
    expect(parseMachineDate('')).toBeNull();
  });
});

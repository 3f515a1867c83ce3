import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatPeriod,
  formatShortDay,
  formatTimeRange,
  isoInZone,
} from './time.ts';

describe('times as people read them', () => {
  it('writes a 09:00 WIB article as 09:00 WIB, not 02:00', () => {
    expect(formatDateTime('2026-12-05T02:00:00.000Z', 'WIB')).toBe('5 Des 2026 09:00 WIB');
    expect(formatDateTime('2026-12-05T02:00:00.000Z', 'WITA')).toBe('5 Des 2026 10:00 WITA');
    expect(formatDateTime('2026-12-05T02:00:00.000Z', 'WIT')).toBe('5 Des 2026 11:00 WIT');
  });

  it('accepts IANA names, naming the Indonesian ones by their zone', () => {
    expect(formatDateTime('2026-12-05T02:00:00Z', 'Asia/Makassar')).toBe('5 Des 2026 10:00 WITA');
    expect(formatDateTime('2026-12-05T02:00:00Z', 'Asia/Pontianak')).toBe('5 Des 2026 09:00 WIB');
    expect(formatDateTime('2026-12-05T02:00:00Z', 'Asia/Kolkata')).toBe('5 Des 2026 07:30 UTC+05:30');
  });

  it('puts a late-evening UTC time on the next day in the workspace', () => {
    expect(formatDate('2026-03-31T18:30:00Z', 'WIB')).toBe('1 Apr 2026');
    expect(formatDate(null, 'WIB')).toBe('-');
    expect(formatDateTime('bukan tanggal', 'WIB')).toBe('-');
  });

  it('writes a range on one day once, and both days across midnight', () => {
    expect(formatTimeRange('2025-03-19T00:00:00Z', '2025-03-19T03:00:00Z', 'WIB')).toBe(
      '19 Mar 2025 07:00–10:00 WIB',
    );
    expect(formatTimeRange('2025-03-19T15:00:00Z', '2025-03-19T18:00:00Z', 'WIB')).toBe(
      '19 Mar 2025 22:00 WIB – 20 Mar 2025 01:00 WIB',
    );
  });

  it('gives machines ISO-8601 with the offset of the zone', () => {
    expect(isoInZone('2026-12-05T02:00:00.000Z', 'WIB')).toBe('2026-12-05T09:00:00+07:00');
    expect(isoInZone('2026-12-05T02:00:00.000Z', 'WIT')).toBe('2026-12-05T11:00:00+09:00');
    expect(isoInZone(null, 'WIB')).toBeNull();
  });

  it('refuses an unknown zone with a clear message', () => {
    expect(() => formatDateTime('2026-12-05T02:00:00Z', 'Mars/Olympus')).toThrow(/Zona waktu tidak dikenal/);
  });
});

describe('periods as letters write them', () => {
  it('names a month once when the period stays in it, and each year when it crosses one', () => {
    expect(formatPeriod('2026-12-01', '2026-12-31')).toBe('1–31 Desember 2026');
    expect(formatPeriod('2026-11-28', '2026-12-04')).toBe('28 November – 4 Desember 2026');
    expect(formatPeriod('2026-12-29', '2027-01-04')).toBe('29 Desember 2026 – 4 Januari 2027');
    expect(formatPeriod('2026-08-17', '2026-08-17')).toBe('17 Agustus 2026');
    expect(formatShortDay('2026-12-05')).toBe('5 Des');
  });
});

// The permalink shapes in which news CMSs write the publication day into the URL.
import { describe, expect, it } from 'vitest';
import { urlDate } from './url-date.ts';

describe('urlDate', () => {
  it.each([
    [
      'https://regional.kompas.example/read/2026/12/07/14050091/banjir-rob',
      { year: 2026, month: 12, day: 7 },
    ],
    ['https://berita.example.id/2026/12/7/pelantikan-kades/', { year: 2026, month: 12, day: 7 }],
    ['https://koran.example.com/news/20261207/pasar-murah', { year: 2026, month: 12, day: 7 }],
    ['https://warta.example.id/daerah/2026-12-07-jalan-rusak', { year: 2026, month: 12, day: 7 }],
    ['https://kabar.example.com/arsip/berita_2026_12_07_093000.html', { year: 2026, month: 12, day: 7 }],
    ['https://www.guardian.example/world/2026/dec/07/floods', { year: 2026, month: 12, day: 7 }],
    ['https://www.xinhua.example/english/2026-12/07/c_139581234.htm', { year: 2026, month: 12, day: 7 }],
    ['https://harian.example.com/nasional/07/12/2026/sidang-dprd/', { year: 2026, month: 12, day: 7 }],
    ['https://portal.example.go.id/berita?date=2026-12-07&id=51', { year: 2026, month: 12, day: 7 }],
  ])('reads the day in %s', (url, expected) => {
    expect(urlDate(url)).toEqual(expected);
  });

  it('reads the minute of the stamp CNN and CNBC Indonesia put in their URLs', () => {
    expect(urlDate('https://www.cnnindonesia.example/nasional/20261207140512-20-579000/judul')).toEqual({
      year: 2026,
      month: 12,
      day: 7,
      hour: 14,
      minute: 5,
    });
  });

  it('keeps only the month when the URL names no day', () => {
    expect(urlDate('https://blog.example.id/2026/12/musrenbang-kecamatan/')).toEqual({
      year: 2026,
      month: 12,
    });
  });

  it('does not read article numbers or impossible days as dates', () => {
    expect(urlDate('https://berita.example.com/read/5287123/bupati-resmikan-jembatan')).toBeNull();
    expect(urlDate('https://berita.example.com/read/20261340/judul')).toBeNull();
    expect(urlDate('https://berita.example.com/2026/judul-tanpa-bulan')).toBeNull();
    expect(urlDate(undefined)).toBeNull();
  });
});

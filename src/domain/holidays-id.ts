// Indonesia's national holidays (libur nasional) and collective leave (cuti bersama), the days SOP
// deadlines skip by default. The dates of the moving feasts are set each year by a joint decree of
// the Ministers of Religious Affairs, Manpower and PANRB ("SKB 3 Menteri"), sometimes amended during
// the year, so they are listed only for years whose decree has been checked. Any other year gets the
// fixed-date holidays alone, and holidayYearsKnown() lets the app ask the office to add the rest.
import { PantauError } from './errors.ts';

export interface NationalHoliday {
  /** 'YYYY-MM-DD', the local date wherever the office is. */
  date: string;
  name: string;
  /** Cuti bersama is leave the civil service takes together; private employers may work. */
  kind: 'libur_nasional' | 'cuti_bersama';
}

type Entry = [monthDay: string, name: string, kind?: NationalHoliday['kind']];

// The fixed-date holidays as they stand today (1 Mei since 2014, 1 Juni since 2017), the same in every
// year they apply to.
const FIXED: Entry[] = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
  ['12-25', 'Hari Raya Natal'],
];

const CUTI = 'cuti_bersama' as const;

const DECREED: Record<number, Entry[]> = {
  // SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun
  // 2024, Nomor 2 Tahun 2024, ditetapkan 14 Oktober 2024 (17 libur nasional, 10 cuti bersama; some
  // reports number it 855/3/4 Tahun 2024), as amended by Nomor 933 Tahun 2025, Nomor 1 Tahun 2025,
  // Nomor 3 Tahun 2025 of 7 Agustus 2025, which added cuti bersama on 18 Agustus for HUT ke-80 RI.
  2025: [
    ['01-27', 'Isra Mikraj Nabi Muhammad SAW'],
    ['01-28', 'Cuti Bersama Tahun Baru Imlek', CUTI],
    ['01-29', 'Tahun Baru Imlek 2576 Kongzili'],
    ['03-28', 'Cuti Bersama Hari Suci Nyepi', CUTI],
    ['03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
    ['03-31', 'Hari Raya Idulfitri 1446 Hijriah'],
    ['04-01', 'Hari Raya Idulfitri 1446 Hijriah'],
    ['04-02', 'Cuti Bersama Idulfitri 1446 Hijriah', CUTI],
    ['04-03', 'Cuti Bersama Idulfitri 1446 Hijriah', CUTI],
    ['04-04', 'Cuti Bersama Idulfitri 1446 Hijriah', CUTI],
    ['04-07', 'Cuti Bersama Idulfitri 1446 Hijriah', CUTI],
    ['04-18', 'Wafat Yesus Kristus'],
    ['04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['05-12', 'Hari Raya Waisak 2569 BE'],
    ['05-13', 'Cuti Bersama Hari Raya Waisak', CUTI],
    ['05-29', 'Kenaikan Yesus Kristus'],
    ['05-30', 'Cuti Bersama Kenaikan Yesus Kristus', CUTI],
    ['06-06', 'Hari Raya Iduladha 1446 Hijriah'],
    ['06-09', 'Cuti Bersama Iduladha 1446 Hijriah', CUTI],
    ['06-27', 'Tahun Baru Islam 1447 Hijriah'],
    ['08-18', 'Cuti Bersama Hari Kemerdekaan Republik Indonesia', CUTI],
    ['09-05', 'Maulid Nabi Muhammad SAW'],
    ['12-26', 'Cuti Bersama Hari Raya Natal', CUTI],
  ],
  // SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun
  // 2025, Nomor 5 Tahun 2025, ditetapkan 19 September 2025 (17 libur nasional, 8 cuti bersama).
  2026: [
    ['01-16', 'Isra Mikraj Nabi Muhammad SAW'],
    ['02-16', 'Cuti Bersama Tahun Baru Imlek', CUTI],
    ['02-17', 'Tahun Baru Imlek 2577 Kongzili'],
    ['03-18', 'Cuti Bersama Hari Suci Nyepi', CUTI],
    ['03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
    ['03-20', 'Cuti Bersama Idulfitri 1447 Hijriah', CUTI],
    ['03-21', 'Hari Raya Idulfitri 1447 Hijriah'],
    ['03-22', 'Hari Raya Idulfitri 1447 Hijriah'],
    ['03-23', 'Cuti Bersama Idulfitri 1447 Hijriah', CUTI],
    ['03-24', 'Cuti Bersama Idulfitri 1447 Hijriah', CUTI],
    ['04-03', 'Wafat Yesus Kristus'],
    ['04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['05-14', 'Kenaikan Yesus Kristus'],
    ['05-15', 'Cuti Bersama Kenaikan Yesus Kristus', CUTI],
    ['05-27', 'Hari Raya Iduladha 1447 Hijriah'],
    ['05-28', 'Cuti Bersama Iduladha 1447 Hijriah', CUTI],
    ['05-31', 'Hari Raya Waisak 2570 BE'],
    ['06-16', 'Tahun Baru Islam 1448 Hijriah'],
    ['08-25', 'Maulid Nabi Muhammad SAW'],
    ['12-24', 'Cuti Bersama Hari Raya Natal', CUTI],
  ],
};

/** Years whose full decree is listed; for any other year the office has to add the moving feasts. */
export function holidayYearsKnown(): number[] {
  return Object.keys(DECREED)
    .map(Number)
    .sort((a, b) => a - b);
}

/** National holidays and cuti bersama of `year`, by date; only the fixed-date ones for unknown years. */
export function nationalHolidays(year: number): NationalHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new PantauError('validation', `Tahun tidak valid: ${year} — invalid year`);
  return [...FIXED, ...(DECREED[year] ?? [])]
    .map(([monthDay, name, kind = 'libur_nasional']) => ({ date: `${year}-${monthDay}`, name, kind }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

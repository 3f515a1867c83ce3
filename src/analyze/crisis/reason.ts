// The reason for an assessment in words, Bahasa Indonesia first and English second, from counted numbers.

import type { DayType } from './types.ts';

export interface ReasonFacts {
  negative: number;
  windowHours: number;
  outlets: number;
  ratio: number;
  baseline: number;
  dayType: DayType;
}

/** "12 artikel negatif dalam 3 jam dari 7 media, 5× biasanya (rata-rata 1,4 pada jam yang sama di hari kerja)". */
export function reasonId(f: ReasonFacts): string {
  const day = f.dayType === 'weekday' ? 'hari kerja' : 'akhir pekan/hari libur';
  return (
    `${f.negative} artikel negatif dalam ${formatId(f.windowHours)} jam dari ${f.outlets} media, ` +
    `${formatRatio(f.ratio, ',')}× biasanya (rata-rata ${formatId(round1(f.baseline))} pada jam yang sama di ${day})`
  );
}

/** "12 negative articles in 3 hours from 7 outlets, 5× the usual (average 1.4 at the same hours on weekdays)". */
export function reasonEn(f: ReasonFacts): string {
  const day = f.dayType === 'weekday' ? 'weekdays' : 'weekends/holidays';
  return (
    `${plural(f.negative, 'negative article')} in ${plural(f.windowHours, 'hour')} from ${plural(f.outlets, 'outlet')}, ` +
    `${formatRatio(f.ratio, '.')}× the usual (average ${round1(f.baseline)} at the same hours on ${day})`
  );
}

/** One decimal below 10× ("2,5"), whole numbers above ("12"). */
export function formatRatio(ratio: number, decimal: ',' | '.'): string {
  const text = ratio < 10 ? String(round1(ratio)) : String(Math.round(ratio));
  return text.replace('.', decimal);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const formatId = (n: number): string => String(n).replace('.', ',');
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

// Official letters (naskah dinas) in the office's agenda book, as SOP B's records keep them: which
// way a letter went, its agenda number, and its public-information class (public-information.ts).
import type { DirectionNature } from './direction.ts';
import type { PublicClass } from './public-information.ts';

export { PUBLIC_CLASS_LABELS, PUBLIC_CLASSES, type PublicClass } from './public-information.ts';

/** Masuk: received by the office; keluar: sent by it. Each has its own series of agenda numbers. */
export const LETTER_DIRECTIONS = ['masuk', 'keluar'] as const;
export type LetterDirection = (typeof LETTER_DIRECTIONS)[number];

export const LETTER_DIRECTION_LABELS: Record<LetterDirection, string> = {
  masuk: 'Surat masuk',
  keluar: 'Surat keluar',
};

/** A secret letter is exempt information unless someone decides otherwise; the rest is on request. */
export function defaultPublicClass(nature: DirectionNature): PublicClass {
  return nature === 'rahasia' ? 'dikecualikan' : 'setiap_saat';
}

/** "M-2026/0042", "K-2026/0007": the series letter, the year of the book and the running number. */
export function agendaNumberOf(direction: LetterDirection, year: number, seq: number): string {
  return `${direction === 'masuk' ? 'M' : 'K'}-${year}/${String(seq).padStart(4, '0')}`;
}

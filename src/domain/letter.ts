// Official letters (naskah dinas) in the office's agenda book, as SOP B's records keep them: which
// way a letter went, its agenda number, and the public-information class every output carries under
// the freedom-of-information law (UU 14/2008: berkala, serta merta, setiap saat, dikecualikan).
import type { DirectionNature } from './direction.ts';

/** Masuk: received by the office; keluar: sent by it. Each has its own series of agenda numbers. */
export const LETTER_DIRECTIONS = ['masuk', 'keluar'] as const;
export type LetterDirection = (typeof LETTER_DIRECTIONS)[number];

export const LETTER_DIRECTION_LABELS: Record<LetterDirection, string> = {
  masuk: 'Surat masuk',
  keluar: 'Surat keluar',
};

export const PUBLIC_CLASSES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type PublicClass = (typeof PUBLIC_CLASSES)[number];

export const PUBLIC_CLASS_LABELS: Record<PublicClass, string> = {
  berkala: 'Wajib diumumkan secara berkala',
  serta_merta: 'Wajib diumumkan serta-merta',
  setiap_saat: 'Tersedia setiap saat (atas permintaan)',
  dikecualikan: 'Dikecualikan',
};

/** A secret letter is exempt information unless someone decides otherwise; the rest is on request. */
export function defaultPublicClass(nature: DirectionNature): PublicClass {
  return nature === 'rahasia' ? 'dikecualikan' : 'setiap_saat';
}

/** "M-2026/0042", "K-2026/0007": the series letter, the year of the book and the running number. */
export function agendaNumberOf(direction: LetterDirection, year: number, seq: number): string {
  return `${direction === 'masuk' ? 'M' : 'K'}-${year}/${String(seq).padStart(4, '0')}`;
}

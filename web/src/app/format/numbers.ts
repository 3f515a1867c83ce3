// Numbers as Indonesians write them (1.234,5), and the change between two periods.
import type { Lang } from './time.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(n: number | null | undefined, lang: Lang, digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return nf(lang, { maximumFractionDigits: digits }).format(n);
}

/** 0.256 → "25,6%" */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  return nf(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export interface Change {
  direction: 'up' | 'down' | 'same' | 'new';
  /** Relative change, e.g. 0.25 for +25%; null when the previous period had none. */
  ratio: number | null;
}

export function changeBetween(current: number, previous: number): Change {
  if (current === previous) return { direction: 'same', ratio: 0 };
  if (previous === 0) return { direction: 'new', ratio: null };
  const ratio = (current - previous) / previous;
  return { direction: ratio > 0 ? 'up' : 'down', ratio };
}

import { describe, expect, it } from 'vitest';
import { STOPWORDS } from './stopwords.ts';
import { normalizeWord, wordTokens } from './words.ts';

describe('wordTokens', () => {
  it('keeps hyphenated words, amounts and decimals whole with their offsets', () => {
    const t = 'Kasus Covid-19 sehari-hari turun; biaya e-KTP Rp1,5 juta, 1.500 warga (3,5%) pukul 14.05.';
    const tokens = wordTokens(t);
    expect(tokens.map((w) => w.text)).toEqual([
      'Kasus',
      'Covid-19',
      'sehari-hari',
      'turun',
      'biaya',
      'e-KTP',
      'Rp1,5',
      'juta',
      '1.500',
      'warga',
      '3,5',
      'pukul',
      '14.05',
    ]);
    for (const w of tokens) expect(t.slice(w.start, w.end)).toBe(w.text);
  });

  it('splits at sentence punctuation and dashes between words', () => {
    expect(wordTokens('selesai.Lalu -- warga, "pulang"').map((w) => w.text)).toEqual([
      'selesai',
      'Lalu',
      'warga',
      'pulang',
    ]);
  });
});

describe('normalizeWord', () => {
  it('maps informal spellings to standard Indonesian', () => {
    expect(['Gak', 'nggak', 'tdk', 'yg', 'dgn', 'utk', 'blm', 'sdh', 'udah'].map(normalizeWord)).toEqual([
      'tidak',
      'tidak',
      'tidak',
      'yang',
      'dengan',
      'untuk',
      'belum',
      'sudah',
      'sudah',
    ]);
    expect(normalizeWord('Jembatan')).toBe('jembatan');
  });
});

describe('STOPWORDS', () => {
  it('holds function words but not topic words', () => {
    for (const w of ['yang', 'dan', 'di', 'tidak', 'tersebut']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['banjir', 'jalan', 'bupati', 'anggaran']) expect(STOPWORDS.has(w)).toBe(false);
  });
});

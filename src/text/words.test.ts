import { describe, expect, it } from 'vitest';
import { STOPWORDS } from './stopwords.ts';
import { normalizeWord, wordTokens } from './words.ts';

describe('wordTokens', () => {
  it('finds exactly the words of the documented pattern, whatever the script, marks or emoji', () => {
    const pattern =
      /[\p{L}\p{N}\p{M}]+(?:(?:[-‐'’][\p{L}\p{N}]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]*)*/gu;
    const pieces = [
      'a',
      'Z',
      '5',
      '-',
      '‐',
      "'",
      '’',
      '.',
      ',',
      ' ',
      '\u0301',
      'é',
      '٣',
      '²',
      '𝟏',
      '😀',
      '“',
      '\n',
    ];
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const expected = [...text.matchAll(pattern)].map((m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }));
      expect(wordTokens(text)).toEqual(expected);
    }
  });

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

  it('leaves words that name members of a JavaScript object as words', () => {
    // "constructor" once came back as Object's constructor function and crashed the analysis.
    expect(
      ['constructor', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty'].map(normalizeWord),
    ).toEqual(['constructor', 'constructor', 'tostring', 'valueof', 'hasownproperty']);
  });
});

describe('STOPWORDS', () => {
  it('holds function words but not topic words', () => {
    for (const w of ['yang', 'dan', 'di', 'tidak', 'tersebut']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['banjir', 'jalan', 'bupati', 'anggaran']) expect(STOPWORDS.has(w)).toBe(false);
  });
});

// Text from crawled pages and API callers, made storable alike on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { cleanText, unstorableCharacter } from './clean.ts';

describe('cleanText', () => {
  it('drops NUL, which PostgreSQL refuses in text columns', () => {
    expect(cleanText('Jembatan\u0000 Cibeureum\u0000')).toBe('Jembatan Cibeureum');
  });

  it('replaces a lone surrogate with U+FFFD and keeps proper pairs (emoji, rare scripts)', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('a\uDC00b')).toBe('a\uFFFDb');
    expect(cleanText('akhir\uD83D')).toBe('akhir\uFFFD');
    expect(cleanText('\uDE00awal')).toBe('\uFFFDawal');
    expect(cleanText('Banjir 🌊 surut')).toBe('Banjir 🌊 surut');
    expect(cleanText('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
  });

  it('drops the other C0 control characters but keeps tab, newline and carriage return', () => {
    expect(cleanText('a\u0001b\u0008c\u000Bd\u000Ce\u001Ff\u001Bg')).toBe('abcdefg');
    expect(cleanText('paragraf satu\r\n\r\n\tparagraf dua\n')).toBe('paragraf satu\r\n\r\n\tparagraf dua\n');
  });

  it('leaves ordinary Indonesian text as it is', () => {
    const text = 'Wali Kota Sukamaju — “meresmikan” jembatan senilai Rp1,2 miliar (±12%).';
    expect(cleanText(text)).toBe(text);
  });
});

describe('unstorableCharacter', () => {
  it('names the first NUL or lone surrogate, and nothing in clean text', () => {
    expect(unstorableCharacter('rina\u0000@contoh.id')).toBe('NUL');
    expect(unstorableCharacter('judul \uD800')).toBe('surrogate');
    expect(unstorableCharacter('Banjir 🌊 surut\t\n')).toBeNull();
    expect(unstorableCharacter('tab\u0001')).toBeNull();
  });
});

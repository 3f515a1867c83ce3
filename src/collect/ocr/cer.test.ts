import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance, locateApproximately, normaliseForCer } from './cer.ts';

describe('editDistance', () => {
  it('counts the edits a person makes', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('Sukamaju', 'Sukamaju')).toBe(0);
    // One OCR confusion: l read as 1.
    expect(editDistance('Kelurahan', 'Ke1urahan')).toBe(1);
  });

  it('counts a character outside the BMP once', () => {
    expect(editDistance('a😀b', 'ab')).toBe(1);
  });
});

describe('characterErrorRate', () => {
  it('ignores how lines and paragraphs were broken', () => {
    expect(characterErrorRate('Pasar Rakyat\n\nCibening  dibuka', 'Pasar Rakyat Cibening\ndibuka')).toBe(0);
  });

  it('ignores the shape of quotes and dashes', () => {
    expect(
      characterErrorRate('"Kami siap," kata Ratna - Wali Kota', '“Kami siap,” kata Ratna – Wali Kota'),
    ).toBe(0);
  });

  it('is edits per character of the reference', () => {
    // 2 edits ("0" for "O", a missing "a") over 20 characters.
    expect(characterErrorRate('Dinas Kesehatan Kota', 'Dinas Kesehtan K0ta')).toBeCloseTo(2 / 20, 10);
    expect(characterErrorRate('', '')).toBe(0);
    expect(characterErrorRate('', 'sampah')).toBe(1);
  });

  it('counts text in the wrong order as errors', () => {
    const reference = 'kolom pertama berisi berita utama. kolom kedua melanjutkan berita itu.';
    const swapped = 'kolom kedua melanjutkan berita itu. kolom pertama berisi berita utama.';
    expect(characterErrorRate(reference, swapped)).toBeGreaterThan(0.3);
  });
});

describe('normaliseForCer', () => {
  it('collapses whitespace and trims', () => {
    expect(normaliseForCer('  DBD\tMeningkat \n\n Dinkes ')).toBe('DBD Meningkat Dinkes');
  });
});

describe('locateApproximately', () => {
  it('finds a paragraph opening despite OCR errors', () => {
    const haystack =
      'Judul berita. SUKAMAJU - Pemerintah Kota Sukamaiu menargetkan perbaikan jalan. Paragraf lain.';
    const found = locateApproximately('Pemerintah Kota Sukamaju menargetkan', haystack);
    expect(found.distance).toBe(1);
    expect(normaliseForCer(haystack).slice(0, found.end)).toMatch(/menargetkan$/);
  });

  it('reports a large distance when the text is not there', () => {
    const found = locateApproximately(
      'Persisuk melaju ke delapan besar',
      'Banjir rendam rumah warga di bantaran',
    );
    expect(found.distance).toBeGreaterThan(10);
  });
});

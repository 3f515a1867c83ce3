// Key phrases a reader would pick for realistic Sukamaju stories.
import { describe, expect, it } from 'vitest';
import { stem } from '../../text/stemmer.ts';
import { STOPWORDS } from '../../text/stopwords.ts';
import { extractKeyphrases } from './index.ts';
import { CORRUPTION_CASE, FLOOD_MARCH, ROAD_REPAIR, SOCIAL_AID } from './news-fixtures.ts';

const phrases = (input: { title?: string; text: string }, max = 8) =>
  extractKeyphrases(input, { max }).map((k) => k.phrase);

describe('extractKeyphrases', () => {
  it('names what the story is about first', () => {
    expect(phrases(ROAD_REPAIR)[0]).toBe('perbaikan jalan');
    expect(phrases(SOCIAL_AID)[0]).toBe('bantuan sosial');
    expect(phrases(CORRUPTION_CASE[4])).toContain('dana hibah');
  });

  it('keeps names of places and agencies with their capitals', () => {
    expect(phrases(SOCIAL_AID)).toContain('Pasar Cibeureum');
    expect(phrases(FLOOD_MARCH)).toEqual(
      expect.arrayContaining(['Kecamatan Cibeureum', 'Sungai Cikapundung']),
    );
    expect(phrases(ROAD_REPAIR)).toContain('Dinas PUPR');
  });

  it('writes a common noun seen only at a sentence start in lower case', () => {
    expect(phrases(FLOOD_MARCH)).toContain('banjir');
    expect(phrases(FLOOD_MARCH)).not.toContain('Banjir');
  });

  it('never starts or ends a phrase with a function word, and skips the dateline', () => {
    for (const article of [FLOOD_MARCH, ROAD_REPAIR, SOCIAL_AID, ...CORRUPTION_CASE]) {
      for (const p of phrases(article, 10)) {
        const words = p.toLowerCase().split(' ');
        expect(words.length).toBeLessThanOrEqual(4);
        expect(STOPWORDS.has(words[0]), p).toBe(false);
        expect(STOPWORDS.has(words[words.length - 1]), p).toBe(false);
      }
    }
    expect(phrases(SOCIAL_AID, 10)).not.toContain('PANTAU');
    expect(phrases(FLOOD_MARCH, 10)).not.toContain('KABAR');
  });

  it('gives one phrase per stem sequence, best first, scores from 1 down', () => {
    const text =
      'Pemkot memperbaiki jalan di Desa Mekarsari. Perbaikan jalan itu dikerjakan warga. Warga menilai perbaikan jalan berjalan cepat, sedangkan jalan desa lain belum diperbaiki.';
    const result = extractKeyphrases({ text });
    const keys = result.map((k) => k.phrase.toLowerCase().split(' ').map(stem).join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(result[0]).toEqual({ phrase: 'perbaikan jalan', score: 1 });
    for (let i = 1; i < result.length; i++) expect(result[i].score).toBeLessThanOrEqual(result[i - 1].score);
  });

  it('honours max and copes with empty text', () => {
    expect(extractKeyphrases(FLOOD_MARCH, { max: 3 })).toHaveLength(3);
    expect(extractKeyphrases({ text: '' })).toEqual([]);
    expect(extractKeyphrases({ title: 'Banjir', text: '   ' })).toEqual([]);
  });
});

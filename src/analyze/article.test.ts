import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './article.ts';
import { extractKeyphrases } from './keyphrases/index.ts';
import { ALL_FIXTURES } from './keyphrases/news-fixtures.ts';
import { matchQuery, parseSubjectQuery } from './query/index.ts';
import { summarize } from './summary/index.ts';
import { analyzeTone } from './tone/index.ts';
import { toneTowardSubject } from './tone/target/index.ts';

describe('analyzeArticle', () => {
  // The article is read once and shared between the parts; each part alone must say the same.
  it('agrees with tone, subject tone, key phrases and summary computed on their own', () => {
    const subjects = [{ query: 'warga OR banjir' }, { query: '"wali kota" OR bupati' }];
    for (const { title, text } of ALL_FIXTURES) {
      const result = analyzeArticle({ title, text }, { subjects });
      expect(result.tone).toEqual(analyzeTone({ title, text }));
      expect(result.keyphrases).toEqual(extractKeyphrases({ title, text }).map((k) => k.phrase));
      expect(result.summary).toBe(summarize({ title, text }));
      subjects.forEach(({ query }, i) => {
        const match = matchQuery(parseSubjectQuery(query), { title, text });
        const inText = match.highlights.filter((h) => h.field === 'text');
        expect(result.subjects[i].matched).toBe(match.matched);
        if (match.matched && inText.length > 0) {
          expect(result.subjects[i].tone).toEqual(toneTowardSubject({ title, text }, inText));
        }
      });
    }
  });
});

describe('analyzeArticle on any words', () => {
  // Word look-ups once went through plain objects, where "constructor" found Object's own function
  // and the analysis of an article holding that word crashed.
  it('analyses an article whose words name members of a JavaScript object', () => {
    const text =
      'Kontraktor itu disebut constructor oleh warga. "Hasilnya buruk, toString dan valueOf tidak jelas," kata warga, Selasa.';
    const result = analyzeArticle({ title: 'Constructor proyek jalan dikritik', text });
    expect(result.tone.label).toBe('negative');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['warga']);
  });
});

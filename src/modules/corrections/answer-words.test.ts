// The words analysts type for an entity type or a subject answer: Indonesian and English are read,
// anything else is refused with a message, including words that name members of a JavaScript object.
import { describe, expect, it } from 'vitest';
import { parseEntityType } from './analysis-corrections.service.ts';
import { parseSubjectMatch } from './corrections.service.ts';

describe('answer words', () => {
  it('reads the entity types analysts type', () => {
    expect(['PER', 'orang', ' Lembaga ', 'tempat'].map(parseEntityType)).toEqual([
      'PER',
      'PER',
      'ORG',
      'LOC',
    ]);
  });

  it('refuses other words as an entity type, "constructor" too', () => {
    for (const word of ['hewan', 'constructor', 'toString', '__proto__'])
      expect(() => parseEntityType(word)).toThrow(/Jenis entitas harus PER, ORG atau LOC/);
  });

  it('reads ya/tidak and refuses other words as a subject answer', () => {
    expect(['ya', 'Tidak', 'yes', 'no'].map((w) => parseSubjectMatch(w))).toEqual([true, false, true, false]);
    for (const word of ['mungkin', 'constructor', 'valueOf'])
      expect(() => parseSubjectMatch(word)).toThrow(/Kecocokan subjek harus ya atau tidak/);
  });
});

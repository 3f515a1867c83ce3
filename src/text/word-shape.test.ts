import { describe, expect, it } from 'vitest';
import { hasNumber, isAcronym, startsUpper } from './word-shape.ts';

describe('word shape', () => {
  it('sees capitals outside ASCII, as names in regional news have them', () => {
    expect(startsUpper('Sukamaju')).toBe(true);
    expect(startsUpper('Élysée')).toBe(true);
    expect(startsUpper('İstanbul')).toBe(true);
    expect(startsUpper('warga')).toBe(false);
    expect(startsUpper('éclair')).toBe(false);
    expect(startsUpper('')).toBe(false);
  });

  it('counts any numeral as a number, not only ASCII digits', () => {
    expect(hasNumber('covid-19')).toBe(true);
    expect(hasNumber('km²')).toBe(true);
    expect(hasNumber('٣')).toBe(true);
    expect(hasNumber('anggaran')).toBe(false);
    expect(hasNumber('kafé')).toBe(false);
  });

  it('tells acronyms from capitalised words', () => {
    expect(isAcronym('DPRD')).toBe(true);
    expect(isAcronym('COVID-19')).toBe(true);
    expect(isAcronym('Dprd')).toBe(false);
    expect(isAcronym('A')).toBe(false);
    expect(isAcronym('dprd')).toBe(false);
  });
});

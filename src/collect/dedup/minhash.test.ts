import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from './hash.ts';
import {
  estimateSimilarity,
  explainDuplicate,
  lshKeys,
  NEAR_DUPLICATE_THRESHOLD,
  SIGNATURE_LENGTH,
  textSignature,
} from './minhash.ts';

const text = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const original = text('antara-original.txt');
const rewrapped = text('syndicated-rewrapped.txt');
const trimmed = text('syndicated-trimmed.txt');
const budget = text('other-flood-same-city.txt');
const dike = text('second-flood-same-city.txt');

const sharesBand = (a: string, b: string) => {
  const keys = new Set(lshKeys(textSignature(a)));
  return lshKeys(textSignature(b)).some((k) => keys.has(k));
};

describe('near-duplicate detection', () => {
  it('groups syndicated copies: new dateline, "Baca juga", footer, editor’s note, trimmed ending', () => {
    for (const copy of [rewrapped, trimmed]) {
      expect(sharesBand(original, copy)).toBe(true);
      expect(estimateSimilarity(textSignature(original), textSignature(copy))).toBeGreaterThan(
        NEAR_DUPLICATE_THRESHOLD,
      );
      expect(explainDuplicate(original, copy).similarity).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    }
    expect(explainDuplicate(rewrapped, trimmed).similarity).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('does not group two different flood stories in the same city', () => {
    for (const [a, b] of [
      [original, budget],
      [original, dike],
      [budget, dike],
      [trimmed, dike],
    ]) {
      expect(sharesBand(a, b)).toBe(false);
      expect(estimateSimilarity(textSignature(a), textSignature(b))).toBeLessThan(0.1);
      expect(explainDuplicate(a, b).similarity).toBeLessThan(0.1);
    }
  });

  it('explains the grouping with the longest shared passage, as written, trimmed', () => {
    const { sharedPassage } = explainDuplicate(original, rewrapped);
    expect(sharedPassage.length).toBeLessThanOrEqual(301);
    expect(sharedPassage.endsWith('…')).toBe(true);
    expect(original.replace(/\s+/g, ' ')).toContain(sharedPassage.slice(0, -1));
  });

  it('is deterministic and serialisable', () => {
    const signature = textSignature(original);
    expect(signature).toHaveLength(SIGNATURE_LENGTH);
    expect(JSON.parse(JSON.stringify(signature))).toEqual(textSignature(original));
    expect(lshKeys(signature)).toEqual(lshKeys(textSignature(original)));
    expect(signature.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it('treats short and empty texts sanely', () => {
    expect(textSignature('')).toEqual([]);
    expect(textSignature(' … !! ')).toEqual([]);
    expect(lshKeys([])).toEqual([]);
    expect(estimateSimilarity([], [])).toBe(0);
    expect(explainDuplicate('', '')).toEqual({ similarity: 0, sharedPassage: '' });
    expect(estimateSimilarity(textSignature('Banjir Serang'), textSignature('banjir, serang!'))).toBe(1);
    expect(explainDuplicate('Banjir di Serang', 'Kebakaran di Serang').similarity).toBe(0);
    expect(explainDuplicate('Baca juga', 'Baca juga').sharedPassage).toBe('Baca juga');
  });
});

describe('contentHash', () => {
  it('ignores case, spacing and punctuation but not words', () => {
    expect(contentHash('Banjir  merendam, Serang!')).toBe(contentHash('banjir merendam serang'));
    expect(contentHash('Banjir merendam Serang')).not.toBe(contentHash('Banjir merendam Lebak'));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

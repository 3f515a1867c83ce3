// Word shingles of an article text: the unit both the MinHash signature and the exact explanation use.
import { normalizeForHash } from './hash.ts';

/** Words per shingle; see minhash.ts for why four. */
export const SHINGLE_SIZE = 4;

export function words(text: string): string[] {
  const normalised = normalizeForHash(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * Distinct shingles of consecutive words. A text shorter than one shingle is one shingle of all its
 * words, so two identical short texts still match and two different ones don't.
 */
export function shingleSet(tokens: string[], size = SHINGLE_SIZE): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** 32-bit FNV-1a of a word, then shingles combined from word hashes: no strings built on the hot path. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingleHashes(tokens: string[], size = SHINGLE_SIZE): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const hashes = tokens.map(wordHash);
  const count = tokens.length < size ? 1 : tokens.length - size + 1;
  const width = Math.min(size, tokens.length);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < width; j++) h = mix(h ^ hashes[i + j]);
    out[i] = h;
  }
  return out;
}

/** murmur3 finaliser: a cheap, well-spread 32-bit mix. */
export function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

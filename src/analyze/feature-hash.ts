// Feature hashing shared by the trained models: a feature is its kind and its text hashed straight
// into a fixed number of buckets, so a model needs no vocabulary and no string is built per
// feature (the tone model and the entity tagger both read every word of every article).

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over `text[from, to)`, continuing from `seed`. */
export function hashRange(seed: number, text: string, from = 0, to = text.length): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** The seed for a kind of feature ("w" word, "s" stem, "c" character n-gram, …). */
export function kindSeed(kind: string): number {
  return hashRange(OFFSET, `${kind}\u0001`);
}

/** One more separator into a running hash, so "ab"+"c" and "a"+"bc" differ. */
export function joinHash(h: number): number {
  return Math.imul(h ^ 0x1f, PRIME) >>> 0;
}

/** The bucket of a hash among 2^bits; the high bits are folded in, FNV's low bits alone spread short strings poorly. */
export function bucketOf(h: number, bits: number): number {
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

// Feature hashing: a feature is its kind and its text hashed straight into a fixed number of
// buckets, so the model needs no vocabulary, reads words it never saw in training (their character
// n-grams still count) and hashes without building a string per feature.

export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
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

export function bucket(h: number): number {
  // Fold the high bits in: FNV's low bits alone spread short strings poorly.
  return (h ^ (h >>> BUCKET_BITS)) & MASK;
}

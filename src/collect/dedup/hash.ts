// Exact-duplicate fingerprint of an article text, blind to case, spacing and punctuation.
import { createHash } from 'node:crypto';

export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** SHA-256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

// The tone model's buckets: its features hashed (src/analyze/feature-hash.ts) into 2^18 buckets.
import { bucketOf } from '../../feature-hash.ts';

export { hashRange, joinHash, kindSeed } from '../../feature-hash.ts';

export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;

export function bucket(h: number): number {
  return bucketOf(h, BUCKET_BITS);
}

// The tone model on disk, in the trained models' common form (src/analyze/scaled-weights.ts).
import { decodeScaled, encodeScaled } from '../../scaled-weights.ts';
import { BUCKETS } from './hash.ts';
import { CLASSES, type ToneWeights } from './softmax.ts';

const MAGIC = 'PNTTONE1';

export function encodeWeights(model: ToneWeights): Uint8Array {
  return encodeScaled(MAGIC, BUCKETS, [model.weights]);
}

export function decodeWeights(file: Uint8Array): ToneWeights {
  const weights = decodeScaled(
    file,
    { magic: MAGIC, shape: BUCKETS, count: BUCKETS * CLASSES },
    {
      unknown: 'Berkas model nada tidak dikenal',
      mismatch: 'Berkas model nada tidak cocok dengan versi Pantau ini',
    },
  );
  return { weights };
}

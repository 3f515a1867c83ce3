// The entity tagger on disk, in the trained models' common form (src/analyze/scaled-weights.ts): its
// hashed feature weights, then the transitions. The averaged perceptron's weights are rounded to
// thousandths in training, which 16 bits keep.
import { decodeScaled, encodeScaled } from '../../scaled-weights.ts';
import { TAGGER_BUCKET_BITS, TAGGER_BUCKETS } from './features.ts';
import { TAGS, type TaggerWeights } from './perceptron.ts';

const MAGIC = 'PNTNER02';
const N = TAGS.length;

export function encodeTagger(model: TaggerWeights): Uint8Array {
  return encodeScaled(MAGIC, TAGGER_BUCKET_BITS, [model.weights, model.transitions]);
}

export function decodeTagger(file: Uint8Array): TaggerWeights {
  const all = decodeScaled(
    file,
    { magic: MAGIC, shape: TAGGER_BUCKET_BITS, count: TAGGER_BUCKETS * N + (N + 1) * N },
    {
      unknown: 'Berkas model entitas tidak dikenal',
      mismatch: 'Berkas model entitas tidak cocok dengan versi Pantau ini',
    },
  );
  return { weights: all.subarray(0, TAGGER_BUCKETS * N), transitions: all.subarray(TAGGER_BUCKETS * N) };
}

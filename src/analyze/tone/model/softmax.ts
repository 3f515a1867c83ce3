// A three-class logistic regression (softmax) over hashed sentence features, and its trainer:
// AdaGrad with L2, passes over the examples in a seeded shuffled order, so the same data always
// gives the same weights. Written here because it is forty lines and the libraries that offer it
// bring a tensor runtime ten thousand times that size.
import { seededShuffler } from '../../seeded-order.ts';
import { TONE_LABELS } from '../metrics.ts';
import { BUCKETS } from './hash.ts';

export const CLASSES = TONE_LABELS.length;

/** Weights laid out bucket by bucket, CLASSES per bucket, in TONE_LABELS order. */
export interface ToneWeights {
  weights: Float32Array;
}

export interface SparseFeatures {
  buckets: readonly number[];
  values: readonly number[];
}

export interface TrainingRow {
  features: SparseFeatures;
  /** Index into TONE_LABELS. */
  label: number;
  /** How much this example counts (to balance domains and classes). */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, rate: 0.1, l2: 1e-6, seed: 20261206 };

export function emptyWeights(): ToneWeights {
  return { weights: new Float32Array(BUCKETS * CLASSES) };
}

export function logits(model: ToneWeights, f: SparseFeatures): number[] {
  const z = [0, 0, 0];
  const w = model.weights;
  for (let i = 0; i < f.buckets.length; i++) {
    const at = f.buckets[i] * CLASSES;
    const v = f.values[i];
    z[0] += w[at] * v;
    z[1] += w[at + 1] * v;
    z[2] += w[at + 2] * v;
  }
  return z;
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

export function trainSoftmax(
  rows: readonly TrainingRow[],
  options: TrainingOptions = DEFAULT_TRAINING,
): ToneWeights {
  const model = emptyWeights();
  const w = model.weights;
  const squares = new Float32Array(w.length);
  const shuffle = seededShuffler(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order);
    for (const r of order) {
      const row = rows[r];
      const p = softmax(logits(model, row.features));
      const { buckets, values } = row.features;
      for (let c = 0; c < CLASSES; c++) {
        const g = (p[c] - (c === row.label ? 1 : 0)) * row.weight;
        for (let k = 0; k < buckets.length; k++) {
          const at = buckets[k] * CLASSES + c;
          const grad = g * values[k] + options.l2 * w[at];
          squares[at] += grad * grad;
          w[at] -= (options.rate * grad) / Math.sqrt(squares[at] + 1e-8);
        }
      }
    }
  }
  return model;
}

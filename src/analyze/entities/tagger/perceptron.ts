// A first-order structured perceptron over BIO tags, with averaged weights: the classic tagger of
// Collins (2002), small and fast enough to run on every article on one core. Written here because
// no maintained JavaScript library trains a sequence tagger: the ones on npm are unmaintained
// ports with no training, or need native builds. Decoding is Viterbi, so an I- tag only follows
// a B- or I- of its own type.
//
// Features are hashed into buckets (tagger/features.ts), so weights are one dense array and no
// string is built or looked up per feature: the tagger reads every word of every article.

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
const N = TAGS.length; // 7: decode() sums the seven tags' weights by hand

/** Whether tag `to` may follow `from`: I-X only after B-X or I-X. */
function follows(from: number, to: number): boolean {
  const t = TAGS[to] as Tag;
  if (!t.startsWith('I-')) return true;
  const f = TAGS[from] as Tag;
  return f !== 'O' && f.slice(2) === t.slice(2);
}
/** follows() for every pair, worked out once: decoding asks it for every word of every article. */
const ALLOWED = Uint8Array.from({ length: N * N }, (_, i) => (follows(Math.floor(i / N), i % N) ? 1 : 0));
const ALLOWED_FROM_START = TAGS.map((t) => !t.startsWith('I-'));

export interface TaggerWeights {
  /** weights[bucket * N + tag]: per hashed feature (tagger/features.ts), one weight per tag in TAGS order. */
  weights: Float32Array;
  /** transitions[from * N + to]; row N is the start of the sequence. */
  transitions: Float32Array;
}

/**
 * The best tag sequence for a sentence's words, given as their feature buckets: `perWord` buckets
 * for each word, one after the other. `afterO` decodes a stretch that follows a word known to be
 * outside any name rather than the sentence's start.
 */
export function decode(model: TaggerWeights, buckets: Int32Array, perWord: number, afterO = false): number[] {
  const n = buckets.length / perWord;
  if (n === 0) return [];
  const weights = model.weights;
  const score = new Float64Array(n * N);
  for (let i = 0; i < n; i++) {
    // Seven sums kept in locals: this loop reads every feature of every word of every article.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    for (let f = i * perWord; f < (i + 1) * perWord; f++) {
      const at = (buckets[f] as number) * N;
      s0 += weights[at] as number;
      s1 += weights[at + 1] as number;
      s2 += weights[at + 2] as number;
      s3 += weights[at + 3] as number;
      s4 += weights[at + 4] as number;
      s5 += weights[at + 5] as number;
      s6 += weights[at + 6] as number;
    }
    const o = i * N;
    score[o] = s0;
    score[o + 1] = s1;
    score[o + 2] = s2;
    score[o + 3] = s3;
    score[o + 4] = s4;
    score[o + 5] = s5;
    score[o + 6] = s6;
  }
  const best = new Float64Array(n * N);
  const back = new Int8Array(n * N);
  for (let k = 0; k < N; k++)
    best[k] = ALLOWED_FROM_START[k]
      ? (score[k] as number) + (model.transitions[(afterO ? 0 : N) * N + k] as number)
      : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < N; k++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let j = 0; j < N; j++) {
        if (ALLOWED[j * N + k] === 0) continue;
        const s = (best[(i - 1) * N + j] as number) + (model.transitions[j * N + k] as number);
        if (s > top) {
          top = s;
          arg = j;
        }
      }
      best[i * N + k] = top + (score[i * N + k] as number);
      back[i * N + k] = arg;
    }
  }
  let last = 0;
  for (let k = 1; k < N; k++)
    if ((best[(n - 1) * N + k] as number) > (best[(n - 1) * N + last] as number)) last = k;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * N + (tags[i] as number)] as number;
  return tags;
}

/**
 * Training by the averaged perceptron: after each sentence the weights move toward the gold tags
 * and away from the predicted ones; the average over all steps is what ships, which generalises
 * far better than the last weights. The transitions are kept as a few more weights after the
 * features' so one lazy average serves both.
 */
export class PerceptronTrainer {
  readonly #all: Float32Array;
  readonly weights: TaggerWeights;
  // Running sums for the average, kept lazily: total += w * (steps since last change).
  readonly #totals: Float64Array;
  readonly #stamps: Float64Array;
  readonly #transitionsAt: number;
  #step = 0;

  constructor(buckets: number) {
    this.#transitionsAt = buckets * N;
    this.#all = new Float32Array(this.#transitionsAt + (N + 1) * N);
    this.weights = {
      weights: this.#all.subarray(0, this.#transitionsAt),
      transitions: this.#all.subarray(this.#transitionsAt),
    };
    this.#totals = new Float64Array(this.#all.length);
    this.#stamps = new Float64Array(this.#all.length);
  }

  train(buckets: Int32Array, perWord: number, gold: readonly number[]): void {
    this.#step++;
    const guess = decode(this.weights, buckets, perWord);
    for (let i = 0; i < guess.length; i++) {
      const g = gold[i] as number;
      const p = guess[i] as number;
      if (g !== p)
        for (let f = i * perWord; f < (i + 1) * perWord; f++) {
          const b = buckets[f] as number;
          this.#bump(b * N + g, 1);
          this.#bump(b * N + p, -1);
        }
      const gPrev = i === 0 ? N : (gold[i - 1] as number);
      const pPrev = i === 0 ? N : (guess[i - 1] as number);
      if (g !== p || gPrev !== pPrev) {
        this.#bump(this.#transitionsAt + gPrev * N + g, 1);
        this.#bump(this.#transitionsAt + pPrev * N + p, -1);
      }
    }
  }

  #bump(index: number, delta: number): void {
    const w = this.#all;
    this.#totals[index] =
      (this.#totals[index] as number) + (this.#step - (this.#stamps[index] as number)) * (w[index] as number);
    this.#stamps[index] = this.#step;
    w[index] = (w[index] as number) + delta;
  }

  /** The averaged weights, rounded to `precision`. */
  averaged(precision = 1000): TaggerWeights {
    const steps = Math.max(1, this.#step);
    const all = new Float32Array(this.#all.length);
    for (let i = 0; i < all.length; i++) {
      const sum =
        (this.#totals[i] as number) + (this.#step - (this.#stamps[i] as number)) * (this.#all[i] as number);
      all[i] = Math.round((sum / steps) * precision) / precision;
    }
    return { weights: all.subarray(0, this.#transitionsAt), transitions: all.subarray(this.#transitionsAt) };
  }
}

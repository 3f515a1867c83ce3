// What the tone model sees in one sentence: each word (as written in lower case, its stem, its
// character n-grams, whether a negator governs it), each pair of neighbouring stems, and each of
// the lexicon's hits (polarity and rule, valued by the hit's weight). Every feature keeps the token
// range it came from, so a prediction can be explained and weighed clause by clause.
//
// Training lists the features (`sentenceFeatures`); the product adds their weights up directly
// (`sentenceContributions`), with a word's own features summed once per model and reused, since
// news repeats its vocabulary and the n-grams are most of the work.
import { NEGATORS, WEAKENING_NEGATOR } from '../cues.ts';
import type { ToneHit } from '../sentence-score.ts';
import type { ToneToken } from '../tone-tokens.ts';
import { bucket, hashRange, joinHash, kindSeed } from './hash.ts';
import { CLASSES, type ToneWeights } from './softmax.ts';

export interface SentenceFeatures {
  buckets: number[];
  values: number[];
  /** Token range [first, last] each feature comes from; -1 for the bias. */
  first: number[];
  last: number[];
  /** Which lexicon hit a feature comes from, or -1 for word features. */
  hit: number[];
}

const WORD = kindSeed('w');
const STEM = kindSeed('s');
const NEGATED = kindSeed('n');
const PAIR = kindSeed('b');
const GRAM = kindSeed('c');
const LEXICON = kindSeed('l');
const BIAS = bucket(hashRange(kindSeed('bias'), 'bias'));
const NEGATION_WINDOW = 3;
const GRAM_SIZES = [3, 4, 5];
/** Character n-grams only from words this long: shorter words are covered by the word itself. */
const GRAM_MIN_WORD = 4;
// Values chosen by 5-fold validation on the news training sentences (0.5 / 0.1 beat 1 / 0.25 by
// 0.025 macro-F1): word features count less than the lexicon's hits, so the model follows the
// lexicon unless the training data shows it better, and each character n-gram counts little, so
// a long word does not outweigh its own word feature.
const WORD_VALUE = 0.5;
const GRAM_VALUE = 0.1;
/** Words whose summed weights are kept per model; the memo is emptied when it grows past this. */
const WORD_MEMO = 100_000;

type Emit = (bucketIndex: number, value: number) => void;

/** The features a word carries wherever it stands: the word, its stem, its character n-grams. */
function wordFeatures(lower: string, stem: string, emit: Emit): void {
  emit(bucket(hashRange(WORD, lower)), WORD_VALUE);
  if (stem !== lower) emit(bucket(hashRange(STEM, stem)), WORD_VALUE);
  if (lower.length < GRAM_MIN_WORD) return;
  const padded = `<${lower}>`;
  for (const n of GRAM_SIZES) {
    for (let k = 0; k + n <= padded.length; k++) emit(bucket(hashRange(GRAM, padded, k, k + n)), GRAM_VALUE);
  }
}

function negated(tokens: readonly ToneToken[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - NEGATION_WINDOW); j--) {
    if (tokens[j + 1].breakBefore) return false;
    const w = tokens[j].lower;
    if (NEGATORS.has(w) || w === WEAKENING_NEGATOR) return true;
  }
  return false;
}

function pairBucket(tokens: readonly ToneToken[], i: number): number {
  return bucket(hashRange(joinHash(hashRange(PAIR, tokens[i - 1].stem)), tokens[i].stem));
}

function lexiconBuckets(hit: ToneHit): [number, number] {
  const sign = hit.weight > 0 ? '+' : '-';
  return [bucket(hashRange(LEXICON, sign)), bucket(hashRange(LEXICON, `${hit.reason.rule}${sign}`))];
}

export function sentenceFeatures(tokens: readonly ToneToken[], hits: readonly ToneHit[]): SentenceFeatures {
  const out: SentenceFeatures = { buckets: [], values: [], first: [], last: [], hit: [] };
  const push = (b: number, value: number, first: number, last: number, hit: number) => {
    out.buckets.push(b);
    out.values.push(value);
    out.first.push(first);
    out.last.push(last);
    out.hit.push(hit);
  };
  push(BIAS, 1, -1, -1, -1);
  for (let i = 0; i < tokens.length; i++) {
    wordFeatures(tokens[i].lower, tokens[i].stem, (b, v) => push(b, v, i, i, -1));
    if (negated(tokens, i)) push(bucket(hashRange(NEGATED, tokens[i].stem)), WORD_VALUE, i, i, -1);
    if (i > 0 && !tokens[i].breakBefore) push(pairBucket(tokens, i), WORD_VALUE, i - 1, i, -1);
  }
  hits.forEach((hit, h) => {
    for (const b of lexiconBuckets(hit)) push(b, Math.abs(hit.weight), hit.first, hit.last, h);
  });
  return out;
}

/** The logits a sentence's features add, by where they come from (CLASSES numbers each). */
export interface SentenceContributions {
  bias: Float64Array;
  /** Per token; a pair's weight is split between its two words. */
  tokens: Float64Array;
  /** Per lexicon hit. */
  hits: Float64Array;
}

/** A word's own weights summed, and the running hash a pair starting with it continues. */
interface WordEntry {
  vector: Float64Array;
  pairSeed: number;
}

const memos = new WeakMap<ToneWeights, Map<string, WordEntry>>();

function addWeights(model: ToneWeights, b: number, value: number, into: Float64Array, at: number): void {
  const w = model.weights;
  const from = b * CLASSES;
  for (let c = 0; c < CLASSES; c++) into[at + c] += w[from + c] * value;
}

function memoFor(model: ToneWeights): Map<string, WordEntry> {
  let memo = memos.get(model);
  if (!memo) {
    memo = new Map();
    memos.set(model, memo);
  }
  return memo;
}

/** Keyed by the lower-case word alone: its stem is a function of it. */
function wordEntry(model: ToneWeights, memo: Map<string, WordEntry>, token: ToneToken): WordEntry {
  let entry = memo.get(token.lower);
  if (!entry) {
    const vector = new Float64Array(CLASSES);
    wordFeatures(token.lower, token.stem, (b, value) => addWeights(model, b, value, vector, 0));
    entry = { vector, pairSeed: joinHash(hashRange(PAIR, token.stem)) };
    if (memo.size >= WORD_MEMO) memo.clear();
    memo.set(token.lower, entry);
  }
  return entry;
}

export function sentenceContributions(
  model: ToneWeights,
  tokens: readonly ToneToken[],
  hits: readonly ToneHit[],
): SentenceContributions {
  const out: SentenceContributions = {
    bias: new Float64Array(CLASSES),
    tokens: new Float64Array(tokens.length * CLASSES),
    hits: new Float64Array(hits.length * CLASSES),
  };
  addWeights(model, BIAS, 1, out.bias, 0);
  const memo = memoFor(model);
  let previous: WordEntry | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const entry = wordEntry(model, memo, token);
    const at = i * CLASSES;
    for (let c = 0; c < CLASSES; c++) out.tokens[at + c] += entry.vector[c];
    if (negated(tokens, i))
      addWeights(model, bucket(hashRange(NEGATED, token.stem)), WORD_VALUE, out.tokens, at);
    if (previous && !token.breakBefore) {
      const b = bucket(hashRange(previous.pairSeed, token.stem));
      addWeights(model, b, WORD_VALUE / 2, out.tokens, at - CLASSES);
      addWeights(model, b, WORD_VALUE / 2, out.tokens, at);
    }
    previous = entry;
  }
  for (let h = 0; h < hits.length; h++) {
    for (const b of lexiconBuckets(hits[h]))
      addWeights(model, b, Math.abs(hits[h].weight), out.hits, h * CLASSES);
  }
  return out;
}

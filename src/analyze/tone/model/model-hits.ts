// The tone model read the way the lexicon is read: one sentence's prediction split into the
// contributions of its words and lexicon phrases, so the article's tone, the tone toward a subject
// (clause by clause) and the reasons shown to a user all come from the same numbers.
//
// A sentence's polarity is the margin of its most likely class over the runner-up when that class
// is positive or negative, and zero when the model finds it neutral: so one headline alone gets
// the model's own verdict, and an article adds up its polar sentences as the lexicon's did. The
// polarity is shared among the sentence's words and lexicon phrases in proportion to each one's
// contribution, (positive logit - negative logit); words that pull the other way keep their sign,
// so a clause about one subject can differ from the sentence as a whole.
import type { ToneHit } from '../sentence-score.ts';
import type { ToneToken } from '../tone-tokens.ts';
import { sentenceContributions } from './sentence-features.ts';
import { CLASSES, softmax, type ToneWeights } from './softmax.ts';

/** Contributions smaller than this are left out of hits and reasons. */
const MIN_WEIGHT = 0.03;
// 2.5: a headline alone turns polar at a margin of about 0.1 (it counts double, and the article
// threshold is 0.3 after tanh(total / 1.6)), a body sentence at about 0.2.
export const MODEL_SCALE = 2.5;
const POSITIVE = 0;
const NEGATIVE = 1;
const NEUTRAL = 2;

export interface ModelSentence {
  hits: ToneHit[];
  /** P(positive), P(negative), P(neutral). */
  probabilities: number[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Scales the contributions so they add up to `total`. When words pulling both ways nearly cancel
 * (or the class biases decided), one scale would blow both sides up into large reasons that say
 * nothing, so then only the words that lean with the verdict share it.
 */
function share(byToken: Float64Array, byHit: Float64Array, total: number): void {
  let sum = 0;
  let size = 0;
  for (const list of [byToken, byHit]) {
    for (const x of list) {
      sum += x;
      size += Math.abs(x);
    }
  }
  const along = (x: number) => Math.sign(x) === Math.sign(total);
  if (along(sum) && Math.abs(sum) >= size / 2) {
    const k = total / sum;
    for (let i = 0; i < byToken.length; i++) byToken[i] *= k;
    for (let i = 0; i < byHit.length; i++) byHit[i] *= k;
    return;
  }
  let leaning = 0;
  for (const x of byToken) if (along(x)) leaning += x;
  for (const x of byHit) if (along(x)) leaning += x;
  const k = leaning !== 0 ? total / leaning : 0;
  for (let i = 0; i < byToken.length; i++) byToken[i] = along(byToken[i]) ? byToken[i] * k : 0;
  for (let i = 0; i < byHit.length; i++) byHit[i] = along(byHit[i]) ? byHit[i] * k : 0;
}

export function modelSentence(
  model: ToneWeights,
  tokens: readonly ToneToken[],
  lexiconHits: readonly ToneHit[],
  text: string,
): ModelSentence {
  const parts = sentenceContributions(model, tokens, lexiconHits);
  const z = [parts.bias[0], parts.bias[1], parts.bias[2]];
  const byToken = new Float64Array(tokens.length);
  const byHit = new Float64Array(lexiconHits.length);
  for (let i = 0; i < tokens.length; i++) {
    const at = i * CLASSES;
    for (let c = 0; c < CLASSES; c++) z[c] += parts.tokens[at + c];
    byToken[i] = parts.tokens[at + POSITIVE] - parts.tokens[at + NEGATIVE];
  }
  for (let h = 0; h < lexiconHits.length; h++) {
    const at = h * CLASSES;
    for (let c = 0; c < CLASSES; c++) z[c] += parts.hits[at + c];
    byHit[h] = parts.hits[at + POSITIVE] - parts.hits[at + NEGATIVE];
  }
  const probabilities = softmax(z);
  const [p, n, o] = [probabilities[POSITIVE], probabilities[NEGATIVE], probabilities[NEUTRAL]];
  const polarity = Math.max(0, p - Math.max(n, o)) - Math.max(0, n - Math.max(p, o));
  if (polarity === 0) return { hits: [], probabilities };
  // A lexicon phrase speaks for its own words.
  for (let h = 0; h < lexiconHits.length; h++) {
    for (let k = lexiconHits[h].first; k <= lexiconHits[h].last; k++) {
      byHit[h] += byToken[k];
      byToken[k] = 0;
    }
  }
  share(byToken, byHit, polarity * MODEL_SCALE);
  const hits: ToneHit[] = [];
  lexiconHits.forEach((hit, h) => {
    if (Math.abs(byHit[h]) < MIN_WEIGHT) return;
    hits.push({ ...hit, weight: byHit[h], reason: { ...hit.reason, weight: round(byHit[h]) } });
  });
  byToken.forEach((weight, k) => {
    if (Math.abs(weight) < MIN_WEIGHT) return;
    const token = tokens[k];
    const { start, end } = token;
    hits.push({
      first: k,
      last: k,
      weight,
      reason: { text: text.slice(start, end), start, end, rule: 'model', weight: round(weight) },
    });
  });
  return { hits, probabilities };
}

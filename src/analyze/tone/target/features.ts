// What the target-dependent tone model reads of one subject in a text: the clause-weighted reading
// toward it and the text's own tone (the rules' verdicts, as a prior the model may overrule), and
// around each mention the words on either side within its clause and the polar phrases there, by
// side, distance and whether they are quoted. "Wali Kota menegur kontraktor yang molor" differs
// from "warga menegur Wali Kota" only in which side of the target the words stand on.
import { hashRange, kindSeed } from '../../feature-hash.ts';
import type { Span, Tone } from '../../types.ts';
import type { ScoredText } from '../article-tone.ts';
import { bucket } from '../model/hash.ts';
import type { SparseFeatures } from '../model/softmax.ts';
import type { ToneToken } from '../tone-tokens.ts';

const SEED = kindSeed('target-tone');
/** Words read on each side of a mention, within its clause. */
const WINDOW = 6;
/** A polar phrase this close to a mention is "near" it. */
const NEAR = 4;
/** Neighbouring words count half a feature each: the side's polar phrases say more. */
const CONTEXT_VALUE = 0.5;

class Features {
  readonly buckets: number[] = [];
  readonly values: number[] = [];
  add(name: string, value = 1): void {
    this.buckets.push(bucket(hashRange(SEED, name)));
    this.values.push(value);
  }
}

/** The token range [first, last] a span covers in a sentence's tokens, or null. */
function tokenRange(tokens: readonly ToneToken[], span: Span): [number, number] | null {
  const first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0 || (tokens[first] as ToneToken).start >= span.end) return null;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as ToneToken).start < span.end) last++;
  return [first, last];
}

export function targetFeatures(
  scored: ScoredText,
  spans: readonly Span[],
  toward: Tone,
  whole: Tone,
): SparseFeatures {
  const f = new Features();
  f.add('bias');
  f.add(`toward:${toward.label}`);
  f.add('toward-score', toward.score);
  f.add(`whole:${whole.label}`);
  // Each mention's features count 1/mentions: a long article naming the subject often says no more.
  const mentions: { sentence: ScoredText['sentences'][number]; range: [number, number] }[] = [];
  for (const sentence of scored.sentences)
    for (const span of spans) {
      if (span.start < sentence.start || span.end > sentence.end) continue;
      const range = tokenRange(sentence.tokens, span);
      if (range) mentions.push({ sentence, range });
    }
  const share = 1 / Math.max(1, mentions.length);
  for (const { sentence, range } of mentions) {
    const tokens = sentence.tokens;
    const [first, last] = range;
    if ((tokens[first] as ToneToken).quoted) f.add('mention-quoted', share);
    if (first === 0) f.add('mention-opens', share);
    for (let k = last + 1, d = 1; k < tokens.length && d <= WINDOW; k++, d++) {
      if ((tokens[k] as ToneToken).breakBefore && d > 1) {
        f.add('after:break', share);
        break;
      }
      f.add(`after:${(tokens[k] as ToneToken).stem}`, CONTEXT_VALUE * share);
      if (d === 1) f.add(`next:${(tokens[k] as ToneToken).stem}`, share);
    }
    for (let k = first - 1, d = 1; k >= 0 && d <= WINDOW; k--, d++) {
      if ((tokens[k + 1] as ToneToken).breakBefore) {
        f.add('before:break', share);
        break;
      }
      f.add(`before:${(tokens[k] as ToneToken).stem}`, CONTEXT_VALUE * share);
      if (d === 1) f.add(`previous:${(tokens[k] as ToneToken).stem}`, share);
    }
    for (const hit of sentence.hits) {
      const sign = hit.weight > 0 ? '+' : '-';
      const side = hit.first > last ? 'after' : hit.last < first ? 'before' : 'on';
      const distance = side === 'after' ? hit.first - last : side === 'before' ? first - hit.last : 0;
      const quoted = (tokens[hit.first] as ToneToken).quoted ? ':quoted' : '';
      const strength = Math.abs(hit.weight) * share;
      f.add(`polar:${side}${sign}`, strength);
      f.add(`polar:${side}:${distance <= NEAR ? 'near' : 'far'}${sign}${quoted}`, strength);
    }
  }
  return { buckets: f.buckets, values: f.values };
}

// What the entity tagger sees of each word: the word and its neighbours, its shape and affixes, how
// it is written (capitals, acronym, sentence opener, headline), the lexicon's cues (honorifics,
// role words, place heads, organisation heads) and the place lists. The tagger learns from data how
// much each of these is worth, instead of rules deciding it case by case.

import { bucketOf, hashRange, kindSeed } from '../../feature-hash.ts';
import { isRoleWord, ORG_CUES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../cues.ts';
import { ORG_HEADS } from '../lexicon-orgs.ts';
import { HONORIFICS, SPEECH_VERBS } from '../lexicon-people.ts';
import type { NameToken } from '../tokens.ts';

/** "Sukamaju" → "Xx", "DPRD" → "X", "2024" → "d", "al-Assad" → "x-Xx": runs of one kind collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // ASCII by code, the rest by case comparison: this runs on every word of every article.
    let kind: string;
    if (c >= 65 && c <= 90) kind = 'X';
    else if (c >= 97 && c <= 122) kind = 'x';
    else if (c >= 48 && c <= 57) kind = 'd';
    else {
      const ch = word[i] as string;
      kind = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (kind !== last) {
      shape += kind;
      last = kind;
    }
  }
  return shape;
}

const lexiconCue = (t: NameToken): string => {
  if (HONORIFICS.has(t.lower)) return 'honorific';
  if (isRoleWord(t)) return 'role';
  if (PLACE_HEADS.has(t.lower)) return 'placehead';
  if (ORG_HEADS.has(t.lower) || ORG_CUES.has(t.lower)) return 'orghead';
  if (PLACE_PREPOSITIONS.has(t.lower)) return 'placeprep';
  if (SPEECH_VERBS.has(t.lower)) return 'speech';
  return 'none';
};

const writing = (t: NameToken): string =>
  t.acronym ? 'acr' : t.cap ? (t.opener ? 'cap-open' : 'cap') : /\d/.test(t.text) ? 'num' : 'low';

/**
 * What is known of each word besides itself, one entry per word. Not the rules' reading: a tagger
 * given it learned to trust rules that were written from its own training files (development 0.85,
 * unseen news 0.68), and scored no better without it on data the rules were not written from.
 */
export interface WordEvidence {
  /** Per word, "B-"/"I-" and the kind of listed place (shipped or the workspace's) covering it, else "O". */
  places: readonly string[];
  /** Per word, "B"/"I" where a listed official body (ministry, agency, regional body, party) covers it, else "O". */
  bodies: readonly string[];
}

export const TAGGER_BUCKET_BITS = 18;
export const TAGGER_BUCKETS = 1 << TAGGER_BUCKET_BITS;

const TEMPLATES = [
  'bias',
  'w',
  'shape',
  'wr',
  'suf3',
  'suf2',
  'pre3',
  'pre2',
  'len',
  'w-1',
  'w+1',
  'w-2',
  'w+2',
  'wr-1',
  'wr+1',
  'wr-1|wr',
  'wr|wr+1',
  'joined',
  'joined+1',
  'headline',
  'cue',
  'cue-1',
  'cue+1',
  'cue-2',
  'w-1|wr',
  'place',
  'place-1',
  'place+1',
  'body',
  'body-1',
  'body+1',
] as const;
type Template = (typeof TEMPLATES)[number];
/** Features per word: one of each template. */
export const FEATURES_PER_WORD = TEMPLATES.length;
const SEEDS = Object.fromEntries(TEMPLATES.map((t) => [t, kindSeed(t)])) as Record<Template, number>;

const VALUE_SEED = kindSeed('');
const valueHash = (value: string) => hashRange(VALUE_SEED, value);

/** A template's seed and a value's hash mixed (murmur3's finaliser), so each value is hashed once per word. */
function mix(seed: number, value: number): number {
  let h = Math.imul(seed, 0x9e3779b1) ^ value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The bucket of feature `template` with the given value (and a second value for pairs). */
export function featureBucket(template: Template, value = '', second?: string): number {
  let h = mix(SEEDS[template], valueHash(value));
  if (second !== undefined) h = mix(h, valueHash(second));
  return bucketOf(h, TAGGER_BUCKET_BITS);
}

/** What each word of a sentence is, as value hashes, worked out once and read by its neighbours' features too. */
interface WordView {
  lower: number;
  shape: number;
  writing: number;
  cue: number;
  place: number;
  body: number;
  joined: number;
}

const EDGE_BEFORE: WordView = {
  lower: valueHash('<s>'),
  shape: valueHash('<s>'),
  writing: valueHash('edge'),
  cue: valueHash('none'),
  place: valueHash('<s>'),
  body: valueHash('<s>'),
  joined: valueHash('false'),
};
const EDGE_AFTER: WordView = {
  ...EDGE_BEFORE,
  lower: valueHash('</s>'),
  place: valueHash('</s>'),
  body: valueHash('</s>'),
};
const BIAS = featureBucket('bias');

/**
 * Feature buckets of the words [from, to) of one sentence (all of them when not given),
 * FEATURES_PER_WORD per word in one flat array (one allocation per sentence, not one per word).
 */
export function sentenceWordFeatures(
  tokens: readonly NameToken[],
  evidence: WordEvidence,
  from = 0,
  to = tokens.length,
): Int32Array {
  // Only the words the features look at: [from - 2, to + 2).
  const views: WordView[] = [];
  for (let i = Math.max(0, from - 2); i < Math.min(tokens.length, to + 2); i++) {
    const t = tokens[i] as NameToken;
    views[i] = {
      lower: valueHash(t.lower),
      shape: valueHash(wordShape(t.text)),
      writing: valueHash(writing(t)),
      cue: valueHash(lexiconCue(t)),
      place: valueHash(evidence.places[i] ?? 'O'),
      body: valueHash(evidence.bodies[i] ?? 'O'),
      joined: valueHash(String(t.joined)),
    };
  }
  const at = (i: number) => (i < 0 ? EDGE_BEFORE : (views[i] ?? EDGE_AFTER));
  const out = new Int32Array((to - from) * FEATURES_PER_WORD);
  const f = (seed: number, value: number) => bucketOf(mix(seed, value), TAGGER_BUCKET_BITS);
  const f2 = (seed: number, value: number, second: number) =>
    bucketOf(mix(mix(seed, value), second), TAGGER_BUCKET_BITS);
  const S = SEEDS;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as NameToken;
    const v = views[i] as WordView;
    const prev = at(i - 1);
    const next = at(i + 1);
    const w = t.lower;
    let o = (i - from) * FEATURES_PER_WORD;
    out[o++] = BIAS;
    out[o++] = f(S.w, v.lower);
    out[o++] = f(S.shape, v.shape);
    out[o++] = f(S.wr, v.writing);
    out[o++] = f(S.suf3, valueHash(w.slice(-3)));
    out[o++] = f(S.suf2, valueHash(w.slice(-2)));
    out[o++] = f(S.pre3, valueHash(w.slice(0, 3)));
    out[o++] = f(S.pre2, valueHash(w.slice(0, 2)));
    out[o++] = f(S.len, valueHash(String(Math.min(w.length, 8))));
    out[o++] = f(S['w-1'], prev.lower);
    out[o++] = f(S['w+1'], next.lower);
    out[o++] = f(S['w-2'], at(i - 2).lower);
    out[o++] = f(S['w+2'], at(i + 2).lower);
    out[o++] = f(S['wr-1'], prev.writing);
    out[o++] = f(S['wr+1'], next.writing);
    out[o++] = f2(S['wr-1|wr'], prev.writing, v.writing);
    out[o++] = f2(S['wr|wr+1'], v.writing, next.writing);
    out[o++] = f(S.joined, v.joined);
    out[o++] = f(S['joined+1'], next.joined);
    out[o++] = f(S.headline, valueHash(String(t.headline)));
    out[o++] = f(S.cue, v.cue);
    out[o++] = f(S['cue-1'], prev.cue);
    out[o++] = f(S['cue+1'], next.cue);
    out[o++] = f(S['cue-2'], at(i - 2).cue);
    out[o++] = f2(S['w-1|wr'], prev.lower, v.writing);
    out[o++] = f(S.place, v.place);
    out[o++] = f(S['place-1'], prev.place);
    out[o++] = f(S['place+1'], next.place);
    out[o++] = f(S.body, v.body);
    out[o++] = f(S['body-1'], prev.body);
    out[o++] = f(S['body+1'], next.body);
  }
  return out;
}

// What the entity tagger sees of each word: the word and its neighbours, its shape and affixes, how
// it is written (capitals, acronym, sentence opener, headline), the lexicon's cues (honorifics,
// role words, place heads, organisation heads) and the place lists. The tagger learns from data how
// much each of these is worth, instead of rules deciding it case by case.

import { bucketOf, hashRange, kindSeed } from '../../feature-hash.ts';
import { isRoleWord, ORG_CUES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../cues.ts';
import { ORG_HEADS } from '../lexicon-orgs.ts';
import { HONORIFICS, SPEECH_VERBS } from '../lexicon-people.ts';
import type { NameToken } from '../tokens.ts';

type Cue = 'honorific' | 'role' | 'placehead' | 'orghead' | 'placeprep' | 'speech' | 'none';

function lexiconCue(t: NameToken): Cue {
  if (HONORIFICS.has(t.lower)) return 'honorific';
  if (isRoleWord(t)) return 'role';
  if (PLACE_HEADS.has(t.lower)) return 'placehead';
  if (ORG_HEADS.has(t.lower) || ORG_CUES.has(t.lower)) return 'orghead';
  if (PLACE_PREPOSITIONS.has(t.lower)) return 'placeprep';
  if (SPEECH_VERBS.has(t.lower)) return 'speech';
  return 'none';
}

type Writing = 'acr' | 'cap-open' | 'cap' | 'num' | 'low';

function writing(t: NameToken): Writing {
  return t.acronym ? 'acr' : t.cap ? (t.opener ? 'cap-open' : 'cap') : /\d/.test(t.text) ? 'num' : 'low';
}

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

// The few values some templates take, hashed once at load rather than per word.
const hashesOf = <K extends string>(values: readonly K[]) =>
  Object.fromEntries(values.map((v) => [v, valueHash(v)])) as Record<K, number>;
const WRITING_HASH = hashesOf<Writing>(['acr', 'cap-open', 'cap', 'num', 'low']);
const CUE_HASH = hashesOf<Cue>(['honorific', 'role', 'placehead', 'orghead', 'placeprep', 'speech', 'none']);
const LENGTH_HASH = Array.from({ length: 9 }, (_, n) => valueHash(String(n)));
const FLAG_HASH = { true: valueHash('true'), false: valueHash('false') };
const OUTSIDE_HASH = valueHash('O');

/**
 * The hash of a word's shape, "Sukamaju" → "Xx", "DPRD" → "X", "2024" → "d", "al-Assad" → "x-Xx"
 * (runs of one kind collapsed), hashed as it is read rather than built as a string.
 */
function shapeHash(word: string): number {
  let h = VALUE_SEED;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let kind: number;
    if (c >= 65 && c <= 90)
      kind = 88; // X
    else if (c >= 97 && c <= 122)
      kind = 120; // x
    else if (c >= 48 && c <= 57)
      kind = 100; // d
    else {
      // Beyond ASCII by case comparison; other characters stand for themselves.
      const ch = word[i] as string;
      kind = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    }
    if (kind !== last) {
      h = Math.imul(h ^ kind, 0x01000193);
      last = kind;
    }
  }
  return h >>> 0;
}

/**
 * What each word of a sentence is, as value hashes, worked out once and read by its neighbours'
 * features too: VIEW fields per word in one flat array. The two words before the sentence and the
 * two after it are edge words.
 */
const VIEW = 7;
const LOWER = 0;
const SHAPE = 1;
const WRITING = 2;
const CUE = 3;
const PLACE = 4;
const BODY = 5;
const JOINED = 6;

const EDGE_BEFORE = [
  valueHash('<s>'),
  valueHash('<s>'),
  valueHash('edge'),
  CUE_HASH.none,
  valueHash('<s>'),
  valueHash('<s>'),
  FLAG_HASH.false,
];
const EDGE_AFTER = [
  valueHash('</s>'),
  valueHash('<s>'),
  valueHash('edge'),
  CUE_HASH.none,
  valueHash('</s>'),
  valueHash('</s>'),
  FLAG_HASH.false,
];
const BIAS = featureBucket('bias');

const bucket = (seed: number, value: number) => bucketOf(mix(seed, value), TAGGER_BUCKET_BITS);
const pairBucket = (seed: number, value: number, second: number) =>
  bucketOf(mix(mix(seed, value), second), TAGGER_BUCKET_BITS);

/**
 * Feature buckets of the words [from, to) of one sentence (all of them when not given),
 * FEATURES_PER_WORD per word in one flat array. Nothing is allocated per word: the tagger reads
 * every word of every article.
 */
export function sentenceWordFeatures(
  tokens: readonly NameToken[],
  evidence: WordEvidence,
  from = 0,
  to = tokens.length,
): Int32Array {
  // Views of [from - 2, to + 2): view k is word from - 2 + k.
  const first = from - 2;
  const views = new Uint32Array((to - from + 4) * VIEW);
  for (let k = 0; k < to - from + 4; k++) {
    const i = first + k;
    const o = k * VIEW;
    if (i < 0 || i >= tokens.length) {
      const edge = i < 0 ? EDGE_BEFORE : EDGE_AFTER;
      for (let f = 0; f < VIEW; f++) views[o + f] = edge[f] as number;
      continue;
    }
    const t = tokens[i] as NameToken;
    views[o + LOWER] = valueHash(t.lower);
    views[o + SHAPE] = shapeHash(t.text);
    views[o + WRITING] = WRITING_HASH[writing(t)];
    views[o + CUE] = CUE_HASH[lexiconCue(t)];
    const place = evidence.places[i];
    views[o + PLACE] = place === undefined || place === 'O' ? OUTSIDE_HASH : valueHash(place);
    const body = evidence.bodies[i];
    views[o + BODY] = body === undefined || body === 'O' ? OUTSIDE_HASH : valueHash(body);
    views[o + JOINED] = t.joined ? FLAG_HASH.true : FLAG_HASH.false;
  }
  const out = new Int32Array((to - from) * FEATURES_PER_WORD);
  const S = SEEDS;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as NameToken;
    const w = t.lower;
    const n = w.length;
    const v = (i - first) * VIEW; // this word
    const p = v - VIEW; // the one before, and so on
    const pp = p - VIEW;
    const x = v + VIEW;
    const xx = x + VIEW;
    let o = (i - from) * FEATURES_PER_WORD;
    out[o++] = BIAS;
    out[o++] = bucket(S.w, views[v + LOWER] as number);
    out[o++] = bucket(S.shape, views[v + SHAPE] as number);
    out[o++] = bucket(S.wr, views[v + WRITING] as number);
    out[o++] = bucket(S.suf3, hashRange(VALUE_SEED, w, Math.max(0, n - 3), n));
    out[o++] = bucket(S.suf2, hashRange(VALUE_SEED, w, Math.max(0, n - 2), n));
    out[o++] = bucket(S.pre3, hashRange(VALUE_SEED, w, 0, Math.min(3, n)));
    out[o++] = bucket(S.pre2, hashRange(VALUE_SEED, w, 0, Math.min(2, n)));
    out[o++] = bucket(S.len, LENGTH_HASH[Math.min(n, 8)] as number);
    out[o++] = bucket(S['w-1'], views[p + LOWER] as number);
    out[o++] = bucket(S['w+1'], views[x + LOWER] as number);
    out[o++] = bucket(S['w-2'], views[pp + LOWER] as number);
    out[o++] = bucket(S['w+2'], views[xx + LOWER] as number);
    out[o++] = bucket(S['wr-1'], views[p + WRITING] as number);
    out[o++] = bucket(S['wr+1'], views[x + WRITING] as number);
    out[o++] = pairBucket(S['wr-1|wr'], views[p + WRITING] as number, views[v + WRITING] as number);
    out[o++] = pairBucket(S['wr|wr+1'], views[v + WRITING] as number, views[x + WRITING] as number);
    out[o++] = bucket(S.joined, views[v + JOINED] as number);
    out[o++] = bucket(S['joined+1'], views[x + JOINED] as number);
    out[o++] = bucket(S.headline, t.headline ? FLAG_HASH.true : FLAG_HASH.false);
    out[o++] = bucket(S.cue, views[v + CUE] as number);
    out[o++] = bucket(S['cue-1'], views[p + CUE] as number);
    out[o++] = bucket(S['cue+1'], views[x + CUE] as number);
    out[o++] = bucket(S['cue-2'], views[pp + CUE] as number);
    out[o++] = pairBucket(S['w-1|wr'], views[p + LOWER] as number, views[v + WRITING] as number);
    out[o++] = bucket(S.place, views[v + PLACE] as number);
    out[o++] = bucket(S['place-1'], views[p + PLACE] as number);
    out[o++] = bucket(S['place+1'], views[x + PLACE] as number);
    out[o++] = bucket(S.body, views[v + BODY] as number);
    out[o++] = bucket(S['body-1'], views[p + BODY] as number);
    out[o++] = bucket(S['body+1'], views[x + BODY] as number);
  }
  return out;
}

// Scores one sentence: lexicon and trend hits, each adjusted by negation, intensifiers and the
// contrast/concession structure of the sentence, with a reason a user can read for each.
import type { ToneReason } from '../types.ts';
import {
  CONCEDED,
  CONCESSION_MAIN,
  CONCESSIVE,
  CONTRAST,
  CONTRAST_AFTER,
  CONTRAST_BEFORE,
  NEGATORS,
  POST_INTENSIFIERS,
  PRE_INTENSIFIERS,
  WEAKENING_NEGATOR,
} from './cues.ts';
import { matchPhrase } from './lexicon.ts';
import type { ToneToken } from './tone-tokens.ts';
import {
  BAD_QUANTITIES,
  DOWN_WORDS,
  GOOD_QUANTITIES,
  TREND_WEIGHT,
  TREND_WINDOW,
  UP_WORDS,
} from './trend.ts';

export interface ToneHit {
  /** Token range of the polar phrase itself. */
  first: number;
  last: number;
  /** Signed contribution after negation, intensifiers and contrast. */
  weight: number;
  reason: ToneReason;
}

export interface SentenceScore {
  hits: ToneHit[];
  /** Contrast and concession markers that changed weights in this sentence. */
  structure: ToneReason[];
}

const NEGATION_WINDOW = 3;
const STRONG_TRENDS = new Set([
  'melonjak',
  'lonjakan',
  'meroket',
  'anjlok',
  'merosot',
  'melambung',
  'melejit',
]);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Per-token multipliers from "namun/tetapi" (after weighs more) and "meski" (its clause weighs less). */
function structureFactors(tokens: ToneToken[], text: string): { factors: number[]; reasons: ToneReason[] } {
  const factors = tokens.map(() => 1);
  const reasons: ToneReason[] = [];
  let segmentStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    if (CONTRAST.has(word)) {
      for (let k = segmentStart; k < i; k++) factors[k] *= CONTRAST_BEFORE;
      for (let k = i + 1; k < tokens.length; k++) factors[k] *= CONTRAST_AFTER;
      segmentStart = i + 1;
      reasons.push({
        text: tokens[i].text,
        start: tokens[i].start,
        end: tokens[i].end,
        rule: 'contrast',
        weight: CONTRAST_AFTER,
      });
    } else if (CONCESSIVE.has(word)) {
      let end = i + 1;
      while (end < tokens.length && !tokens[end].breakBefore) end++;
      if (end === tokens.length && i === 0) continue;
      for (let k = 0; k < tokens.length; k++) factors[k] *= k >= i && k < end ? CONCEDED : CONCESSION_MAIN;
      const last = tokens[end - 1];
      reasons.push({
        text: text.slice(tokens[i].start, last.end),
        start: tokens[i].start,
        end: last.end,
        rule: 'concession',
        weight: CONCEDED,
      });
    }
  }
  return { factors, reasons };
}

/**
 * The quantity a rise or fall describes: the head of the noun phrase before it ("penerimaan pajak
 * daerah tumbuh" is about penerimaan), else the nearest after it ("menekan angka pengangguran").
 */
function trendPolarity(tokens: ToneToken[], at: number): number {
  let sign = 0;
  for (let k = at - 1; k >= Math.max(0, at - TREND_WINDOW) && !tokens[k + 1].breakBefore; k--) {
    const s = quantitySign(tokens[k].lower);
    if (s !== 0) sign = s;
  }
  if (sign !== 0) return sign;
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + TREND_WINDOW) && !tokens[k].breakBefore; k++) {
    const s = quantitySign(tokens[k].lower);
    if (s !== 0) return s;
  }
  return 0;
}

function quantitySign(word: string): number {
  return BAD_QUANTITIES.has(word) ? -1 : GOOD_QUANTITIES.has(word) ? 1 : 0;
}

function findNegator(tokens: ToneToken[], first: number, taken: Set<number>): number {
  for (let j = first - 1; j >= Math.max(0, first - NEGATION_WINDOW); j--) {
    if (tokens[j + 1].breakBefore || taken.has(j)) return -1;
    if (NEGATORS.has(tokens[j].lower) || tokens[j].lower === WEAKENING_NEGATOR) return j;
  }
  return -1;
}

export function scoreSentence(tokens: ToneToken[], text: string): SentenceScore {
  const { factors, reasons: structure } = structureFactors(tokens, text);
  const raw: Array<{ first: number; last: number; base: number; rule: string }> = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    const phrase = matchPhrase(tokens, i);
    const word = tokens[i].lower;
    const direction = UP_WORDS.has(word) ? 1 : DOWN_WORDS.has(word) ? -1 : 0;
    const trend = direction !== 0 && (!phrase || phrase.keys.length === 1) ? trendPolarity(tokens, i) : 0;
    if (trend !== 0) {
      const strength = STRONG_TRENDS.has(word) ? 1.3 : 1;
      raw.push({ first: i, last: i, base: direction * trend * TREND_WEIGHT * strength, rule: 'trend' });
      taken.add(i);
      i++;
    } else if (phrase) {
      const last = i + phrase.keys.length - 1;
      if (phrase.weight !== 0) raw.push({ first: i, last, base: phrase.weight, rule: 'lexicon' });
      for (let k = i; k <= last; k++) taken.add(k);
      i = last + 1;
    } else i++;
  }
  const hits: ToneHit[] = [];
  let negatedUntil = -2;
  let negatedWeakly = false;
  for (const { first, last, base, rule: baseRule } of raw) {
    let weight = base;
    let rule = baseRule;
    let from = first;
    let to = last;
    let negator = findNegator(tokens, first, taken);
    // "tidak ada lagi keluhan antrean panjang": the negation covers the whole run of polar words.
    const chained = negator < 0 && first === negatedUntil + 1 && !tokens[first].breakBefore;
    if (chained) {
      weight = weight > 0 ? -weight * (negatedWeakly ? 0.6 : 0.9) : weight * (negatedWeakly ? 0.5 : -0.5);
      rule = 'negation';
      negatedUntil = last;
    }
    if (negator >= 0) {
      negatedUntil = last;
      negatedWeakly = tokens[negator].lower === WEAKENING_NEGATOR;
      const weakening = tokens[negator].lower === WEAKENING_NEGATOR;
      weight = weight > 0 ? -weight * (weakening ? 0.6 : 0.9) : weight * (weakening ? 0.5 : -0.5);
      rule = 'negation';
      from = negator;
    }
    if (chained) negator = first;
    const preAt = negator >= 0 ? negator - 1 : first - 1;
    const pre =
      preAt >= 0 && !tokens[preAt + 1].breakBefore ? PRE_INTENSIFIERS.get(tokens[preAt].lower) : undefined;
    const post =
      last + 1 < tokens.length && !tokens[last + 1].breakBefore && !taken.has(last + 1)
        ? POST_INTENSIFIERS.get(tokens[last + 1].lower)
        : undefined;
    if (pre !== undefined) {
      weight *= pre;
      from = preAt;
      if (rule !== 'negation') rule = 'intensifier';
    }
    if (post !== undefined) {
      weight *= post;
      to = last + 1;
      if (rule !== 'negation') rule = 'intensifier';
    }
    weight *= factors[first];
    if (rule === 'lexicon' && tokens[first].quoted) rule = 'reported-speech';
    const start = tokens[from].start;
    const end = tokens[to].end;
    hits.push({
      first,
      last,
      weight,
      reason: { text: text.slice(start, end), start, end, rule, weight: round(weight) },
    });
  }
  return { hits, structure: hits.length > 0 ? structure : [] };
}

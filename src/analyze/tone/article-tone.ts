// Tone of a whole article and tone toward one subject in it, from the sentence scores: the headline
// counts double, boilerplate and closing paragraphs count less, and for a subject only the clauses
// that mention it (and their neighbours, a little) count.
//
// Reasons from the headline carry rule 'headline' and offsets into the title; every other reason's
// offsets are into the text.
import { type SentenceSpan, splitSentences } from '../../text/sentences.ts';
import type { WordToken } from '../../text/words.ts';
import type { ArticleText } from '../article-text.ts';
import type { Span, Tone, ToneLabel, ToneReason } from '../types.ts';
import { CARRY_PRONOUNS, CONCESSIVE, CONTRAST } from './cues.ts';
import { modelSentence } from './model/model-hits.ts';
import { shippedToneModel } from './model/shipped.ts';
import type { ToneWeights } from './model/softmax.ts';
import { scoreSentence, type ToneHit } from './sentence-score.ts';
import { quotedRanges, type ToneToken, toneTokens } from './tone-tokens.ts';

export interface ToneInput {
  title?: string;
  text: string;
}

const HEADLINE = 2;
const CLOSING = 0.6;
const BOILERPLATE = 0.1;
/** Share of a subject's weight given to the rest of its sentence and to neighbouring sentences. */
const SAME_SENTENCE = 0.35;
const NEIGHBOUR = 0.2;
/** A sentence carried on by a pronoun ("Ia …"), or inside a quotation that names the subject. */
const QUOTED_WITH_SUBJECT = 0.8;
const MAX_REASONS = 20;
/** A model word is shown as a reason when it weighs at least this share of the strongest reason. */
const MINOR_REASON = 0.25;
const MIN_MODEL_REASON = 0.1;
/** |score| at or above this is polar; tuned on the dev fixture only. */
export const POLAR_THRESHOLD = 0.3;
const SCALE = 1.6;

const BOILERPLATE_LINE =
  /^\s*(baca juga|simak juga|lihat juga|editor|penulis|pewarta|reporter|sumber|ikuti|dapatkan|copyright|©)\b/i;

interface ScoredSentence {
  start: number;
  end: number;
  tokens: ToneToken[];
  hits: ToneHit[];
  structure: ToneReason[];
  paragraphWeight: number;
}

function paragraphWeights(text: string): Array<{ start: number; end: number; weight: number }> {
  const paragraphs: Array<{ start: number; end: number; weight: number }> = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (match[0].trim() === '') continue;
    const boilerplate = BOILERPLATE_LINE.test(match[0]);
    paragraphs.push({
      start: match.index,
      end: match.index + match[0].length,
      weight: boilerplate ? BOILERPLATE : 1,
    });
  }
  const content = paragraphs.filter((p) => p.weight === 1);
  if (content.length >= 4) content[content.length - 1].weight = CLOSING;
  return paragraphs;
}

/** An article body scored sentence by sentence, reusable for its tone and the tone toward subjects. */
export interface ScoredText {
  text: string;
  sentences: ScoredSentence[];
  /** Quotation ranges of the text, read once for the tokens and reused for subjects. */
  quotes: Array<[number, number]>;
  model: ToneWeights | null;
}

/**
 * The trained model's hits for a sentence, or the lexicon's own when `model` is null (the
 * benchmark's baseline, and the training data's lexicon features).
 */
function sentenceHits(
  model: ToneWeights | null,
  tokens: ToneToken[],
  text: string,
): { hits: ToneHit[]; structure: ToneReason[] } {
  const lexicon = scoreSentence(tokens, text);
  if (!model) return lexicon;
  return { hits: modelSentence(model, tokens, lexicon.hits, text).hits, structure: lexicon.structure };
}

/**
 * Scores `text` once; `article` saves re-splitting when the caller already read the text. `model`
 * is the shipped tone model unless a caller asks for another or for the lexicon alone (null).
 */
export function scoreText(
  text: string,
  article?: ArticleText,
  model: ToneWeights | null = shippedToneModel(),
): ScoredText {
  const quotes = quotedRanges(text);
  const paragraphs = paragraphWeights(text);
  let p = 0;
  const out: ScoredSentence[] = [];
  const spans: Array<SentenceSpan & { words?: WordToken[] }> =
    article && article.text === text ? article.sentences : splitSentences(text);
  for (const sentence of spans) {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= sentence.start) p++;
    const tokens = toneTokens(text, sentence.start, sentence.end, quotes, sentence.words);
    const { hits, structure } = sentenceHits(model, tokens, text);
    out.push({
      start: sentence.start,
      end: sentence.end,
      tokens,
      hits,
      structure,
      paragraphWeight: paragraphs[p]?.weight ?? 1,
    });
  }
  return { text, sentences: out, quotes, model };
}

function scoredFor(text: string, scored: ScoredText | undefined): ScoredText {
  return scored && scored.text === text ? scored : scoreText(text);
}

function label(score: number): ToneLabel {
  return score >= POLAR_THRESHOLD ? 'positive' : score <= -POLAR_THRESHOLD ? 'negative' : 'neutral';
}

function finish(total: number, sentences: number, reasons: ToneReason[]): Tone {
  const score = Math.round(Math.tanh(total / (SCALE * Math.sqrt(Math.max(1, sentences)))) * 1000) / 1000;
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  // The model gives every word a share; those far below the strongest explain nothing to a reader.
  const floor =
    Math.abs(reasons.find((r) => r.rule !== 'contrast' && r.rule !== 'concession')?.weight ?? 0) *
    MINOR_REASON;
  const shown = reasons.filter((r) => r.rule !== 'model' || Math.abs(r.weight) >= floor);
  return { label: label(score), score, reasons: shown.slice(0, MAX_REASONS) };
}

/**
 * Whether a hit becomes a reason at all: the model gives small shares to many words, which count in
 * the total but would only be sorted and dropped (see MINOR_REASON).
 */
function shown(hit: ToneHit, factor: number): boolean {
  return hit.reason.rule !== 'model' || Math.abs(hit.weight * factor) >= MIN_MODEL_REASON;
}

function weighted(reason: ToneReason, factor: number): ToneReason {
  return factor === 1 ? reason : { ...reason, weight: Math.round(reason.weight * factor * 100) / 100 };
}

/**
 * `scored` is scoreText(input.text), when the caller needs it for several subjects too; without it
 * the text is scored with `model` (the shipped one unless given; null for the lexicon alone).
 */
export function analyzeTone(input: ToneInput, scored?: ScoredText, model?: ToneWeights | null): Tone {
  const reader = scored && scored.text === input.text ? scored : scoreText(input.text, undefined, model);
  let total = 0;
  const reasons: ToneReason[] = [];
  if (input.title?.trim()) {
    const quotes = quotedRanges(input.title);
    const titleTokens = toneTokens(input.title, 0, input.title.length, quotes);
    const { hits } = sentenceHits(reader.model, titleTokens, input.title);
    for (const hit of hits) {
      total += hit.weight * HEADLINE;
      if (shown(hit, HEADLINE)) reasons.push({ ...weighted(hit.reason, HEADLINE), rule: 'headline' });
    }
  }
  const sentences = reader.sentences;
  for (const s of sentences) {
    for (const hit of s.hits) {
      total += hit.weight * s.paragraphWeight;
      if (!shown(hit, s.paragraphWeight)) continue;
      const reason = weighted(hit.reason, s.paragraphWeight);
      reasons.push(
        s.paragraphWeight < 1
          ? { ...reason, rule: s.paragraphWeight === BOILERPLATE ? 'boilerplate' : 'closing-paragraph' }
          : reason,
      );
    }
    reasons.push(...s.structure);
  }
  return finish(total, sentences.length, reasons);
}

/** Token ranges of a sentence's clauses: cut at clause punctuation and at contrast/concession words. */
function clauses(tokens: ToneToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].breakBefore || CONTRAST.has(tokens[i].lower) || CONCESSIVE.has(tokens[i].lower)) {
      out.push([start, i]);
      start = i;
    }
  }
  if (tokens.length > 0) out.push([start, tokens.length]);
  return out;
}

function mentions(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

export function toneToward(input: ToneInput, spans: Span[], scored?: ScoredText): Tone {
  if (spans.length === 0) return { label: 'neutral', score: 0, reasons: [] };
  const reader = scoredFor(input.text, scored);
  const sentences = reader.sentences;
  const factors = sentences.map(() => 0);
  const subjectSentences = sentences.map((s) => mentions(spans, s.start, s.end));
  // A quotation that names the subject is one statement about it, whichever of its sentences the
  // subject is named in: "Wali kota datang, foto-foto, lalu pergi. Kami kecewa," kata Siti.
  const quotes = reader.quotes.filter(([open, close]) => mentions(spans, open, close));
  const sameQuote = (s: ScoredSentence) => quotes.some(([open, close]) => s.start < close && s.end > open);
  sentences.forEach((s, i) => {
    if (subjectSentences[i]) return;
    const carried = i > 0 && subjectSentences[i - 1] && CARRY_PRONOUNS.has(s.tokens[0]?.lower ?? '');
    if (carried || sameQuote(s)) factors[i] = QUOTED_WITH_SUBJECT;
    else if (subjectSentences[i - 1] || subjectSentences[i + 1]) factors[i] = NEIGHBOUR;
  });
  let total = 0;
  let counted = 0;
  const reasons: ToneReason[] = [];
  sentences.forEach((s, i) => {
    if (factors[i] === 0 && !subjectSentences[i]) return;
    const clauseFactor = s.tokens.map(() => factors[i]);
    if (subjectSentences[i]) {
      for (const [from, to] of clauses(s.tokens)) {
        const here = mentions(spans, s.tokens[from].start, s.tokens[to - 1].end);
        for (let k = from; k < to; k++) clauseFactor[k] = here ? 1 : SAME_SENTENCE;
      }
    }
    if (factors[i] > 0 || subjectSentences[i]) counted++;
    for (const hit of s.hits) {
      const factor = clauseFactor[hit.first] * s.paragraphWeight;
      if (factor === 0) continue;
      total += hit.weight * factor;
      if (shown(hit, factor)) reasons.push(weighted(hit.reason, factor));
    }
    if (subjectSentences[i]) reasons.push(...s.structure);
  });
  return finish(total, counted, reasons);
}

// Indonesian key phrases of one article: a RAKE/YAKE-style statistical score over content-word
// n-grams (frequency, headline, position, casing, cohesion), one phrase per stem sequence.
import type { ArticleText } from '../article-text.ts';
import { type Candidate, collectCandidates } from './candidates.ts';

export interface Keyphrase {
  phrase: string;
  /** Relative weight in the article: 1 for the best phrase, lower for the others. */
  score: number;
}

export interface KeyphraseOptions {
  /** How many phrases at most; 10 unless told. */
  max?: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

function rawScore(c: Candidate, stemCounts: Map<string, number>): number {
  const n = c.stems.length;
  const freq = c.count + 2 * c.titleCount;
  // News puts what matters first; a phrase in the lead counts up to twice as much.
  const position = 1 + 1 / (1 + c.firstSentence / 2);
  let length = 1;
  if (n > 1) {
    let rarest = Number.POSITIVE_INFINITY;
    for (const s of c.stems) rarest = Math.min(rarest, stemCounts.get(s) ?? 1);
    const cohesion = Math.min(1, (c.count + c.titleCount) / rarest);
    length = (1 + 0.35 * (n - 1)) * (0.5 + 0.5 * cohesion);
    // A word sequence seen once is as likely a chance neighbourhood as a phrase.
    if (freq < 2) length *= 0.6;
  }
  const proper = c.upperCount * 2 >= c.count + c.titleCount ? 1.2 : 1;
  return (1 + Math.log(freq)) * position * length * proper;
}

function displayForm(c: Candidate): string {
  let best = '';
  let bestWeight = -1;
  for (const [surface, weight] of c.surfaces) {
    if (weight > bestWeight) {
      best = surface;
      bestWeight = weight;
    }
  }
  // Seen only in headlines or at sentence starts, with no word capitalised mid-sentence: a
  // common noun phrase whose capitals come from position, not from being a name.
  const onlyPositional = bestWeight < 4 && [...c.surfaces.values()].every((w) => w < 4);
  if (onlyPositional && c.upperCount === 0) {
    return best
      .split(' ')
      .map((w) => (ACRONYM.test(w) ? w : w.toLowerCase()))
      .join(' ');
  }
  return best;
}

function contains(outer: string[], inner: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let all = true;
    for (let j = 0; j < inner.length && all; j++) all = outer[i + j] === inner[j];
    if (all) return true;
  }
  return false;
}

function shared(a: string[], b: string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

export function extractKeyphrases(
  input: { title?: string; text: string },
  options: KeyphraseOptions = {},
  article?: ArticleText,
): Keyphrase[] {
  const max = options.max ?? 10;
  if (max <= 0) return [];
  const { candidates, stemCounts } = collectCandidates(input.title, input.text, article);
  const scored: { c: Candidate; score: number; freq: number }[] = [];
  for (const c of candidates.values()) {
    // Most n-grams are one-off word neighbourhoods deep in the body; they never make the list.
    if (c.stems.length > 1 && c.count + c.titleCount < 2 && c.firstSentence > 2) continue;
    scored.push({ c, score: rawScore(c, stemCounts), freq: c.count + c.titleCount });
  }
  scored.sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key));
  const chosen: typeof scored = [];
  for (const s of scored) {
    if (chosen.length >= max) break;
    // A part of a chosen phrase stays only if it also stands well on its own.
    if (chosen.some((k) => contains(k.c.stems, s.c.stems) && s.freq <= 2 * k.freq)) continue;
    // Overlapping neighbours ("penyelidikan dugaan korupsi" beside "dugaan korupsi dana hibah").
    if (chosen.some((k) => shared(s.c.stems, k.c.stems) >= 2 && s.freq <= k.freq)) continue;
    const shorter = chosen.findIndex((k) => contains(s.c.stems, k.c.stems));
    if (shorter < 0) {
      chosen.push(s);
      continue;
    }
    // A longer phrase that recurs is the better name for a word already chosen ("hibah" ->
    // "dana hibah"); it takes that word's place and rank.
    const k = chosen[shorter];
    if (
      s.freq >= 2 &&
      s.freq * 2 >= k.freq &&
      !chosen.some((o) => o !== k && contains(s.c.stems, o.c.stems))
    ) {
      chosen[shorter] = { ...s, score: k.score };
    }
  }
  const top = chosen[0]?.score ?? 1;
  return chosen.map((s) => ({ phrase: displayForm(s.c), score: Math.round((s.score / top) * 1000) / 1000 }));
}

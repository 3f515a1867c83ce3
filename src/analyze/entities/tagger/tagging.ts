// Entity mentions by the trained tagger: every word is tagged (BIO over PER/ORG/LOC) from its
// features, one sentence at a time as the tagger was trained. The rules' mentions only lend what
// they know of a name the tagger also found (its canonical form, the role written before it).
import type { EntityType } from '../../types.ts';
import type { Mention } from '../classify.ts';
import type { NameToken } from '../tokens.ts';
import { type WordEvidence, wordFeatures } from './features.ts';
import { decode, TAGS, type TaggerWeights } from './perceptron.ts';

/** Mentions as one BIO tag per word. */
export function bioTags(
  count: number,
  mentions: readonly Pick<Mention, 'type' | 'start' | 'end'>[],
): string[] {
  const tags = new Array<string>(count).fill('O');
  for (const m of mentions) {
    if (m.start < 0 || m.end > count || tags[m.start] !== 'O') continue;
    tags[m.start] = `B-${m.type}`;
    for (let i = m.start + 1; i < m.end; i++) tags[i] = `I-${m.type}`;
  }
  return tags;
}

/** Word ranges [start, end) of the sentences: a new one after . ! ? or a line break between words. */
export function sentenceRanges(text: string, tokens: readonly NameToken[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice((tokens[i - 1] as NameToken).end, (tokens[i] as NameToken).start);
    if (/[.!?]["”’)]?\s|\n/.test(gap) && !(tokens[i] as NameToken).joined) {
      ranges.push([start, i]);
      start = i;
    }
  }
  if (tokens.length > 0) ranges.push([start, tokens.length]);
  return ranges;
}

/** Features of every word, sentence by sentence (neighbours never reach across a sentence). */
export function sentenceFeatures(
  text: string,
  tokens: readonly NameToken[],
  evidence: WordEvidence,
): { range: [number, number]; words: string[][] }[] {
  return sentenceRanges(text, tokens).map((range) => {
    const local = tokens.slice(range[0], range[1]);
    const around: WordEvidence = { places: evidence.places.slice(range[0], range[1]) };
    return { range, words: local.map((_, i) => wordFeatures(local, around, i)) };
  });
}

/**
 * The tagger's mentions. A mention the rules found with the same words and type keeps what the
 * rules knew of it (canonical name, role words before it).
 */
export function taggedMentions(
  weights: TaggerWeights,
  text: string,
  tokens: readonly NameToken[],
  ruleMentions: readonly Mention[],
  places: readonly string[],
): Mention[] {
  const bySpan = new Map(ruleMentions.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
  const out: Mention[] = [];
  for (const { range, words } of sentenceFeatures(text, tokens, { places })) {
    const tags = decode(weights, words).map((k) => TAGS[k] as string);
    let open: { type: EntityType; start: number } | null = null;
    const close = (end: number) => {
      if (!open) return;
      const known = bySpan.get(`${open.start}:${end}:${open.type}`);
      out.push(known ?? { type: open.type, start: open.start, end, canonical: null, role: null });
      open = null;
    };
    tags.forEach((tag, k) => {
      const i = range[0] + k;
      if (tag.startsWith('B-')) {
        close(i);
        open = { type: tag.slice(2) as EntityType, start: i };
      } else if (tag === 'O') close(i);
    });
    close(range[1]);
  }
  return out;
}

// Entity mentions by the trained tagger: every word is tagged (BIO over PER/ORG/LOC) from its
// features, one sentence at a time as the tagger was trained. The rules' mentions only lend what
// they know of a name the tagger also found (its canonical form, the role written before it).
import type { EntityType } from '../../types.ts';
import type { Mention } from '../classify.ts';
import type { NameToken } from '../tokens.ts';
import { FEATURES_PER_WORD, sentenceWordFeatures, type WordEvidence } from './features.ts';
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
    if (gap !== ' ' && /[.!?]["”’)]?\s|\n/.test(gap) && !(tokens[i] as NameToken).joined) {
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
): { range: [number, number]; buckets: Int32Array }[] {
  return sentenceRanges(text, tokens).map((range) => {
    const local = tokens.slice(range[0], range[1]);
    const around: WordEvidence = {
      places: evidence.places.slice(range[0], range[1]),
      bodies: evidence.bodies.slice(range[0], range[1]),
    };
    return { range, buckets: sentenceWordFeatures(local, around) };
  });
}

/**
 * The tagger's mentions. A mention the rules found with the same words and type keeps what the
 * rules knew of it (canonical name, role words before it). Conventions of the news data sets the
 * tagger learnt from are kept where it slips: an official's title ("Wali Kota Sukamaju Arief") is
 * neither a place of its own nor part of the holder's name, and a name never ends on a lower-case
 * word. Taking the rules' extent of a name instead of the tagger's scored higher on the news the
 * rules were written from and lower on the data they were not (bench/ner.ts), so it is not done.
 */
export function taggedMentions(
  weights: TaggerWeights,
  text: string,
  tokens: readonly NameToken[],
  ruleMentions: readonly Mention[],
  evidence: WordEvidence,
): Mention[] {
  const bySpan = new Map(ruleMentions.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
  const titles = ruleMentions.flatMap((m) => (m.role ? [m.role] : []));
  const out: Mention[] = [];
  const place = (type: EntityType, start: number, found: number) => {
    if (type === 'LOC' && titles.some((r) => start >= r.start && found <= r.end)) return;
    let end = found;
    while (end > start + 1 && !isNameWord(tokens[end - 1] as NameToken)) end--;
    // "Wali Kota Sukamaju Arief Wicaksono" read as one person: the title's words are the title's.
    const holder = ruleMentions.find(
      (m) =>
        m.type === type &&
        m.end === end &&
        m.start > start &&
        m.role &&
        m.role.start <= start &&
        m.role.end >= m.start,
    );
    if (holder) start = holder.start;
    out.push(bySpan.get(`${start}:${end}:${type}`) ?? { type, start, end, canonical: null, role: null });
  };
  for (const [first, last] of sentenceRanges(text, tokens)) {
    const sentence = tokens.slice(first, last);
    const local = { places: evidence.places.slice(first, last), bodies: evidence.bodies.slice(first, last) };
    for (const [from, to] of nameStretches(sentence)) {
      const buckets = sentenceWordFeatures(sentence, local, from, to);
      const tags = decode(weights, buckets, FEATURES_PER_WORD, from > 0);
      // The mention being read: its type (null while none is open) and its first word.
      let openType: EntityType | null = null;
      let openStart = -1;
      for (let k = 0; k <= tags.length; k++) {
        const tag = k < tags.length ? (TAGS[tags[k] as number] as string) : 'O';
        if (tag.startsWith('I-')) continue;
        const i = first + from + k;
        if (openType) place(openType, openStart, i);
        openType = tag === 'O' ? null : (tag.slice(2) as EntityType);
        openStart = i;
      }
    }
  }
  return out;
}

/** A word a name may end on: capitalised, an acronym or a number. */
const isNameWord = (t: NameToken) => t.cap || t.acronym || /\d/.test(t.text);

/** A word that may be part of a name, where decoding reaches: also a capital inside ("detikJateng"). */
const mayBeName = (t: NameToken) => isNameWord(t) || t.text !== t.lower;

/**
 * How far from a name word the tagger still decodes: the word on each side, which may open a name
 * ("bupati Arief", "al-Assad") or join two name words ("Obat dan Makanan"). The features of the
 * decoded words still look two words each way. Decoding two words each way gave the same tags on
 * the development sets (regional dev 0.908, idner dev 0.816, NERGrit valid 0.680 either way) and
 * decoded a quarter more words.
 */
const REACH = 1;

/**
 * The stretches [from, to) of a sentence within REACH words of a name word. A name holds a name word
 * and ends on one, so the words between stretches are outside every name; not decoding them saves
 * about half of the tagger's time on news, where most words are lower case.
 */
export function nameStretches(sentence: readonly NameToken[]): [number, number][] {
  const stretches: [number, number][] = [];
  sentence.forEach((t, i) => {
    if (!mayBeName(t)) return;
    const from = Math.max(0, i - REACH);
    const to = Math.min(sentence.length, i + REACH + 1);
    const last = stretches[stretches.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else stretches.push([from, to]);
  });
  return stretches;
}

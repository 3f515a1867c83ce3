// Words of a sentence prepared for tone scoring: lower case, stem, whether a clause boundary or a
// quotation mark precedes it. Stems are cached because news repeats its vocabulary.
import { cachedStem } from '../../text/stem-cache.ts';
import { normalizeWord, type WordToken, wordTokens } from '../../text/words.ts';

export interface ToneToken {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** Punctuation that ends a clause (, ; : ( ) quotes) lies between this word and the previous one. */
  breakBefore: boolean;
  /** Inside a quotation (reported speech). */
  quoted: boolean;
}

const BREAK = /[,;:()[\]"“”«»—–]|\s-\s/;
const QUOTE_MARK = /["“”]/g;

/** A lone space between two words, by far the commonest gap: never a clause break. */
function isSingleSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

/** Offsets inside quotation marks: straight quotes pair up in order, curly ones open and close. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (const match of text.matchAll(QUOTE_MARK)) {
    const mark = match[0];
    if (open < 0 && mark !== '”') open = match.index;
    else if (open >= 0 && mark !== '“') {
      ranges.push([open, match.index]);
      open = -1;
    }
  }
  return ranges;
}

export function toneTokens(
  text: string,
  from: number,
  to: number,
  quotes: Array<[number, number]>,
  /** The words of text[from, to) with offsets into `text`, when already tokenised. */
  words?: WordToken[],
): ToneToken[] {
  const out: ToneToken[] = [];
  let previousEnd = from;
  let q = 0;
  const shift = words ? 0 : from;
  for (const word of words ?? wordTokens(text.slice(from, to))) {
    const start = word.start + shift;
    const end = word.end + shift;
    const lower = normalizeWord(word.text);
    while (q < quotes.length && quotes[q][1] < start) q++;
    out.push({
      text: word.text,
      lower,
      stem: cachedStem(lower),
      start,
      end,
      breakBefore:
        out.length > 0 &&
        !isSingleSpace(text, previousEnd, start) &&
        BREAK.test(text.slice(previousEnd, start)),
      quoted: q < quotes.length && quotes[q][0] < start && start < quotes[q][1],
    });
    previousEnd = end;
  }
  return out;
}

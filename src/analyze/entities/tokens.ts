// Word tokens annotated for name finding: capitalisation, acronyms, sentence starts, and whether a
// word continues the name before it (only spaces, or the full stop of a title or initial, between).
import { splitSentences } from '../../text/sentences.ts';
import { wordTokens } from '../../text/words.ts';
import { HONORIFICS } from './lexicon-people.ts';

export interface NameToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more capitals and no lower-case letter ("KPK", "DPRD"). */
  acronym: boolean;
  /** First word of a sentence, a quotation, a headline word or after a colon: capitalised anyway. */
  opener: boolean;
  /** Joined to the previous word by spaces only, or by the full stop of a title/initial. */
  joined: boolean;
  /** Part of a line written in title case, where capitals say nothing about names. */
  headline: boolean;
}

/** Place and address words written with a full stop that still run on into the name. */
const ABBREVIATED_HEADS = new Set(['kab', 'kec', 'kel', 'jl', 'jln', 'gg', 'prov', 'ds', 'no']);

const UPPER_START = /^\p{Lu}/u;
const SE_PREFIX = /^se-\p{Lu}/u;
/** "Bashar al-Assad", "Nuri al-Maliki": the Arabic article keeps the surname in the name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ar|at|az|an)-\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const OPENING_GAP = /["“‘([:;—]/u;

/** UPPER_START.test(word), by code for ASCII: asked of every word of every article. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Whether the word has a lower-case letter (HAS_LOWER), by code for ASCII. */
function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(word);
  }
  return false;
}

function isHeadline(words: readonly { text: string }[]): boolean {
  const long = words.filter((w) => w.text.length >= 4 && /^\p{L}/u.test(w.text));
  if (long.length < 4) return false;
  return long.filter((w) => startsUpper(w.text)).length / long.length >= 0.75;
}

export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const sentence of splitSentences(text)) {
    const words = wordTokens(sentence.text);
    // Headlines carry no closing full stop; a body sentence full of names does.
    const headline = !/[.!?]["”’)]?$/.test(sentence.text) && isHeadline(words);
    let prevEnd = -1;
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as (typeof words)[number];
      // "se-Sulawesi Selatan" (all over South Sulawesi): the name starts after the prefix.
      const w = SE_PREFIX.test(word.text)
        ? { ...word, text: word.text.slice(3), start: word.start + 3 }
        : word;
      const start = sentence.start + w.start;
      const end = sentence.start + w.end;
      const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
      // Most words follow one space, which opens nothing and joins them: the patterns are for the rest.
      const space = gap === ' ';
      const prev = out[out.length - 1];
      const titleStop =
        !space &&
        prev !== undefined &&
        /^\.\s+$/.test(gap) &&
        (HONORIFICS.has(prev.lower) || ABBREVIATED_HEADS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
      out.push({
        text: w.text,
        lower: w.text.toLowerCase(),
        start,
        end,
        cap: startsUpper(w.text) || ARABIC_ARTICLE.test(w.text),
        acronym: w.text.length >= 2 && !hasLower(w.text) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(w.text),
        opener: k === 0 || headline || (!space && OPENING_GAP.test(gap)),
        joined: k > 0 && (space || /^[ \t\u00a0]+$/.test(gap) || titleStop),
        headline,
      });
      prevEnd = end;
    }
  }
  return out;
}

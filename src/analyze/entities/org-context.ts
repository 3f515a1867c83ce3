// Words around an unknown capitalised name that say it is a company or another organisation:
// "perusahaan penerbangan nasional Qantas", "Triodos, sebuah bank", "saham Medco", "Tribunnews.com".
import { ORG_CUES } from './cues.ts';
import { FUNCTION_WORDS } from './lexicon-common.ts';
import { SPEECH_VERBS } from './lexicon-people.ts';
import type { NameToken } from './tokens.ts';

/** Endings of a web address: a news site named by its domain is the outlet. */
const WEB_ENDINGS = new Set(['com', 'co', 'id', 'net', 'org', 'tv']);

const BUILDING_CUES = new Set(['kantor', 'stasiun']);

/** A verb or function word ends the noun phrase an organisation cue heads. */
function endsNounPhrase(t: NameToken): boolean {
  return (
    t.cap ||
    FUNCTION_WORDS.has(t.lower) ||
    SPEECH_VERBS.has(t.lower) ||
    /^(?:meng|meny|mem|men|me|ber|ter|di)\p{L}{3,}$/u.test(t.lower) ||
    /\d/.test(t.text)
  );
}

/** End of the web address written right after token `e - 1` ("Kompas.com"), or `e` when none. */
export function webAddressEnd(tokens: readonly NameToken[], text: string, e: number): number {
  let k = e;
  while (k < tokens.length && k < e + 2) {
    const t = tokens[k] as NameToken;
    if (text.slice((tokens[k - 1] as NameToken).end, t.start) !== '.' || !WEB_ENDINGS.has(t.lower)) break;
    k++;
  }
  return k;
}

/**
 * The name at tokens [s, e) is an organisation by the words around it: an organisation noun up to
 * three lower-case modifiers before it, or an apposition after a comma ("X, sebuah perusahaan").
 */
export function orgByContext(tokens: readonly NameToken[], text: string, s: number, e: number): boolean {
  if (webAddressEnd(tokens, text, e) > e) return true;
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const t = tokens[k] as NameToken;
    if (k < s - 1 && text.slice(t.end, (tokens[k + 1] as NameToken).start).trim() !== '') break;
    if (ORG_CUES.has(t.lower) && !t.cap) return true;
    if (endsNounPhrase(t)) break;
  }
  const next = tokens[e];
  if (!next || !text.slice((tokens[e - 1] as NameToken).end, next.start).includes(',')) return false;
  let k = e;
  if (tokens[k]?.lower === 'sebuah' || tokens[k]?.lower === 'suatu') k++;
  const noun = tokens[k];
  // "Hotel Santika, kantor MK": an office or a station in apposition names the building.
  return noun !== undefined && !noun.cap && ORG_CUES.has(noun.lower) && !BUILDING_CUES.has(noun.lower);
}

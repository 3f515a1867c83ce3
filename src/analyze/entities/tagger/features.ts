// What the entity tagger sees of each word: the word and its neighbours, its shape and affixes, how
// it is written (capitals, acronym, sentence opener, headline), the lexicon's cues (honorifics,
// role words, place heads, organisation heads) and the place lists. The tagger learns from data how
// much each of these is worth, instead of rules deciding it case by case.
import { isRoleWord, ORG_CUES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../cues.ts';
import { ORG_HEADS } from '../lexicon-orgs.ts';
import { HONORIFICS, SPEECH_VERBS } from '../lexicon-people.ts';
import type { NameToken } from '../tokens.ts';

/** "Sukamaju" → "Xx", "DPRD" → "X", "2024" → "d", "al-Assad" → "x-Xx": runs of one kind collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  for (const ch of word) {
    const kind = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (shape[shape.length - 1] !== kind) shape += kind;
  }
  return shape;
}

const lexiconCue = (t: NameToken | undefined): string => {
  if (!t) return 'none';
  if (HONORIFICS.has(t.lower)) return 'honorific';
  if (isRoleWord(t)) return 'role';
  if (PLACE_HEADS.has(t.lower)) return 'placehead';
  if (ORG_HEADS.has(t.lower) || ORG_CUES.has(t.lower)) return 'orghead';
  if (PLACE_PREPOSITIONS.has(t.lower)) return 'placeprep';
  if (SPEECH_VERBS.has(t.lower)) return 'speech';
  return 'none';
};

const writing = (t: NameToken | undefined): string =>
  !t
    ? 'edge'
    : t.acronym
      ? 'acr'
      : t.cap
        ? t.opener
          ? 'cap-open'
          : 'cap'
        : /\d/.test(t.text)
          ? 'num'
          : 'low';

/**
 * What is known of each word besides itself, one entry per word. Not the rules' reading: a tagger
 * given it learned to trust rules that were written from its own training files (development 0.85,
 * unseen news 0.68), and scored no better without it on data the rules were not written from.
 */
export interface WordEvidence {
  /** "B"/"I" where a listed place (shipped or the workspace's) covers the word, else "O". */
  places: readonly string[];
}

/** Feature names of word `i`. */
export function wordFeatures(tokens: readonly NameToken[], evidence: WordEvidence, i: number): string[] {
  const places = evidence.places;
  const t = tokens[i] as NameToken;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prev2 = tokens[i - 2];
  const next2 = tokens[i + 2];
  const w = t.lower;
  const shape = wordShape(t.text);
  const f = [
    'bias',
    `w=${w}`,
    `shape=${shape}`,
    `wr=${writing(t)}`,
    `suf3=${w.slice(-3)}`,
    `suf2=${w.slice(-2)}`,
    `pre3=${w.slice(0, 3)}`,
    `pre2=${w.slice(0, 2)}`,
    `len=${Math.min(w.length, 8)}`,
    `w-1=${prev?.lower ?? '<s>'}`,
    `w+1=${next?.lower ?? '</s>'}`,
    `w-2=${prev2?.lower ?? '<s>'}`,
    `w+2=${next2?.lower ?? '</s>'}`,
    `wr-1=${writing(prev)}`,
    `wr+1=${writing(next)}`,
    `wr-1|wr=${writing(prev)}|${writing(t)}`,
    `wr|wr+1=${writing(t)}|${writing(next)}`,
    `joined=${t.joined}`,
    `joined+1=${next?.joined ?? false}`,
    `headline=${t.headline}`,
    `cue=${lexiconCue(t)}`,
    `cue-1=${lexiconCue(prev)}`,
    `cue+1=${lexiconCue(next)}`,
    `cue-2=${lexiconCue(prev2)}`,
    `w-1|wr=${prev?.lower ?? '<s>'}|${writing(t)}`,
    `place=${places[i] ?? 'O'}`,
    `place-1=${places[i - 1] ?? '<s>'}`,
    `place+1=${places[i + 1] ?? '</s>'}`,
  ];
  return f;
}

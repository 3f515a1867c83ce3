// Features the learner sees: stemmed unigrams and bigrams with where they occur, plus the lexicon's
// own verdict, so a model trained on few corrections starts from the rules rather than from nothing.
import { stem } from '../../text/stemmer.ts';
import { normalizeWord, wordTokens } from '../../text/words.ts';
import type { ToneReason } from '../types.ts';
import { analyzeTone, type ToneInput } from './article-tone.ts';

export interface Feature {
  name: string;
  /** The words as written (or the lexicon's verdict). */
  text: string;
  /** Where the feature first occurs; `inTitle` when that is in the title. */
  start: number;
  end: number;
  inTitle: boolean;
}

/** The lexicon verdict counts as this many tokens. */
export const LEXICON_FEATURE_REPEAT = 3;

function textFeatures(text: string, inTitle: boolean, out: Feature[]): void {
  const words = wordTokens(text);
  let previous: { stem: string; start: number } | null = null;
  for (const word of words) {
    const s = stem(normalizeWord(word.text));
    out.push({ name: s, text: word.text, start: word.start, end: word.end, inTitle });
    if (previous) {
      const pair = { name: `${previous.stem} ${s}`, start: previous.start, end: word.end, inTitle };
      out.push({ ...pair, text: text.slice(pair.start, pair.end) });
    }
    previous = { stem: s, start: word.start };
  }
}

export function toneFeatures(input: ToneInput): { features: Feature[]; lexiconReason: ToneReason | null } {
  const features: Feature[] = [];
  if (input.title) textFeatures(input.title, true, features);
  textFeatures(input.text, false, features);
  const lexicon = analyzeTone(input);
  const top = lexicon.reasons.find((r) => r.rule !== 'contrast' && r.rule !== 'concession') ?? null;
  for (let i = 0; i < LEXICON_FEATURE_REPEAT; i++) {
    features.push({
      name: `__lexicon:${lexicon.label}`,
      text: `leksikon: ${lexicon.label}`,
      start: top?.start ?? 0,
      end: top?.end ?? 0,
      inTitle: top?.rule === 'headline',
    });
  }
  return { features, lexiconReason: top };
}

// The compiled news-domain lexicon: every themed list merged into one index keyed by the first word,
// so a token finds its longest matching phrase in one look-up.
import { stem } from '../../text/stemmer.ts';
import { CRIME } from './lexicon-crime.ts';
import { DISASTER } from './lexicon-disaster.ts';
import { ECONOMY } from './lexicon-economy.ts';
import { GOVERNANCE } from './lexicon-governance.ts';
import { HEALTH } from './lexicon-health.ts';
import { PROTEST } from './lexicon-protest.ts';
import { PUBLIC_SERVICE } from './lexicon-public-service.ts';
import type { LexiconEntries } from './lexicon-types.ts';

/** A word of a phrase: its written form, and its stem when other affixed forms may match by stem. */
interface PhraseWord {
  surface: string;
  stem: string | null;
}

export interface LexiconPhrase {
  keys: PhraseWord[];
  weight: number;
  /** The phrase as written in the lexicon, shown in reasons. */
  entry: string;
}

export interface TokenKeys {
  lower: string;
  stem: string;
}

const THEMES: LexiconEntries[] = [DISASTER, CRIME, PUBLIC_SERVICE, ECONOMY, GOVERNANCE, PROTEST, HEALTH];

/** Stems shared by unrelated words ("resmi" official, "sakit" in rumah sakit, "pasti"...): written forms only. */
const AMBIGUOUS_STEMS = new Set(
  'berat keras salah tanya pasti resmi lapor jamin pilih capai cukup sehat padam layan bebas tutup putus gelap tunda sakit kritis lindung kualitas damping contoh sayang kurang kendal simpang hilang tiada potong sidik bantu selamat'.split(
    ' ',
  ),
);
const MIN_STEM = 5;

function phraseWord(word: string): PhraseWord {
  if (word.startsWith('=')) return { surface: word.slice(1), stem: null };
  const s = stem(word);
  return { surface: word, stem: s.length >= MIN_STEM && !AMBIGUOUS_STEMS.has(s) ? s : null };
}

/** Index keys: `=form` for written forms, the bare stem for stem look-ups. */
function compile(themes: LexiconEntries[]): Map<string, LexiconPhrase[]> {
  const byEntry = new Map<string, LexiconPhrase>();
  for (const theme of themes) {
    for (const [entry, weight] of Object.entries(theme)) {
      const keys = entry.split(' ').map(phraseWord);
      const id = keys.map((k) => k.surface).join(' ');
      // The same phrase in two themes: keep the stronger reading.
      const existing = byEntry.get(id);
      if (existing && Math.abs(existing.weight) >= Math.abs(weight)) continue;
      byEntry.set(id, { keys, weight, entry: entry.replaceAll('=', '') });
    }
  }
  const index = new Map<string, LexiconPhrase[]>();
  const add = (key: string, phrase: LexiconPhrase) => {
    const list = index.get(key) ?? [];
    list.push(phrase);
    index.set(key, list);
  };
  for (const phrase of byEntry.values()) {
    add(`=${phrase.keys[0].surface}`, phrase);
    if (phrase.keys[0].stem) add(phrase.keys[0].stem, phrase);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

const INDEX = compile(THEMES);
/** Every written form in the lexicon: such a token matches by its form only, never by its stem. */
const SURFACES = new Set<string>();
for (const list of INDEX.values())
  for (const phrase of list) for (const w of phrase.keys) SURFACES.add(w.surface);

function matchesWord(word: PhraseWord, token: TokenKeys): boolean {
  if (word.surface === token.lower) return true;
  return word.stem !== null && word.stem === token.stem && !SURFACES.has(token.lower);
}

/** INDEX's by-form entries keyed by the bare form, so a look-up needs no new string per token. */
const BY_SURFACE = new Map<string, LexiconPhrase[]>();
for (const [key, list] of INDEX) if (key.startsWith('=')) BY_SURFACE.set(key.slice(1), list);

function longest(
  candidates: LexiconPhrase[] | undefined,
  tokens: readonly TokenKeys[],
  at: number,
  found: LexiconPhrase | null,
): LexiconPhrase | null {
  if (!candidates) return found;
  let best = found;
  for (const phrase of candidates) {
    if (best && best.keys.length >= phrase.keys.length) continue;
    if (at + phrase.keys.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.keys.length && ok; k++) ok = matchesWord(phrase.keys[k], tokens[at + k]);
    if (ok) best = phrase;
  }
  return best;
}

/** The longest lexicon phrase starting at `tokens[at]`, or null; by form first, then by stem. */
export function matchPhrase(tokens: readonly TokenKeys[], at: number): LexiconPhrase | null {
  const token = tokens[at];
  const bySurface = longest(BY_SURFACE.get(token.lower), tokens, at, null);
  return SURFACES.has(token.lower) ? bySurface : longest(INDEX.get(token.stem), tokens, at, bySurface);
}

/** Number of phrases in the lexicon, for the benchmark report. */
export function lexiconSize(): number {
  let n = 0;
  for (const [key, list] of INDEX) if (key.startsWith('=')) n += list.length;
  return n;
}

// Candidate key phrases: runs of content words between function words, punctuation, verbs and
// casing changes, and every 1–4 word n-gram inside a run, counted with where and how they appear.
import { splitSentences } from '../../text/sentences.ts';
import { cachedStem } from '../../text/stem-cache.ts';
import { STOPWORDS } from '../../text/stopwords.ts';
import { hasNumber, isAcronym, startsUpper } from '../../text/word-shape.ts';
import { type WordToken, wordTokens } from '../../text/words.ts';
import { type ArticleText, bodyWords } from '../article-text.ts';
import { datelineLength, isFurniture } from '../summary/furniture.ts';
import { NEWS_WORDS } from './news-words.ts';

/** 'upper'/'lower' where casing says something; 'unknown' at a sentence start and in headlines. */
type Casing = 'upper' | 'lower' | 'unknown';

interface Word {
  surface: string;
  lower: string;
  stem: string;
  casing: Casing;
}

export interface Candidate {
  key: string;
  stems: string[];
  count: number;
  titleCount: number;
  upperCount: number;
  firstSentence: number;
  /** Surface forms seen, with how reliable their casing is (mid-sentence body text is best). */
  surfaces: Map<string, number>;
}

export interface CandidateSet {
  candidates: Map<string, Candidate>;
  /** How often each word stem occurs, for phrase cohesion. */
  stemCounts: Map<string, number>;
  sentenceCount: number;
}

const MAX_WORDS = 4;
// Heads of names ("Kota Sukamaju", "Dinas Sosial", "Ketua KONI") that say nothing alone.
const HEAD_ONLY = new Set(
  'kota kabupaten kecamatan kelurahan desa provinsi dinas badan kantor negeri kepala ketua wakil wali sekretaris anggota pemerintah daerah umum soal'.split(
    ' ',
  ),
);
// A lower-case word the stemmer strips me-/di-/ber- from is a verb ("merendam", "diperbaiki",
// "berharap"); nouns keep such a start ("dinas", "bermuda" aside) or take pe-/per-/ke- instead.
const VERB_PREFIX = /^(?:me|di|ber|be)/;

function isVerbLike(lower: string, stemmed: string): boolean {
  return VERB_PREFIX.test(lower) && !stemmed.startsWith(lower.slice(0, 2)) && lower.length > 4;
}

function isBoundaryWord(lower: string, stemmed: string, casing: Casing): boolean {
  if (lower.length < 2 || hasNumber(lower)) return true;
  if (STOPWORDS.has(lower) || NEWS_WORDS.has(lower)) return true;
  return casing !== 'upper' && isVerbLike(lower, stemmed);
}

/** Splits one sentence into runs of content words. */
function runsOf(text: string, inTitle: boolean, words?: readonly WordToken[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = -1;
  const tokens = words ?? wordTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const surface = token.text;
    const lower = surface.toLowerCase();
    const acronym = isAcronym(surface);
    const casing: Casing =
      acronym && surface.length > 1
        ? 'upper'
        : inTitle || i === 0
          ? 'unknown'
          : startsUpper(surface)
            ? 'upper'
            : 'lower';
    const stemmed = cachedStem(lower);
    // A lone space, the commonest gap, is no punctuation.
    const punctuated =
      lastEnd >= 0 &&
      !(token.start === lastEnd + 1 && text.charCodeAt(lastEnd) === 32) &&
      text.slice(lastEnd, token.start).trim() !== '';
    lastEnd = token.end;
    const previous = run[run.length - 1];
    const caseChange =
      previous !== undefined &&
      previous.casing !== 'unknown' &&
      casing !== 'unknown' &&
      previous.casing !== casing;
    if (punctuated || caseChange) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (isBoundaryWord(lower, stemmed, casing)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    run.push({ surface, lower, stem: stemmed, casing });
  }
  if (run.length) runs.push(run);
  return runs;
}

interface Gram {
  key: string;
  surface: string;
  upper: boolean;
  run: Word[];
  from: number;
  n: number;
}

function record(set: CandidateSet, gram: Gram, sentence: number, inTitle: boolean): void {
  let candidate = set.candidates.get(gram.key);
  // Headline words are Title Cased and clipped; they only confirm phrases the body has.
  if (!candidate && inTitle) return;
  if (!candidate) {
    candidate = {
      key: gram.key,
      stems: gram.run.slice(gram.from, gram.from + gram.n).map((w) => w.stem),
      count: 0,
      titleCount: 0,
      upperCount: 0,
      firstSentence: Number.POSITIVE_INFINITY,
      surfaces: new Map(),
    };
    set.candidates.set(gram.key, candidate);
  }
  if (inTitle) candidate.titleCount++;
  else {
    candidate.count++;
    if (sentence < candidate.firstSentence) candidate.firstSentence = sentence;
  }
  if (gram.upper) candidate.upperCount++;
  const reliability = inTitle ? 1 : gram.run[gram.from].casing === 'unknown' ? 2 : 4;
  candidate.surfaces.set(gram.surface, (candidate.surfaces.get(gram.surface) ?? 0) + reliability);
}

function addSentence(
  set: CandidateSet,
  text: string,
  sentence: number,
  inTitle: boolean,
  words?: readonly WordToken[],
): void {
  for (const run of runsOf(text, inTitle, words)) {
    for (const word of run) set.stemCounts.set(word.stem, (set.stemCounts.get(word.stem) ?? 0) + 1);
    for (let from = 0; from < run.length; from++) {
      const gram: Gram = { key: '', surface: '', upper: false, run, from, n: 0 };
      for (let n = 1; n <= MAX_WORDS && from + n <= run.length; n++) {
        const word = run[from + n - 1];
        gram.key = n === 1 ? word.stem : `${gram.key} ${word.stem}`;
        gram.surface = n === 1 ? word.surface : `${gram.surface} ${word.surface}`;
        gram.upper ||= word.casing === 'upper';
        gram.n = n;
        if (!HEAD_ONLY.has(word.lower)) record(set, gram, sentence, inTitle);
      }
    }
  }
}

/** `article` is readArticleText(text), when the caller already read it. */
export function collectCandidates(
  title: string | undefined,
  text: string,
  article?: ArticleText,
): CandidateSet {
  const set: CandidateSet = { candidates: new Map(), stemCounts: new Map(), sentenceCount: 0 };
  let position = 0;
  if (article && article.text === text) {
    for (const sentence of article.sentences) {
      if (sentence.furniture) continue;
      // Words keep their offsets into the whole text, so the gaps between them are read from it.
      addSentence(set, text, position++, false, bodyWords(sentence));
    }
  } else {
    for (const sentence of splitSentences(text)) {
      if (isFurniture(sentence.text)) continue;
      addSentence(set, sentence.text.slice(datelineLength(sentence.text)), position++, false);
    }
  }
  if (title?.trim()) addSentence(set, title, 0, true);
  set.sentenceCount = position;
  return set;
}

// Splits Indonesian news text into sentences without breaking at titles, degrees, initials,
// abbreviations, decimals, clock times, web addresses or quotes that end mid-sentence.

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Words that are always followed by more of the same sentence (titles, address parts, units). */
const NEVER_FINAL = new Set([
  'h',
  'hj',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'kec',
  'kel',
  'kab',
  'kota',
  'prov',
  'jl',
  'jln',
  'gg',
  'no',
  'nomor',
  'rt',
  'rw',
  'rp',
  'tel',
  'telp',
  'hp',
  'hlm',
  'tgl',
  'bpk',
  'bp',
  'sdr',
  'sdri',
  'yth',
  'ny',
  'nn',
  'tn',
  'st',
  'mr',
  'mrs',
  'ms',
  'kol',
  'letkol',
  'mayor',
  'kapt',
  'lettu',
  'letda',
  'jend',
  'jenderal',
  'letjen',
  'mayjen',
  'brigjen',
  'irjen',
  'komjen',
  'kombes',
  'akbp',
  'kompol',
  'akp',
  'iptu',
  'ipda',
  'aiptu',
  'aipda',
  'bripka',
  'brigpol',
  'briptu',
  'bripda',
  'serka',
  'sertu',
  'serma',
  'pelda',
  'kopda',
  'praka',
  'pratu',
  'kh',
  'ust',
  'ustd',
  'habib',
  'hb',
  'ds',
  'kp',
  'dk',
  'ps',
  'pt',
  'cv',
  'ud',
  'pd',
  'kab',
  'kpt',
  'a.n',
  'u.p',
  'u.b',
  'q.q',
  'vol',
  'ed',
  'ibid',
  'vs',
  'lt',
  'km',
  'ha',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'ags',
  'sep',
  'sept',
  'okt',
  'nov',
  'des',
  'dep',
  'art',
  'pasal',
  'ayat',
  'bab',
]);

/** Abbreviations that end a sentence when the next word starts with a capital. */
const MAYBE_FINAL = new Set([
  'dll',
  'dsb',
  'dst',
  'dkk',
  'etc',
  'sda',
  'tbk',
  'ltd',
  'inc',
  'co',
  'dg',
  'wib',
  'wita',
  'wit',
]);

/** "S.H", "S.Sos"-with-dots, "M.Si", "a.n", "Ph.D", "S.I.Kom": short letter groups joined by dots. */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u;
const DEGREE = /^(?:S|M|A|D)\.?\p{L}{1,5}$/u;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  // ASCII answered without the regular expression, which only the rare wide spaces need.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(ch);
}

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{N}"“‘'([«‹-]/u.test(ch);
}

/** The non-space run that ends just before `dot` (the word the full stop belongs to). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && !isSpace(text[i - 1]) && !'("“‘[«'.includes(text[i - 1] as string)) i--;
  return text.slice(i, dot);
}

/** Whether a full stop at `dot` belongs to an abbreviation rather than ending the sentence. */
function isAbbreviationDot(text: string, dot: number, nextChar: string | undefined): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  const lower = word.toLowerCase();
  // Degrees after a name and its comma ("Budi Santoso, S.Sos.") may close the sentence.
  const afterComma = text[dot - word.length - 1] === ' ' && text[dot - word.length - 2] === ',';
  if (afterComma && (DOTTED_ABBREVIATION.test(word) || DEGREE.test(word))) return !isUpperStart(nextChar);
  if (NEVER_FINAL.has(lower)) return true;
  if (MAYBE_FINAL.has(lower)) return !isUpperStart(nextChar);
  // A single capital is an initial ("A. Rahman"), a dotted short group is a degree or "a.n".
  if (/^\p{Lu}$/u.test(word)) return true;
  if (DOTTED_ABBREVIATION.test(word)) return true;
  return false;
}

/** Index just after the sentence ending at the terminator run starting at `i`, or -1 when it is no end. */
function sentenceEnd(text: string, i: number): number {
  const ch = text[i] as string;
  const prev = text[i - 1];
  // Inside numbers, times, hosts and e-mail addresses ("1.500", "14.05", "kompas.com").
  if (
    ch === '.' &&
    !isSpace(text[i + 1]) &&
    i + 1 < text.length &&
    !CLOSERS.has(text[i + 1] as string) &&
    !TERMINATORS.has(text[i + 1] as string)
  ) {
    return -1;
  }
  let j = i;
  while (j < text.length && TERMINATORS.has(text[j] as string)) j++;
  const run = text.slice(i, j);
  while (j < text.length && CLOSERS.has(text[j] as string)) j++;
  if (j < text.length && !isSpace(text[j])) return -1;
  let k = j;
  while (k < text.length && isSpace(text[k])) k++;
  const next = text[k];
  if (k >= text.length) return j;
  if (run === '.' && prev !== undefined && isAbbreviationDot(text, i, next)) return -1;
  // Ellipses and question/exclamation marks inside speech often continue the sentence in lower case
  // ("“Siapa?” tanya Bupati."), and so does a full stop after an unknown abbreviation.
  if (!isUpperStart(next)) return -1;
  return j;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** Sentences of `text` with their offsets; a line break always ends a sentence (paragraphs, headlines). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isTerminator(code)) {
      const end = sentenceEnd(text, i);
      if (end > 0) {
        pushTrimmed(out, text, start, end);
        start = end;
        i = end;
        continue;
      }
      while (i + 1 < text.length && isTerminator(text.charCodeAt(i + 1))) i++;
    }
    i++;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

// Splits text into search words the way PostgreSQL's default parser does for
// to_tsvector('indonesian', …), so text indexed in SQLite matches what PostgreSQL indexes.
import { stem } from './stemmer.ts';

/** One lexeme source: `stemmed` words go through the Indonesian stemmer, the rest (numbers, hosts,
 * URLs, e-mail addresses, file names, words with digits) are kept as they are, as PostgreSQL's
 * `simple` dictionary does for those token types. */
interface SearchToken {
  text: string;
  stemmed: boolean;
}

const LETTER = /\p{L}/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/** Width in UTF-16 units of the letter at `i`, or 0 when there is none. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) ? 1 : 0;
  if (code < 0xc0 && code !== 0xaa && code !== 0xb5 && code !== 0xba) return 0;
  const point = text.codePointAt(i) ?? 0;
  if (!LETTER.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

function isLetter(text: string, i: number): boolean {
  return letterWidth(text, i) > 0;
}

/** Host label characters; PostgreSQL accepts underscores and inner hyphens in host names. */
function isLabelChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 95;
}

/** RFC 3986 characters PostgreSQL lets into a URL path (printable ASCII minus a few). */
function isUrlChar(code: number): boolean {
  if (!(code > 0x20 && code < 0x7f)) return false; // also false past the end, where code is NaN
  return !'"<>\\^`{|}'.includes(String.fromCharCode(code));
}

function labelEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (isLabelChar(code)) j++;
    else if (code === 45 && j > i && isLabelChar(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

function isTopLevelLabel(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) if (!isAsciiLetter(text.charCodeAt(k))) return false;
  return true;
}

/** End of the longest host name (labels, a dot, then a top-level label of 2+ letters) at `i`,
 * with any :port; -1 when there is none. "abc.def.gh1" gives "abc.def", as PostgreSQL does. */
function hostEnd(text: string, i: number): number {
  let best = -1;
  let start = i;
  let labels = 0;
  while (start < text.length && isLabelChar(text.charCodeAt(start))) {
    const end = labelEnd(text, start);
    labels++;
    if (labels > 1 && isTopLevelLabel(text, start, end)) best = end;
    if (text.charCodeAt(end) !== 46 /* . */) break;
    start = end + 1;
  }
  if (best > 0 && text.charCodeAt(best) === 58 /* : */ && isDigit(text.charCodeAt(best + 1))) {
    best += 2;
    while (isDigit(text.charCodeAt(best))) best++;
  }
  return best;
}

function urlPathEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 47 /* / */ || !isUrlChar(text.charCodeAt(i + 1))) return -1;
  let j = i + 1;
  while (isUrlChar(text.charCodeAt(j))) j++;
  return j;
}

function emailEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const code = text.charCodeAt(j);
    if (isAsciiAlnum(code) || code === 46 || code === 95 || code === 45 || code === 43) j++;
    else break;
  }
  if (text.charCodeAt(j) !== 64 /* @ */) return -1;
  return hostEnd(text, j + 1);
}

/** File and path names such as "12/03/2024", "dan/atau", "Rp1.500.000", "No.12". */
function fileEnd(text: string, i: number): number {
  let j = i;
  let end = -1;
  for (;;) {
    while (isLabelChar(text.charCodeAt(j)) || text.charCodeAt(j) === 45) j++;
    const separator = text.charCodeAt(j);
    if ((separator !== 46 && separator !== 47) || !isLabelChar(text.charCodeAt(j + 1))) break;
    j++;
    end = j;
  }
  if (end < 0) return -1;
  while (text.charCodeAt(j - 1) === 45) j--;
  return j;
}

/** ".." right after a word (as in "telanjang.. ."), which PostgreSQL takes for a relative path. */
function isDotDot(text: string, i: number): boolean {
  if (text.charCodeAt(i + 1) !== 46 || text.charCodeAt(i + 2) === 46 || i === 0) return false;
  return isDigit(text.charCodeAt(i - 1)) || isLetter(text, i - 1);
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}

function alnumEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    if (isDigit(text.charCodeAt(j))) j++;
    else {
      const width = letterWidth(text, j);
      if (width === 0) return j;
      j += width;
    }
  }
}

/** Signed numbers ("-19" in "COVID-19"), decimals ("3.5", "10.30"), dotted versions ("1.500.000")
 * and exponents; returns -1 when the digits at `i` run on into something else. */
function numberEnd(text: string, i: number): number {
  const signed = !isDigit(text.charCodeAt(i));
  let j = digitsEnd(text, signed ? i + 1 : i);
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j = digitsEnd(text, j + 1);
    while (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) j = digitsEnd(text, j + 1);
  }
  const next = text.charCodeAt(j);
  if ((next === 101 || next === 69) && isDigit(text.charCodeAt(j + 1))) return digitsEnd(text, j + 1);
  return j;
}

/** End of a run of letters and digits at `i` holding at least one letter (a word part), or -1. */
function wordRunEnd(text: string, i: number): number {
  const end = alnumEnd(text, i);
  for (let k = i; k < end; k++) if (!isDigit(text.charCodeAt(k))) return end;
  return -1;
}

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (isDigit(word.charCodeAt(k))) return true;
  return false;
}

/** A word starting with a letter, possibly hyphenated ("sehari-hari", "e-KTP"): PostgreSQL indexes
 * the whole compound and then each part. Words with digits are kept unstemmed. */
function pushWord(tokens: SearchToken[], parts: string[]): void {
  const whole = parts.join('-');
  tokens.push({ text: whole, stemmed: !hasDigit(whole) });
  if (parts.length > 1) for (const part of parts) tokens.push({ text: part, stemmed: !hasDigit(part) });
}

function skipMarkup(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 38 /* & */) {
    const match = /^&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);/.exec(text.slice(i, i + 40));
    return match ? i + match[0].length : -1;
  }
  const first = text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  if (!isAsciiLetter(text.charCodeAt(first))) return -1;
  const close = text.indexOf('>', first);
  if (close < 0) return -1;
  const open = text.indexOf('<', first);
  return open >= 0 && open < close ? -1 : close + 1;
}

function scan(input: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  const text = input;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 60 || code === 38) {
      const end = skipMarkup(text, i);
      i = end > 0 ? end : i + 1;
      continue;
    }
    if ((code === 43 || code === 45) && isDigit(text.charCodeAt(i + 1))) {
      const end = numberEnd(text, i);
      tokens.push({ text: text.slice(i, end), stemmed: false });
      i = end;
      continue;
    }
    if (code === 47 /* / */ || (code === 46 && isDotDot(text, i))) {
      const end = code === 46 ? i + 2 : fileEnd(text, i);
      if (end > 0) tokens.push({ text: text.slice(i, end).toLowerCase(), stemmed: false });
      i = end > 0 ? end : i + 1;
      continue;
    }
    if (!isDigit(code) && !isLetter(text, i)) {
      i++;
      continue;
    }
    i = scanFrom(text, i, tokens);
  }
  return tokens;
}

/** Characters after an ASCII word that could make it a protocol, e-mail, host, file, compound or
 * longer word: ":@._-+/" and anything outside ASCII. */
function mayExtendWord(code: number): boolean {
  return (
    code >= 128 ||
    isAsciiAlnum(code) ||
    code === 58 ||
    code === 64 ||
    code === 46 ||
    code === 95 ||
    code === 45 ||
    code === 43 ||
    code === 47
  );
}

/** End of a plain ASCII word at `i` (letters and digits, at least one letter, followed by nothing
 * that could extend it), or -1; most words of news text are such, and the full scan gives them the
 * same single token. */
function plainWordEnd(text: string, i: number): number {
  let j = i;
  let letter = false;
  for (;;) {
    const code = text.charCodeAt(j);
    if (isAsciiLetter(code)) letter = true;
    else if (!isDigit(code)) break;
    j++;
  }
  if (!letter || (j < text.length && mayExtendWord(text.charCodeAt(j)))) return -1;
  return j;
}

/** Scans the token starting with a letter or digit at `i`; returns where the next one may start. */
function scanFrom(text: string, i: number, tokens: SearchToken[]): number {
  const word = plainWordEnd(text, i);
  if (word > 0) {
    const lower = text.slice(i, word).toLowerCase();
    tokens.push({ text: lower, stemmed: !hasDigit(lower) });
    return word;
  }
  const plain = (end: number) => {
    tokens.push({ text: text.slice(i, end).toLowerCase(), stemmed: false });
    return end;
  };
  if (isAsciiAlnum(text.charCodeAt(i))) {
    let protocol = i;
    while (isAsciiLetter(text.charCodeAt(protocol))) protocol++;
    // A protocol head ("https://") is not indexed; what follows is read as usual.
    if (protocol > i && text.startsWith('://', protocol)) return protocol + 3;
    const email = emailEnd(text, i);
    if (email > 0) return plain(email);
    const host = hostEnd(text, i);
    if (host > 0) {
      const path = urlPathEnd(text, host);
      if (path > 0) tokens.push({ text: text.slice(i, path).toLowerCase(), stemmed: false });
      tokens.push({ text: text.slice(i, host).toLowerCase(), stemmed: false });
      if (path > 0) tokens.push({ text: text.slice(host, path).toLowerCase(), stemmed: false });
      return path > 0 ? path : host;
    }
  }
  const run = wordRunEnd(text, i);
  if (run < 0) {
    const digits = digitsEnd(text, i);
    const file = text.charCodeAt(digits) === 47 ? fileEnd(text, i) : -1;
    return plain(file > 0 ? file : numberEnd(text, i));
  }
  let end = run;
  const parts = [text.slice(i, end).toLowerCase()];
  for (;;) {
    const partEnd = text.charCodeAt(end) === 45 ? wordRunEnd(text, end + 1) : -1;
    if (partEnd < 0) break;
    parts.push(text.slice(end + 1, partEnd).toLowerCase());
    end = partEnd;
  }
  if (parts.length === 1) {
    const file = fileEnd(text, i);
    if (file > end) return plain(file);
  }
  pushWord(tokens, parts);
  return end;
}

/** Lower-cased search words of `text`, in order, as PostgreSQL's parser finds them (hyphenated words
 * are followed by their parts). */
export function searchTokens(text: string): string[] {
  return scan(text).map((token) => token.text);
}

/** The lexemes `to_tsvector('indonesian', text)` would hold, in text order and with repeats. */
export function searchLexemes(text: string): string[] {
  return scan(text).map((token) => (token.stemmed ? stem(token.text) : token.text));
}

/** Text to index in SQLite FTS5: the lexemes joined by spaces. */
export function stemmedText(text: string): string {
  return searchLexemes(text).join(' ');
}

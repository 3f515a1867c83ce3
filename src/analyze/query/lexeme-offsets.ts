// Finds where each search lexeme of a text comes from, so a query match can be highlighted in the
// original title or text. The lexemes are exactly searchLexemes(text), in the same order.
import { cachedStem } from '../../text/stem-cache.ts';
import { searchTokens } from '../../text/tokens.ts';

export interface LexemeAt {
  lexeme: string;
  /** Offsets (JavaScript string indices) of the word it was made from in the original text. */
  start: number;
  end: number;
}

/** searchTokens are lower-cased slices of the text; when lower-casing changes a character's length
 * (rare: "İ"), positions in the lower-cased copy are mapped back through this table. */
function lowerWithMap(text: string): { lower: string; toOriginal: number[] | null } {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return { lower, toOriginal: null };
  let built = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const low = ch.toLowerCase();
    for (let k = 0; k < low.length; k++) toOriginal.push(i);
    built += low;
    i += ch.length;
  }
  toOriginal.push(text.length);
  return { lower: built, toOriginal };
}

/** searchLexemes stems the words made of letters (hyphenated or not) and keeps every other token
 * (numbers, words with digits, hosts, e-mail addresses, paths) as it is; the tests hold the two to
 * the same output. Lower-casing can add a combining mark ("İ" becomes "i̇"), hence \p{M}. */
const STEMMED = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;

/** Lower-case ASCII letters only: the commonest token, which STEMMED always accepts. */
function isPlainWord(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return token.length > 0;
}

function lexemeOf(token: string): string {
  return isPlainWord(token) || STEMMED.test(token) ? cachedStem(token) : token;
}

/**
 * The tokenizer emits a hyphenated word whole and then its parts, and a URL whole, then its host and
 * path; those follow-up tokens lie inside the one before. Every other token starts after the
 * previous one, so each is found by searching forward.
 */
export function searchLexemesWithOffsets(text: string): LexemeAt[] {
  const tokens = searchTokens(text);
  const { lower, toOriginal } = lowerWithMap(text);
  const at = (i: number) => (toOriginal ? toOriginal[i] : i);
  const out: LexemeAt[] = [];
  const push = (token: string, start: number) =>
    out.push({ lexeme: lexemeOf(token), start: at(start), end: at(start + token.length) });
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const found = lower.indexOf(token, cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + token.length;
    const parts = token.includes('-') ? token.split('-') : [token];
    if (parts.length > 1 && parts.every((p, k) => p !== '' && tokens[i + 1 + k] === p)) {
      push(token, start);
      let partStart = start;
      for (const part of parts) {
        push(part, partStart);
        partStart += part.length + 1;
      }
      i += parts.length;
      continue;
    }
    const host = tokens[i + 1];
    const path = tokens[i + 2];
    if (host && path?.startsWith('/') && token === host + path) {
      push(token, start);
      push(host, start);
      push(path, start + host.length);
      i += 2;
      continue;
    }
    push(token, start);
  }
  return out;
}

// Splits a subject query into operators, words, "phrases" and brackets, keeping each piece's
// position so a syntax error can point at the character the user has to fix.
import { PantauError } from '../../domain/errors.ts';
import { searchLexemes } from '../../text/tokens.ts';

export type QueryTokenType =
  | 'lparen'
  | 'rparen'
  | 'and'
  | 'or'
  | 'not'
  | 'near'
  | 'title'
  | 'phrase'
  | 'word';

export interface QueryToken {
  type: QueryTokenType;
  /** Index of the token's first character in the query. */
  pos: number;
  /** Phrase content or word as written (without `*`); empty for operators. */
  text: string;
  /** The word ended with `*`. */
  prefix?: boolean;
  /** n of NEAR/n. */
  distance?: number;
}

/**
 * A validation error naming the 1-based character position, as an editor shows it, in Indonesian
 * and then in English (the API and the CLI pick the caller's language from the two halves).
 */
export function queryError(pos: number, id: string, en: string): PantauError {
  return new PantauError(
    'validation',
    `Kueri tidak valid pada posisi ${pos + 1}: ${id} — invalid query at position ${pos + 1}: ${en}`,
  );
}

const FIELD = /^(title|judul):/i;
const NEAR = /^NEAR\/(\d+)$/i;
// Operators in any case: "or" is no Indonesian word, and a lower-case "or" taken as a word silently
// matched nothing. To search the word itself, quote it: "or".
const OPERATORS: Record<string, QueryTokenType> = { AND: 'and', OR: 'or', NOT: 'not' };
const STOP = new Set([' ', '\t', '\n', '\r', '(', ')', '"', '\u00a0', '\u3000']);

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

function readWord(query: string, start: number): number {
  let end = start;
  while (end < query.length && !STOP.has(query[end]) && !isSpace(query[end])) end++;
  return end;
}

function wordToken(raw: string, pos: number): QueryToken | null {
  const operator = OPERATORS[raw.toUpperCase()];
  if (operator) return { type: operator, pos, text: '' };
  const near = NEAR.exec(raw);
  if (near) return { type: 'near', pos, text: '', distance: Number(near[1]) };
  // A bare lower-case "near" stays a word; "near/…" can only have meant the operator.
  if (raw === 'NEAR' || /^NEAR\//i.test(raw)) {
    throw queryError(
      pos,
      'NEAR perlu jarak berupa angka, misalnya NEAR/5.',
      'NEAR needs a number as its distance, e.g. NEAR/5.',
    );
  }
  const stars = raw.indexOf('*');
  if (stars >= 0 && stars !== raw.length - 1) {
    throw queryError(
      pos + stars,
      "tanda '*' hanya boleh di akhir kata (awalan), misalnya banj*.",
      "'*' may only end a word (a prefix), e.g. banj*.",
    );
  }
  const prefix = stars >= 0;
  const text = prefix ? raw.slice(0, -1) : raw;
  if (!prefix && searchLexemes(text).length === 0) return null;
  return { type: 'word', pos, text, prefix };
}

export function lexQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const needsOperand = () => {
    const last = tokens[tokens.length - 1]?.type;
    return last === 'not' || last === 'near' || last === 'title';
  };
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', pos: i, text: '' });
      i++;
    } else if (ch === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) {
        throw queryError(
          i,
          'tanda kutip pembuka frasa tidak ditutup.',
          'the opening quote of a phrase is never closed.',
        );
      }
      tokens.push({ type: 'phrase', pos: i, text: query.slice(i + 1, close) });
      i = close + 1;
    } else if (ch === '-') {
      const next = query[i + 1];
      if (next === undefined || isSpace(next) || next === ')' || next === '-') {
        throw queryError(
          i,
          'tanda \'-\' harus langsung diikuti kata, frasa, atau kurung, misalnya -"Kabupaten Bekasi".',
          '\'-\' must be followed directly by a word, a phrase or a bracket, e.g. -"Kabupaten Bekasi".',
        );
      }
      tokens.push({ type: 'not', pos: i, text: '' });
      i++;
    } else {
      const field = FIELD.exec(query.slice(i, i + 6));
      if (field) {
        tokens.push({ type: 'title', pos: i, text: '' });
        i += field[0].length;
        continue;
      }
      const end = readWord(query, i);
      const token = wordToken(query.slice(i, end), i);
      if (token) tokens.push(token);
      else if (needsOperand()) {
        const raw = query.slice(i, end);
        throw queryError(i, `"${raw}" tidak memuat huruf atau angka.`, `"${raw}" has no letters or digits.`);
      }
      i = end;
    }
  }
  return tokens;
}

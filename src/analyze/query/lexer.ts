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

/** A validation error naming the 1-based character position, as an editor shows it. */
export function queryError(pos: number, message: string): PantauError {
  return new PantauError('validation', `Kueri subjek tidak valid pada posisi ${pos + 1}: ${message}`);
}

const FIELD = /^(title|judul):/i;
const NEAR = /^NEAR\/(\d+)$/;
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
  if (raw === 'AND') return { type: 'and', pos, text: '' };
  if (raw === 'OR') return { type: 'or', pos, text: '' };
  if (raw === 'NOT') return { type: 'not', pos, text: '' };
  const near = NEAR.exec(raw);
  if (near) return { type: 'near', pos, text: '', distance: Number(near[1]) };
  if (raw === 'NEAR' || raw.startsWith('NEAR/')) {
    throw queryError(pos, 'NEAR perlu jarak berupa angka, misalnya NEAR/5.');
  }
  const stars = raw.indexOf('*');
  if (stars >= 0 && stars !== raw.length - 1) {
    throw queryError(pos + stars, "tanda '*' hanya boleh di akhir kata (awalan), misalnya banj*.");
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
      if (close < 0) throw queryError(i, 'tanda kutip pembuka frasa tidak ditutup.');
      tokens.push({ type: 'phrase', pos: i, text: query.slice(i + 1, close) });
      i = close + 1;
    } else if (ch === '-') {
      const next = query[i + 1];
      if (next === undefined || isSpace(next) || next === ')' || next === '-') {
        throw queryError(
          i,
          'tanda \'-\' harus langsung diikuti kata, frasa, atau kurung, misalnya -"Kabupaten Bekasi".',
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
      else if (needsOperand()) throw queryError(i, `"${query.slice(i, end)}" tidak memuat huruf atau angka.`);
      i = end;
    }
  }
  return tokens;
}

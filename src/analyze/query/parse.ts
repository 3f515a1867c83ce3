// Parses a monitored subject's boolean query (AND/OR/NOT/-, "phrases", brackets, prefix*, NEAR/n,
// title:) into lexeme patterns, stemmed exactly as the store indexes articles.
import { searchLexemes, searchTokens } from '../../text/tokens.ts';
import { type PatternNode, QUERY_LIMITS, type QueryNode } from './ast.ts';
import { lexQuery, type QueryToken, queryError } from './lexer.ts';

const OPERAND_START = new Set(['lparen', 'not', 'title', 'phrase', 'word']);

const describe = (t: QueryToken | undefined) =>
  t === undefined
    ? 'kueri berakhir sebelum selesai'
    : t.type === 'rparen'
      ? "kurung tutup ')' tanpa pasangan"
      : t.type === 'near'
        ? 'NEAR harus berada di antara dua kata atau frasa'
        : `operator ${t.type.toUpperCase()} tidak pada tempatnya`;

class Parser {
  private i = 0;
  private patterns = 0;

  constructor(
    private readonly tokens: QueryToken[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) throw queryError(0, 'kueri kosong; tulis minimal satu kata.');
    const node = this.or(0);
    const rest = this.tokens[this.i];
    if (rest) throw queryError(rest.pos, `${describe(rest)}.`);
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.i];
  }

  private fail(): never {
    const t = this.peek();
    throw queryError(t?.pos ?? this.length, `${describe(t)}.`);
  }

  private deeper(depth: number, pos: number): number {
    if (depth + 1 > QUERY_LIMITS.depth) {
      throw queryError(pos, `kueri bersarang terlalu dalam (maksimum ${QUERY_LIMITS.depth} tingkat).`);
    }
    return depth + 1;
  }

  private or(depth: number): QueryNode {
    const children = [this.and(depth)];
    while (this.peek()?.type === 'or') {
      this.i++;
      children.push(this.and(depth));
    }
    return group('or', children);
  }

  private and(depth: number): QueryNode {
    const children = [this.near(depth)];
    for (;;) {
      const t = this.peek();
      if (t?.type === 'and') this.i++;
      else if (!t || !OPERAND_START.has(t.type)) break;
      children.push(this.near(depth));
    }
    return group('and', children);
  }

  private near(depth: number): QueryNode {
    const left = this.unary(depth);
    const op = this.peek();
    if (op?.type !== 'near') return left;
    this.i++;
    const right = this.unary(depth);
    if (left.kind !== 'pattern' || right.kind !== 'pattern') {
      throw queryError(
        op.pos,
        'NEAR hanya menghubungkan dua kata, frasa, atau awalan (tanpa NOT, kurung, atau title:).',
      );
    }
    const distance = op.distance ?? 0;
    if (distance < 1 || distance > QUERY_LIMITS.near) {
      throw queryError(op.pos, `jarak NEAR harus antara 1 dan ${QUERY_LIMITS.near}.`);
    }
    if (this.peek()?.type === 'near') {
      throw queryError(
        this.peek()?.pos ?? op.pos,
        'NEAR tidak bisa dirangkai; gabungkan dua NEAR dengan AND.',
      );
    }
    return { kind: 'near', left, right, distance };
  }

  private unary(depth: number): QueryNode {
    const t = this.peek();
    if (t?.type !== 'not') return this.primary(depth);
    this.i++;
    return { kind: 'not', child: this.unary(this.deeper(depth, t.pos)) };
  }

  private primary(depth: number): QueryNode {
    const t = this.peek();
    if (!t) return this.fail();
    if (t.type === 'lparen') {
      this.i++;
      const inner = this.or(this.deeper(depth, t.pos));
      if (this.peek()?.type !== 'rparen') {
        const next = this.peek();
        if (!next) throw queryError(t.pos, "kurung buka '(' tidak ditutup.");
        this.fail();
      }
      this.i++;
      return inner;
    }
    if (t.type === 'title') {
      this.i++;
      const next = this.peek();
      if (!next || !['lparen', 'phrase', 'word', 'title'].includes(next.type)) {
        throw queryError(t.pos, 'title: harus diikuti kata, "frasa", atau (kelompok).');
      }
      return { kind: 'title', child: this.primary(this.deeper(depth, t.pos)) };
    }
    if (t.type === 'phrase' || t.type === 'word') {
      this.i++;
      if (++this.patterns > QUERY_LIMITS.patterns) {
        throw queryError(t.pos, `terlalu banyak kata (maksimum ${QUERY_LIMITS.patterns}).`);
      }
      return t.prefix ? prefixPattern(t) : wordsPattern(t);
    }
    return this.fail();
  }
}

function group(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  if (children.length === 1) return children[0];
  return { kind, children: children.flatMap((c) => (c.kind === kind ? c.children : [c])) };
}

function wordsPattern(t: QueryToken): PatternNode {
  const lexemes = searchLexemes(t.text);
  if (lexemes.length === 0) throw queryError(t.pos, 'frasa kosong; tulis kata di antara tanda kutip.');
  if (lexemes.length > QUERY_LIMITS.phraseLexemes) {
    throw queryError(t.pos, `frasa terlalu panjang (maksimum ${QUERY_LIMITS.phraseLexemes} kata).`);
  }
  return { kind: 'pattern', tests: lexemes.map((lexeme) => ({ lexeme, prefix: false })), source: t.text };
}

/** `banj*`: the prefix is compared with the stored stems, so it is lower-cased but not stemmed. */
function prefixPattern(t: QueryToken): PatternNode {
  const lexeme = t.text.toLowerCase();
  const tokens = searchTokens(t.text);
  if (tokens.length !== 1 || tokens[0] !== lexeme) {
    throw queryError(t.pos, `awalan "${t.text}*" harus satu kata dari huruf atau angka saja.`);
  }
  if ([...lexeme].length < QUERY_LIMITS.prefixLength) {
    throw queryError(t.pos, `awalan sebelum '*' minimal ${QUERY_LIMITS.prefixLength} huruf.`);
  }
  return { kind: 'pattern', tests: [{ lexeme, prefix: true }], source: `${t.text}*` };
}

/** Parses a subject query; throws PantauError('validation') naming the position of a syntax error. */
export function parseSubjectQuery(query: string): QueryNode {
  if (query.length > QUERY_LIMITS.length) {
    throw queryError(
      QUERY_LIMITS.length,
      `kueri terlalu panjang (maksimum ${QUERY_LIMITS.length} karakter).`,
    );
  }
  return new Parser(lexQuery(query), query.length).parse();
}

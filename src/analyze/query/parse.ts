// Parses a query (a monitored subject's, or a search typed by a user) into lexeme patterns, stemmed
// exactly as the store indexes articles: AND/OR/NOT/- in any case, "phrases", brackets, prefix*,
// NEAR/n, title:. Implicit AND binds tighter than OR (as in Lucene); an exclusion written beside the
// other words (-kata, NOT kata) excludes from its whole group, i.e. the whole query or the brackets
// it stands in, so `banjir OR genangan -"Kabupaten X"` leaves Kabupaten X out of both alternatives.
import { searchLexemes, searchTokens } from '../../text/tokens.ts';
import { nearWork, type PatternNode, QUERY_LIMITS, type QueryNode } from './ast.ts';
import { lexQuery, type QueryToken, queryError } from './lexer.ts';

const OPERAND_START = new Set(['lparen', 'not', 'title', 'phrase', 'word']);

/** What is wrong with the token found where an operand or the end was expected: [id, en]. */
function describe(t: QueryToken | undefined): [string, string] {
  if (t === undefined) return ['kueri berakhir sebelum selesai.', 'the query ends too early.'];
  if (t.type === 'rparen') return ["kurung tutup ')' tanpa pasangan.", "')' has no matching '('."];
  if (t.type === 'near') {
    return [
      'NEAR harus berada di antara dua kata atau frasa.',
      'NEAR must stand between two words or phrases.',
    ];
  }
  const op = t.type.toUpperCase();
  return [`operator ${op} tidak pada tempatnya.`, `operator ${op} is out of place.`];
}

/** A group's conjunction as written, with its bare exclusions told apart from its other parts. */
interface Conjunction {
  parts: QueryNode[];
  excluded: QueryNode[];
}

/** Identity of a node by meaning (lexemes, not the spelling it came from), to drop repeats. */
function keyOf(node: QueryNode): string {
  return JSON.stringify(node, (k, v) => (k === 'source' ? undefined : v));
}

function unique(nodes: QueryNode[]): QueryNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const key = keyOf(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function group(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  const flat = unique(children.flatMap((c) => (c.kind === kind ? c.children : [c])));
  return flat.length === 1 ? flat[0] : { kind, children: flat };
}

class Parser {
  private i = 0;
  /** Different patterns seen: what the store and the matcher have to look for. */
  private readonly patterns = new Set<string>();
  /** Different NEARs seen, and their summed work (see QUERY_LIMITS.nearWork). */
  private readonly nears = new Set<string>();
  private nearWork = 0;

  constructor(
    private readonly tokens: QueryToken[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) {
      throw queryError(
        0,
        'kueri kosong; tulis minimal satu kata.',
        'the query is empty; write at least one word.',
      );
    }
    const node = this.group(0);
    const rest = this.tokens[this.i];
    if (rest) throw queryError(rest.pos, ...describe(rest));
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.i];
  }

  private fail(): never {
    const t = this.peek();
    throw queryError(t?.pos ?? this.length, ...describe(t));
  }

  private deeper(depth: number, pos: number): number {
    if (depth + 1 > QUERY_LIMITS.depth) {
      throw queryError(
        pos,
        `kueri bersarang terlalu dalam (maksimum ${QUERY_LIMITS.depth} tingkat).`,
        `the query is nested too deeply (at most ${QUERY_LIMITS.depth} levels).`,
      );
    }
    return depth + 1;
  }

  /** The whole query or a bracket: alternatives separated by OR, its exclusions applying to all. */
  private group(depth: number): QueryNode {
    const alternatives = [this.and(depth)];
    while (this.peek()?.type === 'or') {
      this.i++;
      alternatives.push(this.and(depth));
    }
    if (alternatives.length === 1) return group('and', [...alternatives[0].parts]);
    const excluded = alternatives.flatMap((a) => a.excluded);
    const kept = alternatives.filter((a) => a.parts.some((p) => !isBareExclusion(a, p)));
    const positive = kept.map((a) =>
      group(
        'and',
        a.parts.filter((p) => !isBareExclusion(a, p)),
      ),
    );
    if (positive.length === 0) return group('and', excluded);
    return group('and', [group('or', positive), ...excluded]);
  }

  private and(depth: number): Conjunction {
    const conjunction: Conjunction = { parts: [], excluded: [] };
    const add = () => {
      const bare = this.peek()?.type === 'not';
      const node = this.near(depth);
      conjunction.parts.push(node);
      if (bare) conjunction.excluded.push(node);
    };
    add();
    for (;;) {
      const t = this.peek();
      if (t?.type === 'and') this.i++;
      else if (!t || !OPERAND_START.has(t.type)) break;
      add();
    }
    return conjunction;
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
        'NEAR joins only two words, phrases or prefixes (no NOT, brackets or title:).',
      );
    }
    const distance = op.distance ?? 0;
    if (distance < 1 || distance > QUERY_LIMITS.near) {
      throw queryError(
        op.pos,
        `jarak NEAR harus antara 1 dan ${QUERY_LIMITS.near}.`,
        `the NEAR distance must be between 1 and ${QUERY_LIMITS.near}.`,
      );
    }
    const next = this.peek();
    if (next?.type === 'near') {
      throw queryError(
        next.pos,
        'NEAR tidak bisa dirangkai; gabungkan dua NEAR dengan AND.',
        'NEAR cannot be chained; join two NEARs with AND.',
      );
    }
    const node: QueryNode = { kind: 'near', left, right, distance };
    const key = keyOf(node);
    if (!this.nears.has(key)) {
      this.nears.add(key);
      this.nearWork += nearWork(left.tests.length, right.tests.length, distance);
      if (this.nearWork > QUERY_LIMITS.nearWork) {
        throw queryError(
          op.pos,
          `NEAR dalam kueri terlalu berat (bobot ${this.nearWork}, maksimum ${QUERY_LIMITS.nearWork}); kecilkan jarak NEAR, persingkat frasanya, atau kurangi jumlah NEAR.`,
          `the NEARs in the query cost too much (${this.nearWork}, at most ${QUERY_LIMITS.nearWork}); use smaller NEAR distances, shorter phrases or fewer NEARs.`,
        );
      }
    }
    return node;
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
      const inner = this.group(this.deeper(depth, t.pos));
      if (this.peek()?.type !== 'rparen') {
        const next = this.peek();
        if (!next) throw queryError(t.pos, "kurung buka '(' tidak ditutup.", "'(' is never closed.");
        this.fail();
      }
      this.i++;
      return inner;
    }
    if (t.type === 'title') {
      this.i++;
      const next = this.peek();
      if (!next || !['lparen', 'phrase', 'word', 'title'].includes(next.type)) {
        throw queryError(
          t.pos,
          'title: harus diikuti kata, "frasa", atau (kelompok).',
          'title: must be followed by a word, a "phrase" or a (group).',
        );
      }
      return { kind: 'title', child: this.primary(this.deeper(depth, t.pos)) };
    }
    if (t.type === 'phrase' || t.type === 'word') {
      this.i++;
      const node = t.prefix ? prefixPattern(t) : wordsPattern(t);
      // Repeats cost nothing (they are dropped), so only different patterns count toward the bound.
      this.patterns.add(keyOf(node));
      if (this.patterns.size > QUERY_LIMITS.patterns) {
        throw queryError(
          t.pos,
          `terlalu banyak kata yang berbeda (maksimum ${QUERY_LIMITS.patterns}).`,
          `too many different words (at most ${QUERY_LIMITS.patterns}).`,
        );
      }
      return node;
    }
    return this.fail();
  }
}

function isBareExclusion(conjunction: Conjunction, node: QueryNode): boolean {
  return conjunction.excluded.includes(node);
}

function wordsPattern(t: QueryToken): PatternNode {
  const lexemes = searchLexemes(t.text);
  if (lexemes.length === 0) {
    throw queryError(
      t.pos,
      'frasa kosong; tulis kata di antara tanda kutip.',
      'empty phrase; write words between the quotes.',
    );
  }
  if (lexemes.length > QUERY_LIMITS.phraseLexemes) {
    throw queryError(
      t.pos,
      `frasa terlalu panjang (maksimum ${QUERY_LIMITS.phraseLexemes} kata).`,
      `the phrase is too long (at most ${QUERY_LIMITS.phraseLexemes} words).`,
    );
  }
  return { kind: 'pattern', tests: lexemes.map((lexeme) => ({ lexeme, prefix: false })), source: t.text };
}

/** `banj*`: the prefix is compared with the stored stems, so it is lower-cased but not stemmed. */
function prefixPattern(t: QueryToken): PatternNode {
  const lexeme = t.text.toLowerCase();
  const tokens = searchTokens(t.text);
  if (tokens.length !== 1 || tokens[0] !== lexeme) {
    throw queryError(
      t.pos,
      `awalan "${t.text}*" harus satu kata dari huruf atau angka saja.`,
      `the prefix "${t.text}*" must be one word of letters or digits only.`,
    );
  }
  if ([...lexeme].length < QUERY_LIMITS.prefixLength) {
    throw queryError(
      t.pos,
      `awalan sebelum '*' minimal ${QUERY_LIMITS.prefixLength} huruf.`,
      `a prefix before '*' needs at least ${QUERY_LIMITS.prefixLength} letters.`,
    );
  }
  return { kind: 'pattern', tests: [{ lexeme, prefix: true }], source: `${t.text}*` };
}

/**
 * Parses a subject query or a search; throws PantauError('validation') naming the position of a
 * syntax error. The result is bounded: at most QUERY_LIMITS.patterns different patterns, repeats
 * dropped, so neither the store nor the matcher does more work for a word written twice.
 */
export function parseSubjectQuery(query: string): QueryNode {
  if (query.length > QUERY_LIMITS.length) {
    throw queryError(
      QUERY_LIMITS.length,
      `kueri terlalu panjang (maksimum ${QUERY_LIMITS.length} karakter).`,
      `the query is too long (at most ${QUERY_LIMITS.length} characters).`,
    );
  }
  return new Parser(lexQuery(query), query.length).parse();
}

/** The same parser under the name the search uses: one query language everywhere. */
export const parseQuery = parseSubjectQuery;

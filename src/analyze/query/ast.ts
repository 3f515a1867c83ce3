// The parsed form of a monitored subject's query, shared by the article matcher and the store's
// compilers (FTS5 and tsquery), so one query means the same thing everywhere.

/** One position of a pattern: a lexeme to equal, or (prefix) a beginning every matching lexeme has. */
export interface LexemeTest {
  lexeme: string;
  prefix: boolean;
}

/** Consecutive lexemes: a word (one lexeme, or several for "sehari-hari"), a "phrase", or `banj*`. */
export interface PatternNode {
  kind: 'pattern';
  tests: LexemeTest[];
  /** The query text it came from, for explanations. */
  source: string;
}

/**
 * Both patterns in one field with at most `distance - 1` lexemes between the end of the earlier
 * and the start of the later, in either order (overlapping occurrences count, as in FTS5). So
 * NEAR/1 means adjacent, and positions are lexeme positions, as both stores count them.
 */
export interface NearNode {
  kind: 'near';
  left: PatternNode;
  right: PatternNode;
  distance: number;
}

export interface AndNode {
  kind: 'and';
  children: QueryNode[];
}

export interface OrNode {
  kind: 'or';
  children: QueryNode[];
}

export interface NotNode {
  kind: 'not';
  child: QueryNode;
}

/** Everything under it must hold in the title alone. */
export interface TitleNode {
  kind: 'title';
  child: QueryNode;
}

export type QueryNode = PatternNode | NearNode | AndNode | OrNode | NotNode | TitleNode;

export const QUERY_LIMITS = {
  /** Characters in a query. */
  length: 2000,
  /** Nesting of parentheses, NOT and title:. */
  depth: 12,
  /** Words, phrases and prefixes in a query. */
  patterns: 64,
  /** Lexemes in one phrase. */
  phraseLexemes: 12,
  /** Largest n in NEAR/n. */
  near: 20,
  /**
   * Sum over a query's NEARs of (lexemes of both sides) x (offsets allowed between them): what the
   * stores compare (PostgreSQL gets one phrase per allowed offset), so a pile of wide NEARs between
   * long phrases cannot make one search run for seconds. `"wali kota" NEAR/20 "banjir bandang"`
   * costs 4 x 43 = 172.
   */
  nearWork: 600,
  /** Shortest prefix before `*`, so `a*` cannot match half the index. */
  prefixLength: 2,
} as const;

/** The share of QUERY_LIMITS.nearWork one NEAR takes. */
export function nearWork(leftLength: number, rightLength: number, distance: number): number {
  const [low, high] = nearOffsets(leftLength, rightLength, distance);
  return (leftLength + rightLength) * (high - low + 1);
}

/** Offsets in the document between a pattern's start and another's start that satisfy NEAR/n:
 * from the later pattern starting `rightLength + n - 1` before the left one to `leftLength + n - 1`
 * after it. */
export function nearOffsets(leftLength: number, rightLength: number, distance: number): [number, number] {
  return [-(rightLength + distance - 1), leftLength + distance - 1];
}

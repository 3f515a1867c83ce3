// Monitored subject queries: parse once, match incoming articles, compile for the store elsewhere.
export type { LexemeTest, NearNode, PatternNode, QueryNode } from './ast.ts';
export { QUERY_LIMITS } from './ast.ts';
export { type LexemeAt, searchLexemesWithOffsets } from './lexeme-offsets.ts';
export {
  type Highlight,
  type MatchField,
  matchQuery,
  type PreparedSubjectDocument,
  prepareSubjectDocument,
  type QueryMatch,
} from './match.ts';
export { parseQuery, parseSubjectQuery } from './parse.ts';

// Where a parsed query meets the store: the condition selecting the articles it matches, and how
// relevant each is, over SQLite's FTS5 index or PostgreSQL's tsvector. Subject searches and the
// article search share it, so one query finds the same articles wherever it is typed.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { QueryNode } from '../../analyze/query/ast.ts';
import type { DialectName } from './dialect.ts';
import { compileToSignedFts5 } from './query-fts5.ts';
import { compileToTsquery } from './query-tsquery.ts';

/** Article ids from `lo` to `hi`, both included. */
export interface IdRange {
  lo: number;
  hi: number;
}

/**
 * Condition on the `article` table (by that name) that holds for the articles the query matches.
 * `within`: the caller keeps only articles of that id range, so SQLite reads only that part of
 * each word's list in the full-text index (lists are in id order) instead of all of it.
 */
export function queryCondition(dialect: DialectName, node: QueryNode, within?: IdRange): RawBuilder<SqlBool> {
  if (dialect === 'postgres') {
    return sql<SqlBool>`article.search @@ ${compileToTsquery(node)}::tsquery`;
  }
  const { negated, expr } = compileToSignedFts5(node);
  const range = within ? sql` AND rowid BETWEEN ${within.lo} AND ${within.hi}` : sql``;
  const matching = sql`(SELECT rowid FROM article_fts WHERE article_fts MATCH ${expr}${range})`;
  // A query that only excludes matches every article the index has no hit for.
  return negated ? sql<SqlBool>`article.id NOT IN ${matching}` : sql<SqlBool>`article.id IN ${matching}`;
}

/** Relevance of an `article` row the query matches, larger is better (title words weigh double). */
export function queryRank(dialect: DialectName, node: QueryNode): RawBuilder<number> {
  if (dialect === 'postgres') {
    return sql<number>`ts_rank(article.search, ${compileToTsquery(node)}::tsquery)`;
  }
  const { negated, expr } = compileToSignedFts5(node);
  // What only excludes has no words to weigh: every article it keeps is as relevant as another.
  if (negated) return sql<number>`0`;
  return sql<number>`(SELECT -bm25(article_fts, 2.0, 1.0) FROM article_fts WHERE article_fts.rowid = article.id AND article_fts MATCH ${expr})`;
}

/**
 * SQLite: the query's matches with their relevance, read from the full-text index once, to join on
 * `article.id`. Ranking row by row (queryRank) runs the full-text query again for every match,
 * which at a million articles costs seconds. Null where queryRank is cheap (PostgreSQL ranks the
 * row's own vector) or there is no relevance (a query of only NOT).
 */
export function rankedMatches(dialect: DialectName, node: QueryNode, best?: number) {
  if (dialect === 'postgres') return null;
  const { negated, expr } = compileToSignedFts5(node);
  if (negated) return null;
  // `best`: only the most relevant matches, in the order the outer query sorts them (rank, then
  // newest id), so a search for a word in half the archive ranks inside FTS5 and reads few rows.
  const window =
    best === undefined ? sql`` : sql` ORDER BY bm25(article_fts, 2.0, 1.0) ASC, rowid DESC LIMIT ${best}`;
  return sql<{
    fts_id: number;
    fts_rank: number;
  }>`(SELECT rowid AS fts_id, -bm25(article_fts, 2.0, 1.0) AS fts_rank FROM article_fts WHERE article_fts MATCH ${expr}${window})`.as(
    'hits',
  );
}

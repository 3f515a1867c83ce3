// The few real differences between SQLite and PostgreSQL, kept in one place: column types for
// migrations and how a full-text query is matched and ranked.
import {
  type ColumnDefinitionBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import { searchLexemes, stemmedText } from '../../text/tokens.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface ColumnTypes {
  id: 'integer' | 'serial';
  timestamp: 'text' | 'timestamptz';
  bigText: 'text';
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'postgres'
    ? { id: 'serial', timestamp: 'timestamptz', bigText: 'text' }
    : { id: 'integer', timestamp: 'text', bigText: 'text' };
}

/** Column builder for an auto-numbered primary key: SQLite AUTOINCREMENT, PostgreSQL serial. */
export function autoIdColumn(dialect: DialectName) {
  return (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
}

/** A user's search, parsed once so both engines receive the same meaning. */
export interface SearchTerms {
  /** Words or "quoted phrases" that must all occur, as the user wrote them. */
  required: string[];
  excluded: string[];
}

/**
 * Parses "web search" syntax: words are all required, "quoted phrases" stay together, a leading
 * minus excludes. Double quotes inside terms are dropped so nothing reaches an engine as syntax.
 */
export function parseSearchTerms(query: string): SearchTerms {
  const required: string[] = [];
  const excluded: string[] = [];
  for (const m of query.matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/g)) {
    const negated = (m[1] ?? m[3]) === '-';
    const term = (m[2] ?? m[4] ?? '').trim();
    if (!searchLexemes(term).length) continue;
    (negated ? excluded : required).push(term);
  }
  return { required, excluded };
}

/** FTS5 query over the stemmed index: each term becomes a phrase of its lexemes. */
function fts5Query(terms: SearchTerms): string {
  const phrase = (term: string) => `"${searchLexemes(term).join(' ').replace(/"/g, '')}"`;
  return terms.required.map(phrase).join(' AND ') + terms.excluded.map((t) => ` NOT ${phrase(t)}`).join('');
}

/** The same query for websearch_to_tsquery: every term quoted, so words like "or" stay words. */
function tsQueryText(terms: SearchTerms): string {
  return [...terms.required.map((t) => `"${t}"`), ...terms.excluded.map((t) => `-"${t}"`)].join(' ');
}

/** Condition matching articles whose title or text satisfy the terms; `articleId` is article.id. */
export function fullTextMatch(
  dialect: DialectName,
  terms: SearchTerms,
  articleId: Expression<number>,
): RawBuilder<SqlBool> {
  if (dialect === 'postgres') {
    return sql<SqlBool>`article.search @@ websearch_to_tsquery('indonesian', ${tsQueryText(terms)})`;
  }
  return sql<SqlBool>`${articleId} IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ${fts5Query(terms)})`;
}

/** Relevance score, larger is better. */
export function fullTextRank(dialect: DialectName, terms: SearchTerms): RawBuilder<number> {
  if (dialect === 'postgres') {
    return sql<number>`ts_rank(article.search, websearch_to_tsquery('indonesian', ${tsQueryText(terms)}))`;
  }
  return sql<number>`(SELECT -bm25(article_fts, 2.0, 1.0) FROM article_fts WHERE article_fts.rowid = article.id AND article_fts MATCH ${fts5Query(terms)})`;
}

/**
 * Indexes an article's words for search. PostgreSQL does it itself (a generated tsvector column
 * with the `indonesian` configuration); SQLite's FTS5 cannot stem Indonesian, so it indexes text
 * stemmed here by the same Snowball algorithm, which keeps results equal on both stores.
 */
export async function indexArticleText(
  db: Kysely<Database>,
  dialect: DialectName,
  articleId: number,
  title: string | null,
  text: string | null,
): Promise<void> {
  if (dialect === 'postgres') return;
  await sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.execute(db);
  await sql`INSERT INTO article_fts(rowid, title, text) VALUES (${articleId}, ${stemmedText(title ?? '')}, ${stemmedText(text ?? '')})`.execute(
    db,
  );
}

/**
 * On PostgreSQL, lets this transaction commit without waiting for its WAL to reach the disk. Only for
 * data the pipeline derives again (analyses, automatic issue filing): a crash loses at most the last
 * moments of it, which `pantau reanalyze` restores; analysts' edits always commit durably.
 */
export async function relaxedCommit(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`SET LOCAL synchronous_commit = off`.execute(trx);
}

/**
 * Serialises the transactions that take the lock named `name` until they end: appends to a
 * hash-chained table (the audit trail), the first-start set-up of several processes at once.
 * SQLite already runs one writing transaction at a time; PostgreSQL takes an advisory lock.
 */
export async function lockForAppend(
  trx: Kysely<Database>,
  dialect: DialectName,
  name: string,
): Promise<void> {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}

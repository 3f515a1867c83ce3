// The few real differences between SQLite and PostgreSQL, kept in one place: column types for
// migrations, the search index, commit durability and append locks (queries are compiled per
// store in query-search.ts).
import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { stemmedText } from '../../text/tokens.ts';
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

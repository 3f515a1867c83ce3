// The few real differences between SQLite and PostgreSQL, kept in one place: column types for
// migrations and how a full-text query is matched and ranked.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

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

/** A user's search words, parsed once so both engines receive the same meaning. */
export interface SearchTerms {
  required: string[][]; // each inner list is a phrase (one word = one-word phrase)
  excluded: string[][];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Parses "web search" syntax: words are all required, "quoted phrases" stay together, a leading
 * minus excludes. Punctuation is dropped so nothing reaches the engines as operator syntax.
 */
export function parseSearchTerms(query: string): SearchTerms {
  const required: string[][] = [];
  const excluded: string[][] = [];
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
  for (const m of query.matchAll(pattern)) {
    const negated = (m[1] ?? m[3]) === '-';
    const words = ((m[2] ?? m[4]) || '').toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    if (m[2] !== undefined) (negated ? excluded : required).push(words);
    else for (const w of words) (negated ? excluded : required).push([w]);
  }
  return { required, excluded };
}

function fts5Query(terms: SearchTerms): string {
  const phrase = (words: string[]) => `"${words.join(' ')}"`;
  const positive = terms.required.map(phrase).join(' AND ');
  const negative = terms.excluded.map((w) => ` NOT ${phrase(w)}`).join('');
  return positive + negative;
}

function tsQueryText(terms: SearchTerms): string {
  const phrase = (words: string[]) => (words.length > 1 ? `"${words.join(' ')}"` : words[0]);
  return [...terms.required.map(phrase), ...terms.excluded.map((w) => `-${phrase(w)}`)].join(' ');
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

// When an article counts in a period (dashboard, search filters, subject coverage): its
// publication, else its collection — one definition so every figure counts the same articles.
import { sql } from 'kysely';
import type { DialectName } from './dialect.ts';

export const countedAt = sql<string>`coalesce(article.published_at, article.fetched_at)`;

/**
 * The local day (YYYY-MM-DD) an article counts in, for a zone `offsetMinutes` ahead of UTC: in SQL
 * what `localDayOf` of `countedAt` is in code, so a query can group by it. The offset is written
 * into the statement (a whole number of minutes, never user text), so the same expression in SELECT
 * and GROUP BY is one expression to PostgreSQL.
 */
export function countedLocalDay(dialect: DialectName, offsetMinutes: number) {
  if (!Number.isInteger(offsetMinutes)) throw new Error(`zone offset is not whole minutes: ${offsetMinutes}`);
  return dialect === 'postgres'
    ? sql<string>`to_char((${countedAt} AT TIME ZONE 'UTC') + make_interval(mins => ${sql.lit(offsetMinutes)}), 'YYYY-MM-DD')`
    : sql<string>`date(${countedAt}, ${sql.lit(`${offsetMinutes} minutes`)})`;
}

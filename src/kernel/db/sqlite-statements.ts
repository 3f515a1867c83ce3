// better-sqlite3 behind a prepared-statement cache: Kysely prepares every query it runs, and on the
// crawler's hot path (a few dozen distinct statements run thousands of times) re-preparing cost about
// a tenth of the main thread. A statement still being iterated (a streamed export) is never handed
// out twice: a fresh one is prepared instead.
import type SqliteDatabase from 'better-sqlite3';

const MAX_STATEMENTS = 500;

export function cachingStatements(db: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = db.prepare(sql);
      if (!cached) {
        // Statements differing only in list lengths ("IN (?, ?, …)") are many: keep the newest.
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

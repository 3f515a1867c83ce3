// The dashboard's day summaries (issue 10: a dashboard over 1M articles answers from ~60 of these,
// not from every article of the period) and an index on when an article counts in a period, so a
// day's articles are found without reading the workspace's whole history.
// Frozen: imports no live code.
import { type Kysely, type Migration, sql } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function dashboardDays(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // `version` moves on with every change to the day's articles; a summary is good while its
      // `built_version` still equals it (see src/kernel/db/dashboard-days.ts).
      await db.schema
        .createTable('dashboard_day')
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('built_version', 'integer')
        .addColumn('summary', 'text')
        .addPrimaryKeyConstraint('dashboard_day_pk', ['workspace_id', 'day'])
        .execute();
      // The same expression as src/kernel/db/counted-at.ts: both stores use an index on an
      // expression only when the query repeats it.
      await sql`CREATE INDEX article_counted ON article (workspace_id, (coalesce(published_at, fetched_at)))`.execute(
        db,
      );
    },
  };
}

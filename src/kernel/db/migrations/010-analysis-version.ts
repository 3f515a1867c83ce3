// A counter on the workspace that every change to what analysis reads (subjects, places, learnt
// entities, tone corrections) moves on, so a process can tell in one small query whether the
// settings it holds are still current instead of reloading tens of thousands of places to find out.
// Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function analysisVersion(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('workspace')
        .addColumn('analysis_version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}

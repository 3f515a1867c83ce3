// A re-analysis run's worker proves it is alive: it writes a heartbeat with its progress, and a
// run whose heartbeat goes quiet is handed back to the queue (instead of waiting six hours for the
// job to expire). The run keeps the article id it got to, so the next worker resumes there; a
// claim counts the workers that took it, so one presumed dead cannot overwrite its successor; and
// the time it was last handed to the queue keeps the scheduler from queueing it on every pass.
// Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function reanalysisHeartbeat(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('reanalysis_run').addColumn('heartbeat_at', ts).execute();
      await db.schema
        .alterTable('reanalysis_run')
        .addColumn('resume_after', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('reanalysis_run')
        .addColumn('claim', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('reanalysis_run').addColumn('enqueued_at', ts).execute();
    },
  };
}

// Re-analysis asked for from the web app: one row per request, which the worker moves from queued
// to running to done (or failed) and writes its progress into, so staff see it without a terminal.
// Frozen: imports no live code.
import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function reanalysisRuns(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reanalysis_run')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        // A user who is removed leaves the runs they asked for: the name is kept beside the id.
        .addColumn('requested_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('requested_by_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
        .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('started_at', ts)
        .addColumn('finished_at', ts)
        .execute();
      // The latest run of a workspace, and whether one is still waiting or running.
      await db.schema
        .createIndex('reanalysis_run_workspace')
        .on('reanalysis_run')
        .columns(['workspace_id', 'id'])
        .execute();
      // At most one run per workspace waits or runs: two staff pressing the button at once get one.
      await db.schema
        .createIndex('reanalysis_run_one_active')
        .on('reanalysis_run')
        .column('workspace_id')
        .unique()
        .where(sql.ref('status'), 'in', [sql.lit('queued'), sql.lit('running')])
        .execute();
    },
  };
}

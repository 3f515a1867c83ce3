// Crisis alerts: the last announced state per subject or issue (so alerts are de-duplicated across
// restarts and processes) and every alert sent, with how each delivery went.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.ts';

export function alerts(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alert_state')
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('scope_type', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_state_pk', ['workspace_id', 'scope_type', 'scope_id'])
        .execute();
      await db.schema
        .createTable('alert')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('scope_type', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('scope_label', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('deliveries', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_workspace')
        .on('alert')
        .columns(['workspace_id', 'created_at'])
        .execute();
    },
  };
}

// Per-workspace settings an office changes without a restart (the crisis thresholds and quiet
// periods first), one JSON value per key, with who changed it and when.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.ts';

export function settings(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspace_setting')
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('workspace_setting_pk', ['workspace_id', 'key'])
        .execute();
    },
  };
}

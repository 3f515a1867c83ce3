// Handling a crisis alert once it is sent: its status (open, acknowledged, resolved), who saw it and
// when, who it is assigned to, who resolved it; the comments staff write on it; and each handling
// step as a row of its own, so reopening an alert does not erase who resolved it before.
// Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function alertHandling(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  // A user who is removed leaves the handling they did: the name is kept beside the id. The alert
  // table's user columns carry no foreign key: a new constraint on an old table would change how
  // its existing rows may be written (the upgrade test holds old tables to new columns and indexes).
  const userRef = (c: ColumnDefinitionBuilder) => c.references('app_user.id').onDelete('set null');
  return {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE; both dialects take the same statements.
      await db.schema
        .alterTable('alert')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .execute();
      await db.schema.alterTable('alert').addColumn('acknowledged_by', 'integer').execute();
      await db.schema.alterTable('alert').addColumn('acknowledged_by_name', 'text').execute();
      await db.schema.alterTable('alert').addColumn('acknowledged_at', ts).execute();
      await db.schema.alterTable('alert').addColumn('assignee_id', 'integer').execute();
      await db.schema.alterTable('alert').addColumn('resolved_by', 'integer').execute();
      await db.schema.alterTable('alert').addColumn('resolved_by_name', 'text').execute();
      await db.schema.alterTable('alert').addColumn('resolved_at', ts).execute();
      // The list filtered by status, newest first, per workspace.
      await db.schema
        .createIndex('alert_workspace_status')
        .on('alert')
        .columns(['workspace_id', 'status', 'created_at'])
        .execute();

      await db.schema
        .createTable('alert_comment')
        .addColumn('id', id, autoId)
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alert.id').onDelete('cascade'))
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('author_id', 'integer', userRef)
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_comment_alert')
        .on('alert_comment')
        .columns(['alert_id', 'id'])
        .execute();

      await db.schema
        .createTable('alert_event')
        .addColumn('id', id, autoId)
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alert.id').onDelete('cascade'))
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer', userRef)
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'integer')
        .addColumn('assignee_name', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_event_alert')
        .on('alert_event')
        .columns(['alert_id', 'id'])
        .execute();
    },
  };
}

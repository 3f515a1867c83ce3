// "Ambil sekarang" asked for from the web app: one row per request to poll a source at once, which
// the scheduler hands to the queue and the poll ends with what it found, so staff see its progress.
// Frozen: imports no live code.
import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function pollRequests(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('poll_request')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('source_id', 'integer', (c) => c.notNull().references('source.id').onDelete('cascade'))
        // A user who is removed leaves the requests they made: the name is kept beside the id.
        .addColumn('requested_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('requested_by_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
        // When the scheduler last handed it to the queue (null: not yet).
        .addColumn('enqueued_at', ts)
        .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('new_articles', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
        // The poll's new articles are this source's articles with ids in this range.
        .addColumn('first_article_id', 'integer')
        .addColumn('last_article_id', 'integer')
        .addColumn('error', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('started_at', ts)
        .addColumn('finished_at', ts)
        .execute();
      // A source's latest request.
      await db.schema
        .createIndex('poll_request_source')
        .on('poll_request')
        .columns(['source_id', 'id'])
        .execute();
      // At most one request per source waits or runs: two staff pressing the button at once get one.
      await db.schema
        .createIndex('poll_request_one_active')
        .on('poll_request')
        .column('source_id')
        .unique()
        .where(sql.ref('status'), 'in', [sql.lit('queued'), sql.lit('running')])
        .execute();
    },
  };
}

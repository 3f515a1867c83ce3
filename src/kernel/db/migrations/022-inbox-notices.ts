// Notices to one person (kotak pemberitahuan): "a case waits for you", "a direction reached your
// agency", each with the place in the web app it points to and the state of its e-mail copy, which
// a job sends at most once (pending → sending → sent, or skipped / failed with the reason).
// Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function inboxNotices(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('inbox_notice')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
        // waiting, returned, handed_over, reminder, overdue, escalation, direction.
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        // A path of the web app (/kasus/12), never a full address: the host is the installation's.
        .addColumn('link', 'text', (c) => c.notNull())
        .addColumn('case_id', 'integer', (c) => c.references('sop_case.id').onDelete('set null'))
        .addColumn('direction_id', 'integer', (c) => c.references('direction.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('read_at', ts)
        // pending, sending, sent, skipped, failed.
        .addColumn('mail_state', 'text', (c) => c.notNull())
        .addColumn('mail_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        // Not before this moment (a retry's backoff); while sending, when the send was claimed.
        .addColumn('mail_next_at', ts)
        .addColumn('mail_sent_at', ts)
        .addColumn('mail_error', 'text')
        .execute();
      await db.schema
        .createIndex('inbox_notice_user')
        .on('inbox_notice')
        .columns(['user_id', 'workspace_id', 'id'])
        .execute();
      await db.schema
        .createIndex('inbox_notice_mail')
        .on('inbox_notice')
        .columns(['mail_state', 'mail_next_at'])
        .execute();

      // A person's own choice about notice e-mails (no row: e-mails on).
      await db.schema
        .createTable('notice_preference')
        .addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
        .addColumn('email', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();
    },
  };
}

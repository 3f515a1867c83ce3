// The leader's directions (arahan) and their follow-up by agencies (SOP A step 7): a direction with
// its disposition-sheet fields, the issues and articles that prompted it, one recipient row per
// agency it reached (a forward is a row whose parent is the forwarding agency's row), the
// immutable timeline of what everyone did, and the evidence files agencies sent back. "Overdue" is
// never stored: it is the due time passing while a recipient is not done. Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function directions(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('direction')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('case_id', 'integer', (c) => c.references('sop_case.id').onDelete('set null'))
        .addColumn('report_id', 'integer', (c) => c.references('report.id').onDelete('set null'))
        // The disposition number, as the office writes it on the sheet.
        .addColumn('number', 'text', (c) => c.notNull())
        // Sifat: biasa, segera, sangat_segera, rahasia.
        .addColumn('nature', 'text', (c) => c.notNull())
        // Perihal and the direction itself (isi arahan).
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('instruction', 'text', (c) => c.notNull())
        // JSON array of the sheet's "Dengan hormat harap" items ticked (tindak_lanjut, laporkan, …).
        .addColumn('asks', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('given_by_name', 'text', (c) => c.notNull())
        .addColumn('given_at', ts, (c) => c.notNull())
        .addColumn('due_at', ts, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('closed_at', ts)
        .addColumn('closed_by_name', 'text')
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('direction_workspace')
        .on('direction')
        .columns(['workspace_id', 'status', 'id'])
        .execute();

      await db.schema
        .createTable('direction_link')
        .addColumn('direction_id', 'integer', (c) =>
          c.notNull().references('direction.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'integer', (c) => c.notNull())
        // The label or the article's title when the direction was given (the record may change).
        .addColumn('label', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('direction_link_pk', ['direction_id', 'kind', 'ref_id'])
        .execute();
      // The next report asks which directions answered last period's issues.
      await db.schema
        .createIndex('direction_link_ref')
        .on('direction_link')
        .columns(['kind', 'ref_id'])
        .execute();

      await db.schema
        .createTable('direction_recipient')
        .addColumn('id', id, autoId)
        .addColumn('direction_id', 'integer', (c) =>
          c.notNull().references('direction.id').onDelete('cascade'),
        )
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        // Agencies are deactivated, never deleted; they go only with their workspace.
        .addColumn('agency_id', 'integer', (c) => c.notNull().references('agency.id').onDelete('cascade'))
        // Set for a hop: the row of the agency that forwarded the direction to this one.
        .addColumn('parent_recipient_id', 'integer', (c) =>
          c.references('direction_recipient.id').onDelete('cascade'),
        )
        // sent, read, in_progress, done.
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('read_at', ts)
        .addColumn('done_at', ts)
        // The agency's own agenda number (buku agenda) when it received the direction.
        .addColumn('agenda_no', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        // One status per agency per direction: a second forward to the same agency is refused.
        .addUniqueConstraint('direction_recipient_agency', ['direction_id', 'agency_id'])
        .execute();
      await db.schema
        .createIndex('direction_recipient_agency_status')
        .on('direction_recipient')
        .columns(['workspace_id', 'agency_id', 'status'])
        .execute();

      await db.schema
        .createTable('direction_event')
        .addColumn('id', id, autoId)
        .addColumn('direction_id', 'integer', (c) =>
          c.notNull().references('direction.id').onDelete('cascade'),
        )
        .addColumn('recipient_id', 'integer', (c) =>
          c.references('direction_recipient.id').onDelete('cascade'),
        )
        // dispatch, forward, read, progress, report, clarify, answer, remind, close.
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        // JSON array of {kind:'link', url} and {kind:'file', fileId, name, mediaType, size}.
        .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('actor_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('direction_event_direction')
        .on('direction_event')
        .columns(['direction_id', 'id'])
        .execute();

      // Evidence files in the store itself: no file area exists yet, and a file kept beside its
      // event goes with the same backups and the same transaction.
      await db.schema
        .createTable('direction_file')
        .addColumn('id', id, autoId)
        .addColumn('direction_id', 'integer', (c) =>
          c.notNull().references('direction.id').onDelete('cascade'),
        )
        .addColumn('recipient_id', 'integer', (c) =>
          c.notNull().references('direction_recipient.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        // Sniffed from the bytes, never taken from the uploader.
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('bytes', bytes, (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('direction_file_direction')
        .on('direction_file')
        .columns(['direction_id'])
        .execute();
    },
  };
}

// The agenda book of official letters (SOP B's "buku agenda naskah dinas masuk/keluar"): one row per
// letter with its agenda number, the letter's own fields, its public-information class, and for an
// incoming letter the leader's disposition as the disposition sheet prints it. Agenda numbers run
// per workspace, direction and year from a counter row, so two registrations never take the same
// number and a rolled-back one leaves no gap. Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function letters(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('letter_agenda_counter')
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        // masuk, keluar.
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('letter_agenda_counter_pk', ['workspace_id', 'direction', 'year'])
        .execute();

      await db.schema
        .createTable('letter')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('agenda_year', 'integer', (c) => c.notNull())
        .addColumn('agenda_seq', 'integer', (c) => c.notNull())
        // "M-2026/0042": given once, never changed.
        .addColumn('agenda_number', 'text', (c) => c.notNull())
        .addColumn('letter_number', 'text', (c) => c.notNull())
        // Local days (YYYY-MM-DD): the date on the letter and the day it was received or sent.
        .addColumn('letter_date', 'text', (c) => c.notNull())
        .addColumn('received_sent_date', 'text', (c) => c.notNull())
        // The sender of an incoming letter, the recipient of an outgoing one.
        .addColumn('counterpart', 'text', (c) => c.notNull())
        // Sifat: biasa, segera, sangat_segera, rahasia.
        .addColumn('nature', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        // Kode klasifikasi arsip, e.g. "045.2".
        .addColumn('classification', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('attachment_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('attachment_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('srikandi_ref', 'text')
        // berkala, serta_merta, setiap_saat, dikecualikan.
        .addColumn('public_class', 'text', (c) => c.notNull())
        .addColumn('registered_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('registered_by_name', 'text', (c) => c.notNull())
        .addColumn('registered_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        // The disposition of an incoming letter; null until the leader gives one.
        .addColumn('disposition_text', 'text')
        // JSON array of {agencyId, name} (an agency of the workspace) or {agencyId: null, name}.
        .addColumn('disposition_targets', 'text', (c) => c.notNull().defaultTo('[]'))
        // JSON array of the sheet's "Dengan hormat harap" items ticked.
        .addColumn('disposition_asks', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('disposition_due_date', 'text')
        .addColumn('disposition_given_by', 'text')
        .addColumn('disposition_entered_by_name', 'text')
        .addColumn('disposition_at', ts)
        .addUniqueConstraint('letter_agenda_number', ['workspace_id', 'agenda_number'])
        .addUniqueConstraint('letter_agenda_seq', ['workspace_id', 'direction', 'agenda_year', 'agenda_seq'])
        .execute();
      await db.schema
        .createIndex('letter_workspace_date')
        .on('letter')
        .columns(['workspace_id', 'received_sent_date', 'id'])
        .execute();
    },
  };
}

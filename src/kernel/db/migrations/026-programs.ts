// The inventory of the government's programs and activities (SOP B step 1): what each is, which
// agency runs it, its budget year, place, schedule, status, contact person, documents, and the
// keywords its press coverage is found by. Dates of the schedule are calendar days (YYYY-MM-DD),
// not instants: a program "starts 2 March", in whatever zone. Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function programs(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('program')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        // program or kegiatan (an activity under a program).
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        // Agencies are deactivated, never deleted; the name as the sheet wrote it stays either way.
        .addColumn('agency_id', 'integer', (c) => c.references('agency.id').onDelete('set null'))
        .addColumn('agency_name', 'text')
        .addColumn('budget_year', 'integer')
        .addColumn('location', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        // rencana, berjalan, selesai, ditunda.
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text')
        .addColumn('contact_phone', 'text')
        .addColumn('contact_email', 'text')
        // JSON array of {title, url}.
        .addColumn('documents', 'text', (c) => c.notNull().defaultTo('[]'))
        // JSON array of phrases; empty means "derived from the name".
        .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('program_workspace_year')
        .on('program')
        .columns(['workspace_id', 'budget_year', 'id'])
        .execute();
      await db.schema
        .createIndex('program_workspace_agency')
        .on('program')
        .columns(['workspace_id', 'agency_id'])
        .execute();
    },
  };
}

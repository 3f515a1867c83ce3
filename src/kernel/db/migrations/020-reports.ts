// Monitoring reports (SOP A): the report of a period with the figures frozen when it was drafted
// (charts, tables, annex: what was approved is what is printed, whatever analysts correct later),
// its sections as versions (every save by anyone is a new row: nothing is overwritten), and
// comments on sections. Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function reports(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('period_from', ts, (c) => c.notNull())
        .addColumn('period_to', ts, (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('case_id', 'integer', (c) => c.references('sop_case.id').onDelete('set null'))
        // JSON: the drafted report without its sections (letterhead, charts, annex, period texts).
        .addColumn('frozen', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('report_workspace').on('report').columns(['workspace_id', 'id']).execute();

      await db.schema
        .createTable('report_section')
        .addColumn('id', id, autoId)
        .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        // JSON: the section's rich text (src/report/rich-text.ts) and its chart keys and tables.
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('author_role', 'text', (c) => c.notNull())
        // The SOP step the report was at when this version was saved (0: the draft).
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('report_section_version', ['report_id', 'key', 'version'])
        .execute();

      await db.schema
        .createTable('report_comment')
        .addColumn('id', id, autoId)
        .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
        .addColumn('section_key', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('author_role', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('report_comment_report')
        .on('report_comment')
        .columns(['report_id', 'id'])
        .execute();
    },
  };
}

// Print media: the newspapers an office clips (print outlets), each uploaded scan, photo or e-paper
// PDF (a clipping), its pages with the normalised page image kept as evidence, the regions a page
// is cut into (one article each), and every version of an article's text an analyst corrected.
// Articles gain their medium, so print is counted as print wherever articles are counted.
// Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function clippings(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('article')
        .addColumn('medium', 'text', (c) => c.notNull().defaultTo('online'))
        .execute();
      await db.schema
        .createTable('print_outlet')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        // harian, mingguan, bulanan, lainnya.
        .addColumn('frequency', 'text', (c) => c.notNull())
        .addColumn('circulation', 'integer')
        .addColumn('partner_id', 'integer', (c) => c.references('partner.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('print_outlet_name')
        .on('print_outlet')
        .columns(['workspace_id', 'name_key'])
        .unique()
        .execute();
      await db.schema
        .createTable('clipping')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('print_outlet_id', 'integer', (c) => c.notNull().references('print_outlet.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_size', 'integer', (c) => c.notNull())
        // The calendar day of the edition, YYYY-MM-DD.
        .addColumn('edition_date', 'text', (c) => c.notNull())
        .addColumn('first_page', 'integer')
        // processing, ready, failed.
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        // The upload waits here for its reading job and is dropped once read: only page images stay.
        .addColumn('upload', bytes)
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        // When the scheduler last handed it to the queue: a pass every few seconds hands it once.
        .addColumn('enqueued_at', ts)
        .addColumn('read_at', ts)
        .execute();
      await db.schema
        .createIndex('clipping_workspace_date')
        .on('clipping')
        .columns(['workspace_id', 'edition_date', 'id'])
        .execute();
      await db.schema
        .createTable('clipping_page')
        .addColumn('id', id, autoId)
        .addColumn('clipping_id', 'integer', (c) => c.notNull().references('clipping.id').onDelete('cascade'))
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        // The newspaper's page number (the file's first page plus its index), else the index.
        .addColumn('page_no', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        // ocr or text-layer.
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('image', bytes, (c) => c.notNull())
        // JSON arrays: every text line with its box and confidence; the proposed regions.
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('proposed_regions', 'text', (c) => c.notNull())
        .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('clipping_page_clipping')
        .on('clipping_page')
        .column('clipping_id')
        .execute();
      await db.schema
        .createTable('clipping_region')
        .addColumn('id', id, autoId)
        .addColumn('page_id', 'integer', (c) =>
          c.notNull().references('clipping_page.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('x', 'integer', (c) => c.notNull())
        .addColumn('y', 'integer', (c) => c.notNull())
        .addColumn('w', 'integer', (c) => c.notNull())
        .addColumn('h', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.references('article.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('clipping_region_page').on('clipping_region').column('page_id').execute();
      await db.schema
        .createIndex('clipping_region_article')
        .on('clipping_region')
        .column('article_id')
        .execute();
      await db.schema
        .createTable('article_text_version')
        .addColumn('id', id, autoId)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('article_text_version_unique')
        .on('article_text_version')
        .columns(['article_id', 'version'])
        .unique()
        .execute();
    },
  };
}

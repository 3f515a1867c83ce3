// The partner media registry (mitra media, SOP B): each outlet the government works with, its
// Dewan Pers verification, the web hosts its articles are recognised by among collected news, its
// journalists' competency certificates (UKW) and its agreements (perjanjian kerja sama). Days are
// stored as YYYY-MM-DD text in both dialects: they are calendar days, not instants.
// Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function partners(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  // Agreement values in rupiah pass 2^31 (Rp 2,1 miliar) in larger offices.
  const money = dialect === 'postgres' ? 'bigint' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('partner')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('legal_entity', 'text')
        .addColumn('responsible_person', 'text')
        .addColumn('chief_editor', 'text')
        .addColumn('address', 'text')
        .addColumn('phone', 'text')
        .addColumn('email', 'text')
        // Where press releases are sent.
        .addColumn('newsroom_email', 'text')
        // online, cetak, televisi, radio.
        .addColumn('media_type', 'text', (c) => c.notNull())
        // none, administrative, factual.
        .addColumn('verification_status', 'text', (c) => c.notNull().defaultTo('none'))
        .addColumn('verified_on', 'text')
        .addColumn('verification_valid_until', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('notes', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addUniqueConstraint('partner_workspace_name', ['workspace_id', 'name'])
        .execute();

      // A host belongs to one partner of a workspace, so an article is never credited to two.
      await db.schema
        .createTable('partner_host')
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        .addColumn('host', 'text', (c) => c.notNull())
        .addColumn('partner_id', 'integer', (c) => c.notNull().references('partner.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('partner_host_pk', ['workspace_id', 'host'])
        .execute();
      await db.schema
        .createIndex('partner_host_partner')
        .on('partner_host')
        .columns(['partner_id'])
        .execute();

      await db.schema
        .createTable('partner_certificate')
        .addColumn('id', id, autoId)
        .addColumn('partner_id', 'integer', (c) => c.notNull().references('partner.id').onDelete('cascade'))
        .addColumn('journalist_name', 'text', (c) => c.notNull())
        // muda, madya, utama.
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'text', (c) => c.notNull())
        .addColumn('expires_on', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('partner_certificate_partner')
        .on('partner_certificate')
        .columns(['partner_id'])
        .execute();

      await db.schema
        .createTable('partner_agreement')
        .addColumn('id', id, autoId)
        .addColumn('partner_id', 'integer', (c) => c.notNull().references('partner.id').onDelete('cascade'))
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('value_rupiah', money, (c) => c.notNull().defaultTo(0))
        .addColumn('deliverables', 'text', (c) => c.notNull().defaultTo(''))
        // How many government releases the outlet must publish within the period.
        .addColumn('required_releases', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('partner_agreement_partner')
        .on('partner_agreement')
        .columns(['partner_id'])
        .execute();
    },
  };
}

// A workspace's own places — kecamatan, kelurahan/desa and other local names — so the entity
// recogniser knows them as places even where the shipped lists and the rules would not.
import type { Kysely, Migration } from 'kysely';
import { autoIdColumn, columnTypes, type DialectName } from '../dialect.ts';

export function places(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspace_place')
        .addColumn('id', t.id, autoIdColumn(dialect))
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('parent', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        // The same village name under two districts is one gazetteer entry: a place is its name and kind.
        .addUniqueConstraint('workspace_place_name', ['workspace_id', 'name', 'kind'])
        .execute();
    },
  };
}

// Issues (topics): each issue's incremental state and label, which issue every analysed article is
// in (with why, and whether an analyst pinned it there), and a per-workspace change clock that
// serialises issue writes and lets each process refresh its cached open issues cheaply.
import type { Kysely, Migration } from 'kysely';
import { autoIdColumn, columnTypes, type DialectName } from '../dialect.ts';

export function issues(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const idColumn = autoIdColumn(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('issue')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('manual_label', 'text')
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('merged_into', 'integer')
        .addColumn('first_at', t.timestamp, (c) => c.notNull())
        .addColumn('last_at', t.timestamp, (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('edited_by', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('issue_recent').on('issue').columns(['workspace_id', 'last_at']).execute();
      await db.schema.createIndex('issue_changes').on('issue').columns(['workspace_id', 'seq']).execute();

      await db.schema
        .createTable('issue_article')
        .addColumn('article_id', 'integer', (c) =>
          c.primaryKey().references('article.id').onDelete('cascade'),
        )
        .addColumn('issue_id', 'integer', (c) => c.notNull().references('issue.id').onDelete('cascade'))
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('member', 'text', (c) => c.notNull())
        .addColumn('similarity', 'real', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('assigned_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('issue_article_issue').on('issue_article').columns(['issue_id']).execute();

      await db.schema
        .createTable('issue_clock')
        .addColumn('workspace_id', 'integer', (c) =>
          c.primaryKey().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .execute();
    },
  };
}

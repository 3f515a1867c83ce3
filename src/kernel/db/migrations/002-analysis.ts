// Analysis schema: monitored subjects, each article's analysis (tone with reasons, entities,
// quotes, key phrases, summary), which subjects it mentions with the tone toward each, and the
// analysts' corrections, which win over the model.
import type { Kysely, Migration } from 'kysely';
import { autoIdColumn, columnTypes, type DialectName } from '../dialect.ts';

export function analysis(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const idColumn = autoIdColumn(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subject')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('subject_workspace_name', ['workspace_id', 'name'])
        .execute();

      await db.schema
        .createTable('article_analysis')
        .addColumn('article_id', 'integer', (c) =>
          c.primaryKey().references('article.id').onDelete('cascade'),
        )
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        .addColumn('analyzed_at', t.timestamp, (c) => c.notNull())
        .addColumn('tone_label', 'text', (c) => c.notNull())
        .addColumn('tone_score', 'real', (c) => c.notNull())
        .addColumn('tone_reasons', 'text', (c) => c.notNull())
        .addColumn('entities', 'text', (c) => c.notNull())
        .addColumn('quotes', 'text', (c) => c.notNull())
        .addColumn('keyphrases', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('article_analysis_tone')
        .on('article_analysis')
        .columns(['workspace_id', 'tone_label'])
        .execute();

      await db.schema
        .createTable('article_subject')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addColumn('subject_id', 'integer', (c) => c.notNull().references('subject.id').onDelete('cascade'))
        .addColumn('tone_label', 'text', (c) => c.notNull())
        .addColumn('tone_score', 'real', (c) => c.notNull())
        .addColumn('tone_reasons', 'text', (c) => c.notNull())
        .addColumn('highlights', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_subject_pk', ['article_id', 'subject_id'])
        .execute();
      await db.schema
        .createIndex('article_subject_subject')
        .on('article_subject')
        .columns(['subject_id'])
        .execute();

      await db.schema
        .createTable('correction')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addColumn('subject_id', 'integer', (c) => c.references('subject.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('correction_article')
        .on('correction')
        .columns(['article_id', 'kind', 'subject_id'])
        .execute();
    },
  };
}

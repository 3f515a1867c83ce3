// First schema: workspaces, sources with their polling state, articles, syndicated stories, and
// the full-text index (FTS5 in SQLite, tsvector with the `indonesian` configuration in PostgreSQL).
import { type Kysely, type Migration, sql } from 'kysely';
import { autoIdColumn, columnTypes, type DialectName } from '../dialect.ts';

export function foundation(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const idColumn = autoIdColumn(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspace')
        .addColumn('id', t.id, idColumn)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('WIB'))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('source')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('query', 'text')
        .addColumn('catalogue_key', 'text')
        .addColumn('outlet', 'text')
        .addColumn('scope', 'text')
        .addColumn('region', 'text')
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('next_check_at', t.timestamp, (c) => c.notNull())
        .addColumn('poll_interval_seconds', 'integer', (c) => c.notNull())
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('recent_new_counts', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('last_polled_at', t.timestamp)
        .addColumn('last_success_at', t.timestamp)
        .addColumn('last_new_article_at', t.timestamp)
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', t.timestamp)
        .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stale_reason', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('source_workspace_url', ['workspace_id', 'url'])
        .execute();
      await db.schema.createIndex('source_due').on('source').columns(['enabled', 'next_check_at']).execute();

      await db.schema
        .createTable('article')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('set null'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('url_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('lease_until', t.timestamp)
        .addColumn('final_url', 'text')
        .addColumn('canonical_url', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('text', t.bigText)
        .addColumn('author', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('lang', 'text')
        .addColumn('image', 'text')
        .addColumn('description', 'text')
        .addColumn('feed_title', 'text')
        .addColumn('feed_summary', 'text')
        .addColumn('feed_published_at', t.timestamp)
        .addColumn('content_hash', 'text')
        .addColumn('signature', 'text')
        .addColumn('story_id', 'integer')
        .addColumn('story_similarity', 'real')
        .addColumn('story_passage', 'text')
        .addColumn('story_matched_article_id', 'integer')
        .addColumn('discovered_at', t.timestamp, (c) => c.notNull())
        .addColumn('fetched_at', t.timestamp)
        .addUniqueConstraint('article_workspace_url_key', ['workspace_id', 'url_key'])
        .execute();
      await db.schema
        .createIndex('article_status')
        .on('article')
        .columns(['workspace_id', 'status'])
        .execute();
      await db.schema
        .createIndex('article_hash')
        .on('article')
        .columns(['workspace_id', 'content_hash'])
        .execute();
      await db.schema.createIndex('article_story').on('article').columns(['story_id']).execute();
      await db.schema
        .createIndex('article_published')
        .on('article')
        .columns(['workspace_id', 'published_at'])
        .execute();

      await db.schema
        .createTable('article_band')
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        .addColumn('band_key', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_band_pk', ['workspace_id', 'band_key', 'article_id'])
        .execute();

      await db.schema
        .createTable('story')
        .addColumn('id', t.id, idColumn)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('title', 'text')
        .addColumn('first_article_id', 'integer', (c) => c.notNull())
        .addColumn('first_published_at', t.timestamp)
        .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('outlet_count', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('source_log')
        .addColumn('id', t.id, idColumn)
        .addColumn('source_id', 'integer', (c) => c.notNull().references('source.id').onDelete('cascade'))
        .addColumn('article_id', 'integer')
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('source_log_source')
        .on('source_log')
        .columns(['source_id', 'at'])
        .execute();

      // The embedded job queue (PostgreSQL installs use pg-boss instead, but the table is harmless).
      await db.schema
        .createTable('job')
        .addColumn('id', t.id, idColumn)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('key', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_at', t.timestamp, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('locked_until', t.timestamp)
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('job_due').on('job').columns(['name', 'status', 'run_at']).execute();
      await db.schema
        .createIndex('job_key')
        .on('job')
        .columns(['name', 'key'])
        .unique()
        .where(sql.ref('key'), 'is not', null)
        .execute();

      if (dialect === 'postgres') {
        await sql`ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('indonesian', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('indonesian', coalesce(text, '')), 'B')) STORED`.execute(db);
        await sql`CREATE INDEX article_search ON article USING GIN (search)`.execute(db);
      } else {
        // Contentless FTS5 index of stemmed words, written by the store when an article is saved
        // (see indexArticleText); token characters keep lexemes such as "sehari-har" or "-19" whole.
        await sql`CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='', contentless_delete=1,
            tokenize="unicode61 remove_diacritics 0 tokenchars '-./@:_'")`.execute(db);
        await sql`CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
            DELETE FROM article_fts WHERE rowid = old.id; END`.execute(db);
      }
    },
  };
}

// Publication materials (SOP B): a press release and its short versions for the website and social
// media, every save a new version (nothing overwritten), the evidence it was drafted from frozen; its
// publication on the government's own newsroom (the published version, corrections and withdrawal
// kept as such), its deliveries to partner media and webhooks (each one row with its state, so
// "what went where, when, by whom" is on record), and the collected articles that picked it up.
// Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function publications(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('publication')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('issue_id', 'integer', (c) => c.references('issue.id').onDelete('set null'))
        .addColumn('case_id', 'integer', (c) => c.references('sop_case.id').onDelete('set null'))
        // The newsroom address of the release, unique in its workspace, fixed at drafting.
        .addColumn('slug', 'text', (c) => c.notNull())
        // draft, published, withdrawn.
        .addColumn('status', 'text', (c) => c.notNull())
        // Public-information class: berkala, serta_merta, setiap_saat, dikecualikan.
        .addColumn('public_class', 'text', (c) => c.notNull())
        // JSON: the articles, tone trend and quotes the material was drafted from, as they were then.
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('published_at', ts)
        .addColumn('published_by_name', 'text')
        .addColumn('withdrawn_at', ts)
        .addColumn('withdrawn_reason', 'text')
        // Any change the public newsroom shows (publish, correction, withdrawal): its pages are cached by it.
        .addColumn('public_changed_at', ts)
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('publication_slug', ['workspace_id', 'slug'])
        .execute();
      await db.schema
        .createIndex('publication_public')
        .on('publication')
        .columns(['workspace_id', 'status', 'published_at'])
        .execute();

      await db.schema
        .createTable('publication_version')
        .addColumn('id', id, autoId)
        .addColumn('publication_id', 'integer', (c) =>
          c.notNull().references('publication.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (c) => c.notNull())
        // JSON: title, lead, body (rich text), quote, contacts, web summary, social text.
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('author_role', 'text', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        // A correction of what was already public: shown as such on the newsroom.
        .addColumn('correction', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('publication_version_no', ['publication_id', 'version'])
        .execute();

      await db.schema
        .createTable('publication_delivery')
        .addColumn('id', id, autoId)
        .addColumn('publication_id', 'integer', (c) =>
          c.notNull().references('publication.id').onDelete('cascade'),
        )
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        // newsroom, email, webhook.
        .addColumn('channel', 'text', (c) => c.notNull())
        // The partner outlet's name, the webhook's address, or the newsroom's path.
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('partner_id', 'integer')
        .addColumn('version', 'integer', (c) => c.notNull())
        // pending, sending, sent, failed, skipped.
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', ts)
        .addColumn('sent_at', ts)
        .addColumn('error', 'text')
        .addColumn('by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('publication_delivery_due')
        .on('publication_delivery')
        .columns(['state', 'next_at'])
        .execute();
      await db.schema
        .createIndex('publication_delivery_of')
        .on('publication_delivery')
        .columns(['publication_id', 'id'])
        .execute();

      await db.schema
        .createTable('publication_pickup')
        .addColumn('id', id, autoId)
        .addColumn('publication_id', 'integer', (c) =>
          c.notNull().references('publication.id').onDelete('cascade'),
        )
        .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addColumn('host', 'text', (c) => c.notNull())
        // Share of the release's text the article kept (4-word shingles), 0..1.
        .addColumn('kept', real, (c) => c.notNull())
        .addColumn('title_match', 'integer', (c) => c.notNull())
        .addColumn('quote_match', 'integer', (c) => c.notNull())
        .addColumn('found_at', ts, (c) => c.notNull())
        .addUniqueConstraint('publication_pickup_once', ['publication_id', 'article_id'])
        .execute();
    },
  };
}

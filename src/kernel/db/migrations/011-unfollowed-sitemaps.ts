// How many child sitemaps of a sitemap index a poll does not follow (it reads the newest few), so
// the source says so instead of their pages going unseen without a word.
// Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function unfollowedSitemaps(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('source')
        .addColumn('unfollowed_sitemaps', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}

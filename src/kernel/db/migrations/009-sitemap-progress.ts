// How much of a source's listing is still waiting for a later poll: a sitemap larger than one poll
// may take is walked over several, and the count is shown on the source until the walk is done.
// Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function sitemapProgress(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('source')
        .addColumn('unvisited_urls', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}

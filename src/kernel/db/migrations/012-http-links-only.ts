// Links an earlier release stored in any scheme (an article's image or canonical address written
// as `javascript:…`, `data:…`, an app's own scheme) are removed, as extraction now drops them:
// the API and the exports hand out only http(s) links, old rows included.
// Frozen: imports no live code.
import { type Kysely, type Migration, sql } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function httpLinksOnly(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const column of ['image', 'canonical_url']) {
        await sql`
          UPDATE article SET ${sql.ref(column)} = NULL
          WHERE ${sql.ref(column)} IS NOT NULL
            AND lower(${sql.ref(column)}) NOT LIKE 'http://%'
            AND lower(${sql.ref(column)}) NOT LIKE 'https://%'
        `.execute(db);
      }
    },
  };
}

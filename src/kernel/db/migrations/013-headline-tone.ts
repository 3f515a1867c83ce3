// The headline's own tone beside the article's: offices complain that outlets put alarming
// headlines on neutral stories and that leaders read only the headline. Null until an article is
// analysed again (old rows are filled by `pantau reanalyze`). Also an index for live updates.
// Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function headlineTone(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('article_analysis').addColumn('headline_tone_label', 'text').execute();
      await db.schema.alterTable('article_analysis').addColumn('headline_tone_score', 'real').execute();
      // The web app's live updates ask every few seconds what was collected since they last asked.
      await db.schema
        .createIndex('article_fetched')
        .on('article')
        .columns(['workspace_id', 'fetched_at'])
        .execute();
    },
  };
}

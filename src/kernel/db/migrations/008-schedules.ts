// Schedules as due rows (the alert check now, the SOP timers later): whichever worker claims a due
// row first runs it, so any number of workers run each occurrence once. And the alert as sent,
// kept whole so its delivery job can render it again on every retry. Frozen: imports no live code.
import type { Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function schedules(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('schedule')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('due_at', ts, (c) => c.notNull())
        .addColumn('interval_seconds', 'integer', (c) => c.notNull())
        .addColumn('last_claimed_at', ts)
        .execute();
      // Alerts from before this release were delivered inline: their payload stays empty and their
      // deliveries stay as recorded.
      await db.schema.alterTable('alert').addColumn('payload', 'text').execute();
    },
  };
}

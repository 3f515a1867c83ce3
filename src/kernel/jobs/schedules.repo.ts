// Schedules as due rows: claiming moves the due time one interval on in one atomic UPDATE, so of
// any number of workers exactly one wins each occurrence (PostgreSQL re-checks the condition after
// waiting on the row lock; SQLite runs one writer at a time).
import type { Store } from '../db/connect.ts';

/** The occurrence claimed (its due time, unique per occurrence), or null when none is due or another won. */
export async function claimDueSchedule(
  store: Store,
  name: string,
  intervalSeconds: number,
  now: Date,
): Promise<string | null> {
  await store.db
    .insertInto('schedule')
    .values({ name, due_at: now.toISOString(), interval_seconds: intervalSeconds })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await store.db
    .selectFrom('schedule')
    .select('due_at')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  if (row.due_at > now.toISOString()) return null;
  const next = new Date(now.getTime() + intervalSeconds * 1000).toISOString();
  const claimed = await store.db
    .updateTable('schedule')
    .set({ due_at: next, interval_seconds: intervalSeconds, last_claimed_at: now.toISOString() })
    .where('name', '=', name)
    .where('due_at', '=', row.due_at)
    .returning('name')
    .executeTakeFirst();
  return claimed ? row.due_at : null;
}

// Schedules as due rows: claiming moves the due time one interval on in one atomic UPDATE, so of
// any number of workers exactly one wins each occurrence (PostgreSQL re-checks the condition after
// waiting on the row lock; SQLite runs one writer at a time).
import type { Store } from '../db/connect.ts';

/**
 * Claims the schedule's occurrence when it is due: returns a key unique to that occurrence (the
 * next due time it set), or null when none is due or another worker won it. A schedule seen for
 * the first time is due at once.
 */
export async function claimDueSchedule(
  store: Store,
  name: string,
  intervalSeconds: number,
  now: Date,
): Promise<string | null> {
  const next = new Date(now.getTime() + intervalSeconds * 1000).toISOString();
  const claimed = await store.db
    .updateTable('schedule')
    .set({ due_at: next, interval_seconds: intervalSeconds, last_claimed_at: now.toISOString() })
    .where('name', '=', name)
    .where('due_at', '<=', now.toISOString())
    .returning('due_at')
    .executeTakeFirst();
  if (claimed) return claimed.due_at;
  const created = await store.db
    .insertInto('schedule')
    .values({ name, due_at: next, interval_seconds: intervalSeconds, last_claimed_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('due_at')
    .executeTakeFirst();
  return created?.due_at ?? null;
}

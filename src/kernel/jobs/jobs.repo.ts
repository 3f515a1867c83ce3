// Job repository for the embedded queue: jobs are rows, taken by an atomic update, so a crash
// leaves every job either waiting, running (handed back on restart) or done.
import { sql } from 'kysely';
import type { Store } from '../db/connect.ts';

export interface JobRow {
  id: number;
  name: string;
  payload: string;
  attempts: number;
  maxAttempts: number;
}

export async function insertJob(
  store: Store,
  job: { name: string; payload: string; key?: string | null; runAt: Date; maxAttempts: number },
): Promise<void> {
  await store.db
    .insertInto('job')
    .values({
      name: job.name,
      payload: job.payload,
      key: job.key ?? null,
      status: 'pending',
      run_at: job.runAt.toISOString(),
      max_attempts: job.maxAttempts,
      created_at: new Date().toISOString(),
    })
    // A job with this key is already waiting or running: one is enough.
    .onConflict((oc) => oc.columns(['name', 'key']).where(sql.ref('key'), 'is not', null).doNothing())
    .execute();
}

/** Takes the next due job of this name, marking it running until `lockedUntil`. */
export async function claimJob(
  store: Store,
  name: string,
  now: Date,
  lockedUntil: Date,
): Promise<JobRow | null> {
  const row = await store.db
    .updateTable('job')
    .set((eb) => ({
      status: 'running',
      locked_until: lockedUntil.toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where(
      'id',
      '=',
      store.db
        .selectFrom('job')
        .select('id')
        .where('name', '=', name)
        .where('status', '=', 'pending')
        .where('run_at', '<=', now.toISOString())
        .orderBy('run_at')
        .orderBy('id')
        .limit(1),
    )
    .where('status', '=', 'pending')
    .returning(['id', 'name', 'payload', 'attempts', 'max_attempts'])
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        payload: row.payload,
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
      }
    : null;
}

export async function completeJob(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('job').where('id', '=', id).execute();
}

/** Puts a job back to wait until `runAt`; `refund` gives the attempt back (a deliberate delay). */
export async function rescheduleJob(
  store: Store,
  id: number,
  runAt: Date,
  options: { error?: string; refund?: boolean } = {},
): Promise<void> {
  await store.db
    .updateTable('job')
    .set((eb) => ({
      status: 'pending',
      run_at: runAt.toISOString(),
      locked_until: null,
      last_error: options.error ?? null,
      ...(options.refund ? { attempts: eb('attempts', '-', 1) } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** Keeps a job that ran out of attempts, with its last error, for inspection. */
export async function failJob(store: Store, id: number, error: string): Promise<void> {
  await store.db
    .updateTable('job')
    .set({ status: 'failed', locked_until: null, last_error: error.slice(0, 2000), key: null })
    .where('id', '=', id)
    .execute();
}

/** Jobs left running by a process that died go back to waiting. */
export async function releaseAbandonedJobs(store: Store): Promise<number> {
  const result = await store.db
    .updateTable('job')
    .set({ status: 'pending', locked_until: null })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface JobCounts {
  due: number;
  later: number;
  running: number;
}

export async function countJobs(store: Store, name: string, now: Date): Promise<JobCounts> {
  const rows = await store.db
    .selectFrom('job')
    .select((eb) => [
      'status',
      sql<number>`case when run_at <= ${now.toISOString()} then 1 else 0 end`.as('due'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('name', '=', name)
    .where('status', 'in', ['pending', 'running'])
    .groupBy(['status', 'due'])
    .execute();
  const counts: JobCounts = { due: 0, later: 0, running: 0 };
  for (const r of rows) {
    if (r.status === 'running') counts.running += Number(r.n);
    else if (Number(r.due) === 1) counts.due += Number(r.n);
    else counts.later += Number(r.n);
  }
  return counts;
}

// Transactions that repositories join: a use case runs its writes on the executor it is given;
// `inTransaction` hands out one bound to a transaction (or the one already open) and runs the
// after-commit hooks (enqueueing jobs, notifying) only once the whole transaction has committed.
import type { Kysely } from 'kysely';
import type { Store } from './connect.ts';
import type { Database } from './schema.ts';

export type AfterCommit = () => Promise<void> | void;

/** A store whose `db` is the executor: the database itself, or an open transaction. */
export interface Executor extends Store {
  /** Set while inside a transaction: hooks to run after it commits. */
  readonly pending?: AfterCommit[];
}

export async function inTransaction<S extends Executor, T>(
  store: S,
  fn: (trx: S, afterCommit: (hook: AfterCommit) => void) => Promise<T>,
): Promise<T> {
  if (store.pending) {
    const pending = store.pending;
    return fn(store, (hook) => pending.push(hook));
  }
  const pending: AfterCommit[] = [];
  const result = await store.db
    .transaction()
    .execute((trx) => fn({ ...store, db: trx as Kysely<Database>, pending }, (hook) => pending.push(hook)));
  for (const hook of pending) await hook();
  return result;
}

/** Runs a hook after the current transaction commits, or now when there is none. */
export async function afterCommit(store: Executor, hook: AfterCommit): Promise<void> {
  if (store.pending) store.pending.push(hook);
  else await hook();
}

// Chooses the queue backend that matches the store: pg-boss on PostgreSQL, the store's own job
// table otherwise.
import type { Store } from '../db/connect.ts';
import { openEmbeddedQueue } from './embedded-queue.ts';
import { openPostgresQueue } from './postgres-queue.ts';
import type { JobQueue } from './queue.ts';

export async function openQueue(
  store: Store,
  config: { databaseUrl?: string | null; dataDir: string },
): Promise<JobQueue> {
  return store.dialect === 'postgres' && config.databaseUrl
    ? openPostgresQueue(config.databaseUrl)
    : openEmbeddedQueue(store, config.dataDir);
}

// Chooses the queue backend that matches the store: pg-boss on PostgreSQL, liteque otherwise.
import { isPostgresUrl } from '../store/connect.ts';
import { openEmbeddedQueue } from './embedded-queue.ts';
import { openPostgresQueue } from './postgres-queue.ts';
import type { JobQueue } from './queue.ts';

export function openQueue(config: { databaseUrl?: string | null; dataDir: string }): Promise<JobQueue> {
  return isPostgresUrl(config.databaseUrl)
    ? openPostgresQueue(config.databaseUrl)
    : openEmbeddedQueue(config.dataDir);
}

// A loopback news network plus a fresh data directory (and, for PostgreSQL, a throwaway
// database): the environment a `pantau` command runs in for end-to-end tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type NewsNetwork, startNewsNetwork } from '../../fixtures/news-network.ts';
import type { DialectName } from '../../src/kernel/db/dialect.ts';
import { createThrowawayDatabase } from './stores.ts';

export interface CrawlEnvironment {
  network: NewsNetwork;
  /** Environment variables for runCli: data directory, database, loopback allowed, no politeness delay. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function crawlEnvironment(
  dialect: DialectName,
  networkOptions: Parameters<typeof startNewsNetwork>[0],
): Promise<CrawlEnvironment> {
  const network = await startNewsNetwork(networkOptions);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-'));
  const env: Record<string, string> = {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_HOST_CONCURRENCY: '4',
    PANTAU_EXTRACT_THREADS: '1',
  };
  const database = dialect === 'postgres' ? await createThrowawayDatabase() : null;
  if (database) env.DATABASE_URL = database.url;
  return {
    network,
    env,
    async dispose() {
      await network.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

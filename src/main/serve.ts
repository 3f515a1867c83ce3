// `pantau serve`: the HTTP API plus, unless --no-workers, the scheduler and the crawl workers, which
// run in a process of their own (crawl-process.ts) so that the crawl never holds up a request and
// its memory is not the API's.
import { once } from 'node:events';
import type { Command } from 'commander';
import { action, commandConfig } from '../kernel/cli/runtime.ts';
import type { Config } from '../kernel/config.ts';
import { isPostgresUrl, openStore } from '../kernel/db/connect.ts';
import { holdQueue, LOCK_HELD_BY_PARENT, type WorkerLock } from '../kernel/jobs/worker-lock.ts';
import { createLogger, type Logger } from '../kernel/logger.ts';
import { startChild } from '../kernel/sandbox/child-process.ts';
import { bootstrap } from './bootstrap.ts';
import type { CrawlCommand, CrawlReport } from './crawl-process.ts';

const CRAWL_PROCESS = new URL('./crawl-process.ts', import.meta.url);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Jalankan server Pantau (API + penjadwal + pekerja) — run the server')
    .option('--port <port>', 'port HTTP (default: PORT atau 3000)')
    .option('--host <host>', 'alamat dengar (default: PANTAU_HOST atau 127.0.0.1)')
    .option('--no-workers', 'hanya API; pekerjaan dilakukan oleh `pantau worker` terpisah')
    .action(
      action(async (opts: { port?: string; host?: string; workers: boolean }) => {
        const { config } = commandConfig();
        const logLevel = process.env.PANTAU_LOG_LEVEL ?? 'info';
        const logger = createLogger(logLevel);
        const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
        // Taken before anything runs: a server whose workers would be refused (another process works
        // the embedded queue) says so and does not start, rather than serving without its crawl.
        let lock: WorkerLock;
        try {
          const backend = isPostgresUrl(config.databaseUrl) ? 'pg-boss' : 'embedded';
          lock = opts.workers ? holdQueue(backend, config.dataDir) : { release() {} };
        } catch (e) {
          await store.close();
          throw e;
        }
        await bootstrap(store, {
          dataDir: config.dataDir,
          announce: (text) => process.stderr.write(text),
        });
        // The web application (Fastify and every route) loads here, not with every other command.
        const { buildApp } = await import('./app.ts');
        const app = await buildApp({
          store,
          logger,
          trustProxy: process.env.PANTAU_TRUST_PROXY === '1',
        });
        const crawl = opts.workers ? startCrawl(config, logLevel, logger) : null;
        const shutdown = async () => {
          if (crawl) await crawl.stop();
          await app.close();
          lock.release();
          await store.close();
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
        const address = await app.listen({
          port: Number(opts.port ?? config.httpPort),
          host: opts.host ?? config.httpHost,
        });
        process.stderr.write(
          `Pantau berjalan di ${address} (${store.dialect}${opts.workers ? ', dengan pekerja' : ''}).\n` +
            `Dokumentasi API: ${address}/api/docs · masuk dengan akun administrator, atau token API pribadi (pantau tokens create)\n`,
        );
      }),
    );
}

function startCrawl(config: Config, logLevel: string, logger: Logger) {
  const child = startChild(CRAWL_PROCESS, {
    // The crawl waits on the network and the database; the page processes do the heavy parsing.
    semiSpaceMb: 4,
    env: { [LOCK_HELD_BY_PARENT]: String(process.pid) },
  });
  const stopped = once(child, 'exit').then(() => undefined);
  child.on('message', (message: CrawlReport) => logger.error({ err: message.reason }, 'workers stopped'));
  child.on('error', (e) => logger.error({ err: String(e) }, 'crawl process failed'));
  child.on('exit', (code, signal) => {
    if (code !== 0) logger.error({ code, signal }, 'crawl process ended');
  });
  child.send({ kind: 'start', config, logLevel } satisfies CrawlCommand);
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.connected)
        child.send({ kind: 'stop' } satisfies CrawlCommand);
      await stopped;
    },
  };
}

// `pantau serve`: the HTTP API plus, unless --no-workers, the scheduler and the crawl workers, which
// run on a thread of their own (crawl-thread.ts) so that the crawl never holds up a request.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Command } from 'commander';
import { action, commandConfig } from '../kernel/cli/runtime.ts';
import type { Config } from '../kernel/config.ts';
import { isPostgresUrl, openStore } from '../kernel/db/connect.ts';
import { holdQueue, type WorkerLock } from '../kernel/jobs/worker-lock.ts';
import { createLogger, type Logger } from '../kernel/logger.ts';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import type { CrawlThreadData, CrawlThreadMessage } from './crawl-thread.ts';

const THREAD_BOOT = new URL('../kernel/sandbox/thread-boot.js', import.meta.url);
const CRAWL_THREAD = new URL('./crawl-thread.ts', import.meta.url).href;

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
        const app = await buildApp({
          store,
          logger,
          trustProxy: process.env.PANTAU_TRUST_PROXY === '1',
        });
        const crawl = opts.workers ? startCrawlThread(config, logLevel, logger) : null;
        const shutdown = async () => {
          if (crawl) {
            crawl.postMessage('stop');
            await crawl.stopped;
          }
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

function startCrawlThread(config: Config, logLevel: string, logger: Logger) {
  const worker = new Worker(THREAD_BOOT, {
    workerData: { entry: CRAWL_THREAD, config, logLevel } satisfies CrawlThreadData,
  });
  worker.on('message', (message: CrawlThreadMessage) => {
    if (message.kind === 'failed') logger.error({ err: message.reason }, 'workers stopped');
  });
  worker.on('error', (e) => logger.error({ err: String(e) }, 'workers stopped'));
  return {
    postMessage: (message: 'stop') => worker.postMessage(message),
    stopped: once(worker, 'exit').then(() => undefined),
  };
}

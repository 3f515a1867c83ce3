// `pantau serve`: the HTTP API plus, unless --no-workers, the scheduler and the crawl workers.
import type { Command } from 'commander';
import { action, commandConfig } from '../kernel/cli/runtime.ts';
import { openContext } from '../kernel/context.ts';
import { holdQueue, type WorkerLock } from '../kernel/jobs/worker-lock.ts';
import { createLogger } from '../kernel/logger.ts';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { runScheduler, runWorkers } from './worker.ts';

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
        const logger = createLogger(process.env.PANTAU_LOG_LEVEL ?? 'info');
        const ctx = await openContext(config, logger);
        // Taken before anything runs: a server whose workers would be refused (another process works
        // the embedded queue) says so and does not start, rather than serving without its crawl.
        let lock: WorkerLock;
        try {
          lock = opts.workers ? holdQueue(ctx.queue.backend, config.dataDir) : { release() {} };
        } catch (e) {
          await ctx.close();
          throw e;
        }
        await bootstrap(ctx.store, {
          dataDir: config.dataDir,
          announce: (text) => process.stderr.write(text),
        });
        const app = await buildApp({
          store: ctx.store,
          logger,
          trustProxy: process.env.PANTAU_TRUST_PROXY === '1',
        });
        const stop = new AbortController();
        const background = opts.workers
          ? Promise.all([runScheduler(ctx, stop.signal), runWorkers(ctx)]).catch((e) => {
              logger.error({ err: String(e) }, 'workers stopped');
            })
          : Promise.resolve();
        const shutdown = async () => {
          stop.abort();
          await ctx.queue.stop();
          await app.close();
          await background;
          lock.release();
          await ctx.close();
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
        const address = await app.listen({
          port: Number(opts.port ?? config.httpPort),
          host: opts.host ?? config.httpHost,
        });
        process.stderr.write(
          `Pantau berjalan di ${address} (${ctx.store.dialect}${opts.workers ? ', dengan pekerja' : ''}).\n` +
            `Dokumentasi API: ${address}/api/docs · masuk dengan akun administrator, atau token API pribadi (pantau tokens create)\n`,
        );
      }),
    );
}

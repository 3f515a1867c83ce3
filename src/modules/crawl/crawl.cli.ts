// `pantau crawl --once` and `pantau worker`: run the crawl in this terminal.
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { createProgress } from '../../kernel/cli/progress.ts';
import { action, withContext } from '../../kernel/cli/runtime.ts';
import { crawlOnce, runScheduler, runWorkers } from './crawl.service.ts';

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description(
      'Jalankan satu putaran: cek semua sumber aktif, ambil semua artikel baru — one full crawl pass',
    )
    .option('--once', 'satu putaran lalu keluar (wajib; untuk berjalan terus gunakan `pantau worker`)')
    .action(
      action(async (opts: { once?: boolean }) => {
        if (!opts.once) {
          throw new PantauError(
            'validation',
            'Gunakan `pantau crawl --once`, atau `pantau worker` untuk berjalan terus',
          );
        }
        await withContext(async (ctx) => {
          const progress = createProgress('Artikel');
          const result = await crawlOnce(ctx, {
            onProgress: (p) => {
              const done = p.fetched + p.failed + p.duplicate;
              progress.update(done, done + p.pending, p.failed ? `(${p.failed} gagal)` : '');
            },
          });
          progress.stop();
          const seconds = result.elapsedMs / 1000;
          process.stdout.write(
            `Selesai: ${result.fetched} artikel baru, ${result.failed} gagal, ${result.duplicate} duplikat, ` +
              `${seconds.toFixed(1)} dtk (${(result.fetched / Math.max(seconds, 0.001)).toFixed(1)} artikel/dtk)\n`,
          );
        });
      }),
    );

  program
    .command('worker')
    .description('Pekerja latar: jadwalkan dan kerjakan pengambilan terus-menerus — background worker')
    .option('--no-scheduler', 'hanya mengerjakan antrean, tanpa menjadwalkan sumber')
    .action(
      action(async (opts: { scheduler: boolean }) => {
        await withContext(async (ctx) => {
          const stop = new AbortController();
          const shutdown = () => {
            stop.abort();
            void ctx.queue.stop();
          };
          process.once('SIGINT', shutdown);
          process.once('SIGTERM', shutdown);
          ctx.logger.info({ backend: ctx.queue.backend }, 'worker started');
          process.stderr.write(`Pekerja berjalan (${ctx.queue.backend}). Ctrl+C untuk berhenti.\n`);
          await Promise.all([
            opts.scheduler ? runScheduler(ctx, stop.signal) : Promise.resolve(),
            runWorkers(ctx),
          ]);
        });
      }),
    );
}

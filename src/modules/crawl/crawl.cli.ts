// `pantau crawl --once`: one full crawl pass in this terminal (`pantau worker` is in main/worker.ts).
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { createProgress } from '../../kernel/cli/progress.ts';
import { action, logFilePath, withContext } from '../../kernel/cli/runtime.ts';
import { crawlPolicy } from './crawl.policy.ts';
import { type CrawlResult, crawlOnce } from './crawl.service.ts';

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
        await withContext(
          async (ctx, as) => {
            // One pass over every workspace's sources: the installation's administrators (the scheduler
            // does the same as the system).
            authorize(as.actor, crawlPolicy.can('run'), null);
            const progress = createProgress('Artikel');
            const result = await crawlOnce(ctx, {
              onProgress: (p) => {
                const done = p.fetched + p.failed + p.duplicate;
                progress.update(done, done + p.pending, p.failed ? `(${p.failed} gagal)` : '');
              },
            });
            progress.stop();
            reportCrawl(result, logFilePath(ctx.config.dataDir));
          },
          { toFile: true },
        );
      }),
    );
}

function reportCrawl(result: CrawlResult, logFile: string): void {
  for (const f of result.pollFailures) {
    process.stderr.write(`Sumber gagal: ${f.name} (${f.url}): ${f.error}\n`);
  }
  const seconds = result.elapsedMs / 1000;
  process.stdout.write(
    `Selesai: ${result.fetched} artikel baru, ${result.failed} gagal, ${result.duplicate} duplikat, ` +
      `${seconds.toFixed(1)} dtk (${(result.fetched / Math.max(seconds, 0.001)).toFixed(1)} artikel/dtk)\n` +
      `Sumber: ${result.polled} diperiksa, ${result.pollFailures.length} gagal\n`,
  );
  if (result.polled === 0) {
    process.stdout.write(
      'Belum ada sumber aktif; tambahkan dengan: pantau sources add — no enabled source\n',
    );
  }
  const everyPollFailed = result.polled > 0 && result.pollFailures.length === result.polled;
  const everyArticleFailed = result.fetched === 0 && result.duplicate === 0 && result.failed > 0;
  if (everyPollFailed || everyArticleFailed) {
    throw new PantauError(
      'network',
      `Semua ${everyPollFailed ? `${result.polled} sumber` : `${result.failed} artikel`} gagal diambil; ` +
        `periksa jaringan (rincian di ${logFile}) — everything failed; check the network`,
    );
  }
}

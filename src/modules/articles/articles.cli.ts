// `pantau search` and `pantau export`: read what has been collected.
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { exportArticles } from './export.service.ts';
import { searchArticles } from './search.service.ts';

/** The shell removed the user's quotes: an argument with spaces in it was a "phrase". */
function queryFromArgs(words: string[]): string {
  return words.map((w) => (/\s/.test(w) ? (w.startsWith('-') ? `-"${w.slice(1)}"` : `"${w}"`) : w)).join(' ');
}

export function registerArticles(program: Command): void {
  program
    .command('search <query...>')
    .description('Cari artikel: kata wajib, "frasa", -kecuali — full-text search')
    .option('--workspace <slug>')
    .option('--limit <n>', 'jumlah hasil', '20')
    .option('--json', 'keluaran JSON lines')
    // "-kata" excludes a word from the search; it is part of the query, not an option.
    .allowUnknownOption()
    .action(
      action(async (words: string[], opts: { workspace?: string; limit: string; json?: boolean }) => {
        const results = await withCtx((ctx) =>
          searchArticles(ctx, {
            query: queryFromArgs(words),
            workspace: opts.workspace,
            limit: Number(opts.limit) || 20,
          }),
        );
        if (opts.json) {
          for (const r of results) {
            const { text: _text, ...article } = r.article;
            process.stdout.write(`${JSON.stringify({ ...article, rank: r.rank, snippet: r.snippet })}\n`);
          }
          return;
        }
        if (results.length === 0) process.stdout.write('Tidak ada artikel yang cocok.\n');
        for (const r of results) {
          const a = r.article;
          process.stdout.write(
            `#${a.id} ${a.title ?? '(tanpa judul)'}\n   ${a.outlet ?? ''} · ${a.publishedAt ?? ''} · ${a.url}\n   ${r.snippet}\n\n`,
          );
        }
      }),
    );

  program
    .command('export')
    .description('Ekspor artikel ke CSV atau JSON lines — export articles')
    .option('--format <format>', 'csv | jsonl', 'csv')
    .option('--output <file>', 'berkas tujuan (default: stdout)')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { format: string; output?: string; workspace?: string }) => {
        const out = opts.output ? createWriteStream(opts.output) : process.stdout;
        const n = await withCtx((ctx) =>
          exportArticles(ctx, { format: opts.format, workspace: opts.workspace }, out),
        );
        if (opts.output) {
          await new Promise<void>(
            (resolve, reject) => (out as NodeJS.WritableStream).end(() => resolve()) ?? reject,
          );
          process.stderr.write(`${n} artikel diekspor ke ${opts.output}\n`);
        }
      }),
    );
}

// `pantau search` and `pantau export`: read what has been collected.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { exportArticles } from './export.service.ts';
import { searchArticles } from './search.service.ts';

/** Query syntax inside one argument: the user quoted a whole query, not a phrase. */
const SYNTAX = /["()*]|\b(?:AND|OR|NOT)\b|NEAR\/\d|(?:^|\s)-\S|(?:title|judul):/i;

/**
 * Joins the arguments into the query the user typed. The shell removed the user's quotes, so an
 * argument with spaces and no query syntax in it was a "phrase" (or, after a minus, an excluded one);
 * one with syntax, such as '(banjir OR genangan) -hoaks', was a whole query and is kept as written.
 */
function queryFromArgs(words: string[]): string {
  return words
    .map((w) => {
      if (!/\s/.test(w)) return w;
      const negated = w.startsWith('-');
      const body = negated ? w.slice(1) : w;
      if (SYNTAX.test(body)) return w;
      return `${negated ? '-' : ''}"${body}"`;
    })
    .join(' ');
}

export function registerArticles(program: Command): void {
  program
    .command('search <query...>')
    .description(
      'Cari artikel dengan bahasa kueri subjek: kata, "frasa", OR, (kurung), -kecuali, title:, awalan*, NEAR/n — search articles with the subject query language',
    )
    .option('--workspace <slug>')
    .option('--limit <n>', 'jumlah hasil', '20')
    .option('--json', 'keluaran JSON lines')
    // "-kata" excludes a word from the search; it is part of the query, not an option.
    .allowUnknownOption()
    .action(
      action(async (words: string[], opts: { workspace?: string; limit: string; json?: boolean }) => {
        const query = queryFromArgs(words);
        const results = await withCtx((ctx) =>
          searchArticles(ctx, { query, workspace: opts.workspace, limit: Number(opts.limit) || 20 }),
        ).catch((e: unknown) => {
          // A position counts in the query as joined from several arguments: show that query.
          if (words.length > 1 && e instanceof PantauError && e.code === 'validation') {
            process.stderr.write(`Kueri yang dibaca — query as read: ${query}\n`);
          }
          throw e;
        });
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
    .description('Ekspor artikel dengan analisisnya ke CSV, JSON lines atau XLSX — export articles')
    .option('--format <format>', 'csv | jsonl | xlsx', 'csv')
    .option('--output <file>', 'berkas tujuan (default: stdout)')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { format: string; output?: string; workspace?: string }) => {
        if (opts.format === 'xlsx' && !opts.output && process.stdout.isTTY) {
          throw new PantauError(
            'validation',
            'XLSX adalah berkas biner: beri --output laporan.xlsx — XLSX needs --output',
          );
        }
        const out = opts.output ? createWriteStream(opts.output) : process.stdout;
        const n = await withCtx((ctx) =>
          exportArticles(ctx, { format: opts.format, workspace: opts.workspace }, out),
        );
        if (opts.output) {
          out.end();
          await finished(out);
          process.stderr.write(`${n} artikel diekspor ke ${opts.output}\n`);
        }
      }),
    );
}

// `pantau clippings add FILE… --outlet NAME --date YYYY-MM-DD [--page N]`: scans, photos and PDFs
// of a print outlet's edition read at once, each file on its own: one that cannot be read is
// reported and the others still become articles.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describeError, PantauError } from '../../domain/errors.ts';
import { action, positiveNumber, withContext } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { type ReadOutcome, readClipping } from './clipping-reading.service.ts';
import { addClipping, MAX_CLIPPING_BYTES } from './clippings.service.ts';

interface FileOutcome {
  file: string;
  clippingId: number | null;
  articles: ReadOutcome['articles'];
  error: string | null;
}

async function fileBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new PantauError('not_found', `Berkas ${file} tidak ada — no such file`);
  // Checked before reading, so a huge file is refused without being loaded.
  if (info.size > MAX_CLIPPING_BYTES)
    throw new PantauError('too_large', `Berkas ${file} lebih dari 30 MB — the file is larger than 30 MB`);
  return new Uint8Array(await readFile(file));
}

export function registerClippings(program: Command): void {
  const clippings = program.command('clippings').description('Kliping media cetak — print clippings');
  clippings
    .command('add <files...>')
    .description(
      'Tambah kliping (JPG/PNG/TIFF/WebP, PDF e-paper atau pindaian): dibaca (OCR) dan dijadikan artikel — add clippings',
    )
    .requiredOption('--outlet <name>', 'nama media cetak, mis. "Radar Sukamaju"')
    .requiredOption('--date <YYYY-MM-DD>', 'tanggal terbit')
    .option('--page <n>', 'nomor halaman (halaman pertama berkas)')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(
        async (
          files: string[],
          opts: { outlet: string; date: string; page?: string; workspace?: string; json?: boolean },
        ) => {
          const page = opts.page === undefined ? null : positiveNumber(opts.page, '--page');
          const outcomes = await withContext(async (app, base) => {
            const ctx = await withWorkspaceOf(base, opts.workspace);
            const done: FileOutcome[] = [];
            for (const file of files) {
              try {
                const clipping = await addClipping(ctx, {
                  fileName: path.basename(file),
                  bytes: await fileBytes(file),
                  outlet: opts.outlet,
                  date: opts.date,
                  page,
                  readNow: true,
                });
                const read = await readClipping(app, clipping.id);
                done.push({
                  file,
                  clippingId: clipping.id,
                  articles: read?.articles ?? [],
                  error: read?.error ?? null,
                });
              } catch (e) {
                // A refused date or role refuses every file alike: that is the command's error.
                if (e instanceof PantauError && (e.code === 'validation' || e.code === 'forbidden')) throw e;
                done.push({ file, clippingId: null, articles: [], error: describeError(e) });
              }
            }
            return done;
          });
          if (opts.json) process.stdout.write(`${JSON.stringify(outcomes)}\n`);
          else
            for (const o of outcomes) {
              if (o.error) {
                process.stdout.write(`${o.file}: GAGAL — ${o.error}\n`);
                continue;
              }
              process.stdout.write(`${o.file}: ${o.articles.length} artikel (kliping #${o.clippingId})\n`);
              for (const a of o.articles)
                process.stdout.write(
                  `  #${a.id}  ${a.title ?? '(tanpa judul)'}  · ${a.characters} karakter\n`,
                );
            }
          if (outcomes.some((o) => o.error)) process.exitCode = 1;
        },
      ),
    );
}

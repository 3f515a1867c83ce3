// `pantau programs`: the inventory of programs and activities — list it, and import a sheet (XLSX
// or CSV) with the same preview and all-or-nothing import as the web page.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PROGRAM_STATUSES, type ProgramStatus } from '../../domain/program.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { importPrograms, previewImport } from './program-import.service.ts';
import { listPrograms } from './programs.service.ts';

export function registerPrograms(program: Command): void {
  const programs = program.command('programs').description('Program dan kegiatan — programs and activities');
  programs
    .command('list')
    .description('Daftar program dan kegiatan — list programs')
    .option('--year <year>', 'tahun anggaran')
    .option('--status <status>', PROGRAM_STATUSES.join(' | '))
    .option('--search <words>', 'kata pada nama, OPD, lokasi')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(
        async (opts: {
          year?: string;
          status?: string;
          search?: string;
          workspace?: string;
          json?: boolean;
        }) => {
          const list = await withCtx(async (ctx) =>
            listPrograms(await withWorkspaceOf(ctx, opts.workspace), {
              year: opts.year ? Number(opts.year) : undefined,
              status: opts.status as ProgramStatus | undefined,
              search: opts.search,
              limit: 500,
            }),
          );
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(list.programs)}\n`);
            return;
          }
          for (const p of list.programs) {
            process.stdout.write(
              `#${p.id}  ${p.budgetYear ?? '-'}  [${p.status}]  ${p.name}${p.agencyName ? `  · ${p.agencyName}` : ''}\n`,
            );
          }
        },
      ),
    );
  programs
    .command('import <file>')
    .description('Impor program dari XLSX/CSV (semua baris atau tidak sama sekali) — import a sheet')
    .option('--dry-run', 'hanya pratinjau: kolom, pemetaan, kesalahan')
    .option('--workspace <slug>')
    .action(
      action(async (file: string, opts: { dryRun?: boolean; workspace?: string }) => {
        const content = { fileName: file, contentBase64: (await readFile(file)).toString('base64') };
        await withCtx(async (base) => {
          const ctx = await withWorkspaceOf(base, opts.workspace);
          const preview = await previewImport(ctx, content);
          preview.headers.forEach((h, i) => {
            process.stdout.write(`kolom ${i + 1} "${h}" → ${preview.mapping[i] ?? '(diabaikan)'}\n`);
          });
          for (const e of preview.errors)
            process.stdout.write(`baris ${e.row}, kolom "${e.column}": ${e.message}\n`);
          if (opts.dryRun) {
            process.stdout.write(`${preview.rowCount} baris, ${preview.errors.length} kesalahan\n`);
            return;
          }
          // Rows with problems (listed above) make this refuse the whole file.
          const done = await importPrograms(ctx, content);
          process.stdout.write(`${done.imported} program diimpor\n`);
        });
      }),
    );
}

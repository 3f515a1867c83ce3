// `pantau report draft`: drafts the monitoring report of a period from the data, starts its SOP A
// case, and writes report.pdf, report.docx and annex.xlsx into a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { reportFile } from './report-files.service.ts';
import { draftReport } from './reports.service.ts';

const ANNEX_FILE = 'annex.xlsx';
const FILES = [
  ['pdf', 'report.pdf'],
  ['docx', 'report.docx'],
  ['xlsx', ANNEX_FILE],
] as const;

export function registerReports(program: Command): void {
  const report = program
    .command('report')
    .description('Laporan media monitoring (SOP A) — monitoring reports');
  report
    .command('draft')
    .description('Susun draf laporan satu periode dan mulai kasus SOP A-nya — draft a report')
    .requiredOption('--from <YYYY-MM-DD>', 'hari pertama periode (zona workspace)')
    .requiredOption('--to <YYYY-MM-DD>', 'hari terakhir periode, termasuk')
    .requiredOption('--output <dir>', 'folder untuk report.pdf, report.docx dan annex.xlsx')
    .option('--title <title>', 'judul laporan')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(
        async (opts: {
          from: string;
          to: string;
          output: string;
          title?: string;
          workspace?: string;
          json?: boolean;
        }) => {
          const out = path.resolve(opts.output);
          await mkdir(out, { recursive: true }).catch((e: unknown) => {
            throw new PantauError(
              'validation',
              `Folder ${out} tidak dapat dibuat — cannot create the folder: ${String(e)}`,
            );
          });
          const result = await withCtx(async (ctx) => {
            const inWs = await withWorkspaceOf(ctx, opts.workspace);
            const drafted = await draftReport(inWs, {
              fromDay: opts.from,
              toDay: opts.to,
              title: opts.title,
            });
            const files: string[] = [];
            for (const [kind, name] of FILES) {
              const file = await reportFile(inWs, drafted.id, kind, { annexFile: ANNEX_FILE });
              await writeFile(path.join(out, name), file.bytes);
              files.push(path.join(out, name));
            }
            return { drafted, files };
          });
          const { drafted, files } = result;
          if (opts.json) {
            process.stdout.write(
              `${JSON.stringify({ reportId: drafted.id, caseId: drafted.caseId, title: drafted.title, articles: drafted.annexRows, files })}\n`,
            );
            return;
          }
          process.stdout.write(
            `Laporan #${drafted.id} disusun: ${drafted.title} (${drafted.annexRows} berita)\n${files.map((f) => `  ${f}`).join('\n')}\nKasus SOP A: ${drafted.caseId}\n`,
          );
        },
      ),
    );
}

// `pantau sop`: the workspace's SOPs — list, show (the whole definition, what import takes back),
// render the official-format document, import a new version from JSON.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { renderSopPdf } from '../../report/sop-document.ts';
import { renderFlowchartSvg } from '../../sop/render-svg.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { getSop, listSops, saveSop } from './sops.service.ts';

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export function registerSops(program: Command): void {
  const sop = program.command('sop').description('SOP kantor: daftar, lihat, cetak, impor — the office SOPs');
  sop
    .command('list')
    .description('Daftar SOP — list SOPs')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const list = await withCtx(async (ctx) => listSops(await withWorkspaceOf(ctx, opts.workspace)));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list)}\n`);
          return;
        }
        for (const s of list)
          process.stdout.write(
            `${s.key}  v${s.version}  ${s.number}  ${s.title}  (${s.steps} langkah, ${s.totalTime})\n`,
          );
      }),
    );
  sop
    .command('show <key>')
    .description('Definisi SOP lengkap — the whole definition')
    .option('--version <n>', 'versi tertentu (bawaan: terbaru)')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON (bentuk yang sama diterima `pantau sop import`)')
    .action(
      action(async (key: string, opts: { version?: string; workspace?: string; json?: boolean }) => {
        const version = opts.version === undefined ? undefined : Number(opts.version);
        if (version !== undefined && !(Number.isInteger(version) && version > 0))
          throw new PantauError(
            'validation',
            '--version harus bilangan bulat positif — must be a positive integer',
          );
        const found = await withCtx(async (ctx) =>
          getSop(await withWorkspaceOf(ctx, opts.workspace), key, version),
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...found.definition, version: found.version })}\n`);
          return;
        }
        const d = found.definition;
        process.stdout.write(
          `${d.identity.title}\nNomor SOP ${d.identity.number} · versi ${found.version}\n\n`,
        );
        for (const s of d.steps) {
          const who = d.executors.find((e) => e.key === s.executor)?.title ?? s.executor;
          process.stdout.write(
            `${s.no}. ${s.activity}\n   Pelaksana: ${who} · Waktu: ${s.time.amount} ${s.time.unit} · Output: ${s.output}\n`,
          );
        }
      }),
    );
  sop
    .command('render <key>')
    .description('Tulis dokumen SOP (PDF) atau bagan alirnya (SVG) — write the SOP document')
    .requiredOption('--output <file>', 'berkas .pdf atau .svg')
    .option('--version <n>', 'versi tertentu (bawaan: terbaru)')
    .option('--workspace <slug>')
    .action(
      action(async (key: string, opts: { output: string; version?: string; workspace?: string }) => {
        const svg = opts.output.toLowerCase().endsWith('.svg');
        if (!svg && !opts.output.toLowerCase().endsWith('.pdf'))
          throw new PantauError(
            'validation',
            '--output harus berakhiran .pdf atau .svg — must end in .pdf or .svg',
          );
        const version = opts.version === undefined ? undefined : Number(opts.version);
        const found = await withCtx(async (ctx) =>
          getSop(await withWorkspaceOf(ctx, opts.workspace), key, version),
        );
        await writeFile(
          opts.output,
          svg ? renderFlowchartSvg(found.definition) : await renderSopPdf(found.definition),
        );
        process.stdout.write(
          `${opts.output} ditulis: ${found.definition.identity.title} (versi ${found.version})\n`,
        );
      }),
    );
  sop
    .command('import <file>')
    .description('Simpan SOP dari JSON sebagai versi baru — import a definition as a new version')
    .option('--note <text>', 'apa yang diubah')
    .option('--workspace <slug>')
    .action(
      action(async (file: string, opts: { note?: string; workspace?: string }) => {
        const text = await readFile(file, 'utf8');
        if (Buffer.byteLength(text) > MAX_IMPORT_BYTES)
          throw new PantauError('too_large', 'Berkas SOP lebih dari 2 MB — file too large');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new PantauError('validation', `${file} bukan JSON yang sah — not valid JSON`);
        }
        const { version: _version, ...definition } = parsed as Record<string, unknown>;
        const saved = await withCtx(async (ctx) =>
          saveSop(await withWorkspaceOf(ctx, opts.workspace), { definition, note: opts.note }),
        );
        process.stdout.write(`SOP ${saved.key} disimpan sebagai versi ${saved.version}\n`);
      }),
    );
}

// `pantau workspace`: create and list workspaces (one per monitored government).
import type { Command } from 'commander';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { createWorkspace, workspacesOf } from './workspaces.service.ts';

export function registerWorkspace(program: Command): void {
  const ws = program
    .command('workspace')
    .description('Kelola workspace (satu per pemerintah daerah) — manage workspaces');
  ws.command('create')
    .description('Buat workspace baru — create a workspace')
    .requiredOption('--name <name>', 'nama, mis. "Pemerintah Kota Tangerang"')
    .requiredOption('--region <region>', 'wilayah, mis. "Kota Tangerang"')
    .option('--tz <zone>', 'zona waktu: WIB, WITA atau WIT', 'WIB')
    .option('--slug <slug>', 'pengenal singkat')
    .action(
      action(async (opts: { name: string; region: string; tz: string; slug?: string }) => {
        const created = await withCtx((ctx) =>
          createWorkspace(ctx, {
            name: opts.name,
            region: opts.region,
            timeZone: opts.tz,
            slug: opts.slug,
          }),
        );
        process.stdout.write(
          `Workspace dibuat: ${created.slug} (${created.name}, ${created.region}, ${created.timeZone})\n`,
        );
      }),
    );
  ws.command('list')
    .description('Daftar workspace — list workspaces')
    .action(
      action(async () => {
        const all = await withCtx((ctx) => workspacesOf(ctx));
        if (all.length === 0) process.stdout.write('Belum ada workspace.\n');
        for (const w of all) process.stdout.write(`${w.slug}\t${w.name}\t${w.region}\t${w.timeZone}\n`);
      }),
    );
}

// `pantau workspace`: create, list, rename and remove workspaces (one per monitored government),
// and choose the default one for commands that name none.
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import type { WorkspaceContents } from './workspaces.service.ts';
import {
  createWorkspace,
  defaultWorkspace,
  removeWorkspace,
  renameWorkspace,
  setDefaultWorkspace,
  workspaceRemoval,
  workspacesOf,
} from './workspaces.service.ts';

const CONTENT_LABELS: [keyof WorkspaceContents, string][] = [
  ['sources', 'sumber'],
  ['articles', 'artikel'],
  ['subjects', 'subjek'],
  ['issues', 'isu'],
  ['alerts', 'peringatan'],
  ['members', 'keanggotaan pengguna'],
  ['agencies', 'OPD'],
];

function describeContents(contents: WorkspaceContents): string {
  return CONTENT_LABELS.map(([key, label]) => `${contents[key]} ${label}`).join(', ');
}

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
    .description('Daftar workspace; * menandai bawaan — list workspaces, * marks the default')
    .action(
      action(async () => {
        const { all, chosen } = await withCtx(async (ctx) => ({
          all: await workspacesOf(ctx),
          chosen: await defaultWorkspace(ctx),
        }));
        if (all.length === 0) {
          process.stdout.write(
            'Belum ada workspace. Buat dengan: pantau workspace create --name "…" --region "…"\n',
          );
        }
        for (const w of all) {
          const mark = w.id === chosen?.id ? '*' : ' ';
          process.stdout.write(`${mark} ${w.slug}\t${w.name}\t${w.region}\t${w.timeZone}\n`);
        }
      }),
    );
  ws.command('default')
    .argument('[slug]', 'workspace yang menjadi bawaan; tanpa ini: tampilkan bawaan sekarang')
    .description('Tetapkan workspace bawaan untuk perintah tanpa --workspace — set the default workspace')
    .action(
      action(async (slug: string | undefined) => {
        if (slug) {
          const chosen = await withCtx((ctx) => setDefaultWorkspace(ctx, slug));
          process.stdout.write(`Workspace bawaan: ${chosen.slug} (${chosen.name})\n`);
          return;
        }
        const chosen = await withCtx((ctx) => defaultWorkspace(ctx));
        process.stdout.write(
          chosen
            ? `Workspace bawaan: ${chosen.slug} (${chosen.name})\n`
            : 'Belum ada workspace bawaan; tetapkan dengan: pantau workspace default SLUG\n',
        );
      }),
    );
  ws.command('rename')
    .argument('<slug>', 'workspace yang diubah')
    .description('Ubah nama dan/atau slug workspace — rename a workspace')
    .option('--name <name>', 'nama baru')
    .option('--slug <slug>', 'slug baru (perintah berikutnya memakai --workspace dengan slug ini)')
    .action(
      action(async (slug: string, opts: { name?: string; slug?: string }) => {
        if (opts.name === undefined && opts.slug === undefined) {
          throw new PantauError(
            'validation',
            'Sebutkan --name dan/atau --slug yang baru — give a new --name and/or --slug',
          );
        }
        const renamed = await withCtx((ctx) => renameWorkspace(ctx, slug, opts));
        process.stdout.write(`Workspace diubah: ${renamed.slug} (${renamed.name})\n`);
      }),
    );
  ws.command('remove')
    .argument('<slug>', 'workspace yang dihapus')
    .description(
      'Hapus workspace beserta semua sumber, artikel, subjek, isu dan peringatannya — remove a workspace and all it holds',
    )
    .option('--yes', 'ya, hapus (tanpa ini hanya ditampilkan apa yang akan terhapus)')
    .action(
      action(async (slug: string, opts: { yes?: boolean }) => {
        if (!opts.yes) {
          const { workspace, contents } = await withCtx((ctx) => workspaceRemoval(ctx, slug));
          throw new PantauError(
            'validation',
            `Menghapus workspace ${workspace.slug} (${workspace.name}) juga menghapus ${describeContents(contents)}; ` +
              `jejak audit tetap. Ulangi dengan --yes untuk menghapus — nothing removed; repeat with --yes to remove it and all it holds`,
          );
        }
        const { workspace, contents } = await withCtx((ctx) => removeWorkspace(ctx, slug));
        process.stdout.write(
          `Workspace dihapus: ${workspace.slug} (${workspace.name}), bersama ${describeContents(contents)}\n`,
        );
      }),
    );
}

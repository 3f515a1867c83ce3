// `pantau agencies`: the workspace's agency (OPD) registry.
import type { Command } from 'commander';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { addAgency, editAgency, listAgencies } from './agencies.service.ts';

export function registerAgencies(program: Command): void {
  const agencies = program.command('agencies').description('Daftar OPD — agency registry');
  agencies
    .command('add')
    .description('Tambah OPD — add an agency')
    .requiredOption('--name <name>', 'nama lengkap, mis. "Dinas Pekerjaan Umum dan Penataan Ruang"')
    .requiredOption('--short <short>', 'nama singkat, mis. "Dinas PUPR"')
    .option('--head <name>', 'kepala OPD')
    .option('--email <email>', 'surel OPD')
    .option('--phone <phone>', 'telepon OPD')
    .option('--workspace <slug>')
    .action(
      action(
        async (opts: {
          name: string;
          short: string;
          head?: string;
          email?: string;
          phone?: string;
          workspace?: string;
        }) => {
          const a = await withCtx(async (ctx) =>
            addAgency(await withWorkspaceOf(ctx, opts.workspace), { ...opts, shortName: opts.short }),
          );
          process.stdout.write(`OPD #${a.id} ditambahkan: ${a.shortName} — ${a.name}\n`);
        },
      ),
    );
  agencies
    .command('list')
    .description('Daftar OPD — list agencies')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const list = await withCtx(async (ctx) => listAgencies(await withWorkspaceOf(ctx, opts.workspace)));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list)}\n`);
          return;
        }
        for (const a of list) {
          process.stdout.write(
            `#${a.id}  ${a.shortName}  ${a.name}${a.head ? `  · kepala: ${a.head}` : ''}${a.active ? '' : '  (NONAKTIF)'}\n`,
          );
        }
      }),
    );
  agencies
    .command('edit <id>')
    .description('Ubah OPD — edit an agency')
    .option('--name <name>')
    .option('--short <short>')
    .option('--head <name>')
    .option('--email <email>')
    .option('--phone <phone>')
    .option('--inactive', 'nonaktifkan')
    .option('--active', 'aktifkan')
    .option('--workspace <slug>')
    .action(
      action(
        async (
          id: string,
          opts: {
            name?: string;
            short?: string;
            head?: string;
            email?: string;
            phone?: string;
            inactive?: boolean;
            active?: boolean;
            workspace?: string;
          },
        ) => {
          const a = await withCtx(async (ctx) =>
            editAgency(await withWorkspaceOf(ctx, opts.workspace), parseId(id), {
              name: opts.name,
              shortName: opts.short,
              head: opts.head,
              email: opts.email,
              phone: opts.phone,
              active: opts.inactive ? false : opts.active ? true : undefined,
            }),
          );
          process.stdout.write(`OPD #${a.id} diperbarui: ${a.shortName}${a.active ? '' : ' (nonaktif)'}\n`);
        },
      ),
    );
}

// `pantau places`: the workspace's own places (kecamatan, kelurahan/desa, local names) that the
// analysis recognises as places.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { PLACE_KIND_LABELS } from '../../domain/place.ts';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import {
  addPlace,
  findRegions,
  importPlaces,
  listPlaces,
  loadRegion,
  removePlace,
} from './places.service.ts';

const REANALYZE_HINT = 'Jalankan `pantau reanalyze` agar artikel lama ikut dikenali.\n';

export function registerPlaces(program: Command): void {
  const places = program
    .command('places')
    .description('Wilayah sendiri: kecamatan, kelurahan/desa, tempat — the workspace’s own places');
  places
    .command('add <name...>')
    .description('Tambah tempat — add a place')
    .option('--kind <kind>', 'kecamatan | kelurahan | desa | tempat', 'tempat')
    .option('--parent <name>', 'kecamatan induk, untuk kelurahan/desa')
    .option('--workspace <slug>')
    .action(
      action(async (name: string[], opts: { kind: string; parent?: string; workspace?: string }) => {
        const p = await withCtx((ctx) =>
          addPlace(ctx, {
            workspace: opts.workspace,
            name: name.join(' '),
            kind: opts.kind,
            parent: opts.parent,
          }),
        );
        process.stdout.write(`Tempat #${p.id} ditambahkan: ${p.name} (${PLACE_KIND_LABELS[p.kind]})\n`);
        process.stdout.write(REANALYZE_HINT);
      }),
    );
  places
    .command('list')
    .description('Daftar tempat — list places')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON lines')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const list = await withCtx((ctx) => listPlaces(ctx, opts.workspace));
        if (opts.json) {
          for (const p of list) process.stdout.write(`${JSON.stringify(p)}\n`);
          return;
        }
        if (list.length === 0)
          process.stdout.write(
            'Belum ada tempat. Tambahkan dengan: pantau places add, atau pantau places import\n',
          );
        for (const p of list)
          process.stdout.write(
            `#${p.id}\t${PLACE_KIND_LABELS[p.kind]}\t${p.name}${p.parent ? `\t(${p.parent})` : ''}\n`,
          );
      }),
    );
  places
    .command('remove <id>')
    .description('Hapus tempat — remove a place')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { workspace?: string }) => {
        const p = await withCtx((ctx) => removePlace(ctx, parseId(id), opts.workspace));
        process.stdout.write(`Tempat #${p.id} (${p.name}) dihapus.\n`);
      }),
    );
  places
    .command('import <file>')
    .description('Impor daftar tempat: satu nama per baris, atau CSV "nama,jenis[,induk]" — import a list')
    .option('--workspace <slug>')
    .action(
      action(async (file: string, opts: { workspace?: string }) => {
        const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new PantauError('validation', `Berkas ${file} tidak dapat dibaca: ${e.code ?? e.message}`);
        });
        const r = await withCtx((ctx) => importPlaces(ctx, { workspace: opts.workspace, text }));
        process.stdout.write(`Dibaca ${r.read} tempat: ${r.added} ditambahkan, ${r.skipped} sudah ada.\n`);
        if (r.added > 0) process.stdout.write(REANALYZE_HINT);
      }),
    );
  places
    .command('regions [query...]')
    .description('Cari kabupaten/kota dalam daftar resmi (nama, provinsi atau kode) — find a regency or city')
    .option('--workspace <slug>')
    .action(
      action(async (query: string[], opts: { workspace?: string }) => {
        const found = await withCtx((ctx) =>
          findRegions(ctx, { workspace: opts.workspace, query: query.join(' ') }),
        );
        if (found.length === 0) process.stdout.write('Tidak ada kabupaten/kota yang cocok.\n');
        for (const r of found) process.stdout.write(`${r.code}\t${r.name}\t${r.province}\n`);
      }),
    );
  places
    .command('region <code-or-name...>')
    .description(
      'Muat kecamatan dan kelurahan/desa satu kabupaten/kota dari daftar resmi — load a region’s places',
    )
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (region: string[], opts: { workspace?: string; json?: boolean }) => {
        const r = await withCtx((ctx) =>
          loadRegion(ctx, { workspace: opts.workspace, region: region.join(' ') }),
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(r)}\n`);
          return;
        }
        const name = `${r.region.name} (${r.region.code}, ${r.region.province})`;
        process.stdout.write(
          r.districts + r.villages > 0
            ? `${name}: ${r.districts} kecamatan dan ${r.villages} kelurahan/desa ditambahkan, ${r.skipped} sudah ada.\n`
            : `${name}: tidak ada tempat baru, ${r.skipped} tempat sudah ada.\n`,
        );
        if (r.districts + r.villages > 0) process.stdout.write(REANALYZE_HINT);
      }),
    );
}

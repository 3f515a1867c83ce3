// `pantau sources`: add, list, enable, disable, remove sources, read their log, browse the catalogue.
import type { Command } from 'commander';
import { CATALOGUE } from '../../collect/catalogue.ts';
import type { SourceSummary } from '../../domain/source.ts';
import { formatDateTime } from '../../domain/time.ts';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { describeBacklog, presentSource } from './sources.present.ts';
import {
  addSource,
  enableSource,
  getSource,
  listSources,
  removeSource,
  sourceLog,
} from './sources.service.ts';

function status(s: SourceSummary): string {
  if (!s.enabled) return 'nonaktif';
  if (s.lastError) return `GALAT: ${s.lastError}`;
  if (s.stale) return `BASI: ${s.staleReason ?? ''}`;
  const backlog = describeBacklog(s);
  if (backlog) return `baik, ${backlog}`;
  return s.lastSuccessAt ? 'baik' : 'belum dicek';
}

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('Kelola sumber berita — manage news sources');
  sources
    .command('add [url]')
    .description('Tambah sumber: feed, sitemap, feed pencarian atau satu artikel — add a source')
    .option('--type <kind>', 'feed | sitemap | search | article (default: ditebak dari URL)')
    .option('--name <name>', 'nama media / sumber')
    .option('--query <query>', 'kata kunci untuk feed pencarian (URL berisi {query})')
    .option('--catalogue <keys>', 'tambah dari katalog bawaan (kunci dipisah koma)')
    .option('--workspace <slug>', 'workspace tujuan')
    .action(
      action(
        async (
          url: string | undefined,
          opts: { type?: string; name?: string; query?: string; catalogue?: string; workspace?: string },
        ) => {
          await withCtx(async (ctx) => {
            const keys = opts.catalogue
              ? opts.catalogue
                  .split(',')
                  .map((k) => k.trim())
                  .filter(Boolean)
              : [undefined];
            for (const key of keys) {
              const s = await addSource(ctx, {
                workspace: opts.workspace,
                url,
                kind: opts.type,
                name: opts.name,
                query: opts.query,
                catalogueKey: key,
              });
              process.stdout.write(`Sumber #${s.id} ditambahkan: ${s.name} <${s.url}> (${s.kind})\n`);
            }
          });
        },
      ),
    );
  sources
    .command('list')
    .description('Daftar sumber dengan status, jumlah artikel dan galat terakhir — list sources')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const { list, zone } = await withCtx(async (ctx) => ({
          list: await listSources(ctx, opts.workspace),
          zone: (await resolveWorkspace(ctx, opts.workspace)).timeZone,
        }));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list.map(presentSource), null, 2)}\n`);
          return;
        }
        if (list.length === 0)
          process.stdout.write('Belum ada sumber. Tambahkan dengan: pantau sources add URL\n');
        for (const s of list) {
          process.stdout.write(
            `#${s.id}\t${s.kind}\t${s.name}\t${s.articleCount} artikel${s.failedCount ? ` (${s.failedCount} gagal)` : ''}\t` +
              `cek berikut ${formatDateTime(s.nextCheckAt, zone)}\t${status(s)}\n\t${s.url}\n`,
          );
        }
      }),
    );
  sources
    .command('show <id>')
    .description('Rincian satu sumber: jadwal, galat, sisa sitemap — one source in detail')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (id: string, opts: { workspace?: string; json?: boolean }) => {
        const s = presentSource(await withCtx((ctx) => getSource(ctx, parseId(id), opts.workspace)));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        const lines: [string, string | null][] = [
          ['Sumber', `#${s.id} ${s.name} (${s.kind})`],
          ['URL', s.url],
          ['Status', s.enabled ? (s.stale ? `basi: ${s.staleReason ?? ''}` : 'aktif') : 'nonaktif'],
          ['Cek terakhir', s.lastPolledAt],
          ['Cek berikut', s.nextCheckAt],
          ['Galat terakhir', s.lastError],
          ['Sitemap', s.backlog],
        ];
        for (const [label, value] of lines) if (value) process.stdout.write(`${label}:\t${value}\n`);
      }),
    );
  for (const [name, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    sources
      .command(`${name} <id>`)
      .description(enabled ? 'Aktifkan sumber — enable' : 'Nonaktifkan sumber — disable')
      .option('--workspace <slug>')
      .action(
        action(async (id: string, opts: { workspace?: string }) => {
          const s = await withCtx((ctx) => enableSource(ctx, parseId(id), enabled, opts.workspace));
          process.stdout.write(`Sumber #${s.id} ${enabled ? 'diaktifkan' : 'dinonaktifkan'}.\n`);
        }),
      );
  }
  sources
    .command('remove <id>')
    .description('Hapus sumber (artikelnya tetap disimpan) — remove a source, keeping its articles')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { workspace?: string }) => {
        const s = await withCtx((ctx) => removeSource(ctx, parseId(id), opts.workspace));
        process.stdout.write(`Sumber #${s.id} (${s.name}) dihapus.\n`);
      }),
    );
  sources
    .command('log <id>')
    .description('Catatan kejadian sumber: galat, basi — the source log')
    .option('--limit <n>', 'jumlah baris', '20')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { limit: string; workspace?: string }) => {
        const entries = await withCtx((ctx) =>
          sourceLog(ctx, parseId(id), Number(opts.limit) || 20, opts.workspace),
        );
        if (entries.length === 0) process.stdout.write('Tidak ada catatan.\n');
        for (const e of entries) process.stdout.write(`${e.at}\t${e.level}\t${e.message}\n`);
      }),
    );
  sources
    .command('catalogue')
    .description('Katalog media bawaan yang dapat diaktifkan — the built-in outlet catalogue')
    .option('--region <text>', 'saring menurut wilayah')
    .action(
      action(async (opts: { region?: string }) => {
        const needle = opts.region?.toLowerCase();
        for (const e of CATALOGUE) {
          if (needle && !(e.region ?? 'nasional').toLowerCase().includes(needle)) continue;
          process.stdout.write(`${e.key}\t${e.outlet}\t${e.scope}\t${e.region ?? '-'}\t${e.url}\n`);
        }
      }),
    );
}

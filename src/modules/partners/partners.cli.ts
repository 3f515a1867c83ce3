// `pantau partners`: the partner media registry (mitra media).
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { MONTH_NAMES } from '../../domain/time.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import {
  MEDIA_TYPES,
  type MediaType,
  VERIFICATION_STATUSES,
  type VerificationStatus,
  verificationLabel,
} from './partner.ts';
import type { PartnerItem } from './partners.schema.ts';
import { addPartner, listPartners } from './partners.service.ts';

/** "31 Januari 2027": an expiry day as people read it. */
function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The stable `--json` item: what scripts and the acceptance check read. */
const asJson = (p: PartnerItem) => ({
  id: p.id,
  name: p.name,
  mediaType: p.mediaType,
  newsroomEmail: p.newsroomEmail,
  hosts: p.hosts,
  verification: p.verification,
  active: p.active,
  warnings: p.warnings,
  coverage: p.coverage,
});

function tableOf(list: PartnerItem[]): string {
  if (list.length === 0) return 'Belum ada mitra media. Tambahkan dengan `pantau partners add`.\n';
  const rows = list.map((p) => [
    `#${p.id}`,
    p.name + (p.active ? '' : ' (nonaktif)'),
    p.mediaType,
    verificationLabel(p.verification.status) +
      (p.verification.validUntil ? ` s.d. ${longDay(p.verification.validUntil)}` : ''),
    p.newsroomEmail ?? '-',
    p.hosts.join(', ') || '-',
    String(p.coverage.total),
    p.warnings.length === 0 ? '-' : `${p.warnings.length} peringatan`,
  ]);
  const head = [
    'ID',
    'Media',
    'Jenis',
    'Verifikasi Dewan Pers',
    'Surel redaksi',
    'Host',
    'Berita',
    'Masa berlaku',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `${cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()}\n`;
  const notes = list.flatMap((p) =>
    p.warnings.map(
      (w) =>
        `  ! ${p.name}: ${w.subject} ${w.expired ? `berakhir ${-w.daysLeft} hari lalu` : `berakhir dalam ${w.daysLeft} hari`} (${longDay(w.expiresOn)})\n`,
    ),
  );
  const period = list[0].coverage;
  return [
    line(head),
    ...rows.map(line),
    `\nBerita: artikel terkumpul ${longDay(period.from)} – ${longDay(period.to)}.\n`,
    ...(notes.length > 0 ? ['\nPerlu diperpanjang:\n', ...notes] : []),
  ].join('');
}

export function registerPartners(program: Command): void {
  const partners = program.command('partners').description('Mitra media — partner media registry');
  partners
    .command('list')
    .description('Daftar mitra media dengan peringatan masa berlaku — list partner outlets')
    .option('--from <day>', 'awal periode liputan, YYYY-MM-DD (bawaan: 30 hari terakhir)')
    .option('--to <day>', 'akhir periode liputan, YYYY-MM-DD')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { from?: string; to?: string; workspace?: string; json?: boolean }) => {
        const list = await withCtx(async (ctx) =>
          listPartners(await withWorkspaceOf(ctx, opts.workspace), { from: opts.from, to: opts.to }),
        );
        process.stdout.write(opts.json ? `${JSON.stringify(list.map(asJson))}\n` : tableOf(list));
      }),
    );
  partners
    .command('add')
    .description('Tambah mitra media — add a partner outlet')
    .requiredOption('--name <name>', 'nama media, mis. "Kabar Sukamaju"')
    .option('--newsroom-email <email>', 'surel redaksi (tujuan siaran pers)')
    .option('--host <host>', 'host situs, mis. kabar.example (boleh berulang)', collect, [])
    .option('--media-type <type>', `jenis media: ${MEDIA_TYPES.join(', ')}`, 'online')
    .option('--legal-entity <name>', 'badan hukum')
    .option('--responsible <name>', 'penanggung jawab')
    .option('--chief-editor <name>', 'pemimpin redaksi')
    .option('--verification <status>', `verifikasi Dewan Pers: ${VERIFICATION_STATUSES.join(', ')}`)
    .option('--verified-on <day>', 'tanggal verifikasi, YYYY-MM-DD')
    .option('--valid-until <day>', 'verifikasi berlaku sampai, YYYY-MM-DD')
    .option('--workspace <slug>')
    .action(
      action(
        async (opts: {
          name: string;
          newsroomEmail?: string;
          host: string[];
          mediaType: string;
          legalEntity?: string;
          responsible?: string;
          chiefEditor?: string;
          verification?: string;
          verifiedOn?: string;
          validUntil?: string;
          workspace?: string;
        }) => {
          const p = await withCtx(async (ctx) =>
            addPartner(await withWorkspaceOf(ctx, opts.workspace), {
              name: opts.name,
              newsroomEmail: opts.newsroomEmail,
              hosts: opts.host,
              mediaType: oneOf(MEDIA_TYPES, opts.mediaType, 'Jenis media') as MediaType,
              legalEntity: opts.legalEntity,
              responsiblePerson: opts.responsible,
              chiefEditor: opts.chiefEditor,
              verification: opts.verification
                ? {
                    status: oneOf(
                      VERIFICATION_STATUSES,
                      opts.verification,
                      'Status verifikasi',
                    ) as VerificationStatus,
                    verifiedOn: opts.verifiedOn,
                    validUntil: opts.validUntil,
                  }
                : undefined,
            }),
          );
          process.stdout.write(
            `Mitra media #${p.id} ditambahkan: ${p.name}${p.hosts.length ? ` (${p.hosts.join(', ')})` : ''}\n`,
          );
        },
      ),
    );
}

function oneOf(allowed: readonly string[], value: string, label: string): string {
  if (!allowed.includes(value)) {
    throw new PantauError(
      'validation',
      `${label} tidak dikenal: "${value}" (${allowed.join(', ')}) — unknown value`,
    );
  }
  return value;
}

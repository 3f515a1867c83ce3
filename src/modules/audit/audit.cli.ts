// `pantau audit list|verify`: read the audit trail and check its hash chain.
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { listAuditTrail, verifyAuditTrail } from './audit.service.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Jejak audit — audit trail');
  audit
    .command('list')
    .description('Perubahan terbaru: siapa, peran, tindakan, data, sebelum/sesudah — latest changes')
    .option('--record <type:id>', 'satu data, mis. source:12 atau issue:7')
    .option('--user <id>', 'hanya perubahan oleh pengguna ini (id)')
    .option('--action <action>', 'mis. sources.create')
    .option('--limit <n>', 'jumlah baris', '50')
    .option('--json', 'keluaran JSON')
    .action(
      action(
        async (opts: { record?: string; user?: string; action?: string; limit: string; json?: boolean }) => {
          const [recordType, recordId] = opts.record ? opts.record.split(':') : [undefined, undefined];
          const rows = await withCtx((ctx) =>
            listAuditTrail(ctx, {
              recordType,
              recordId,
              userId: opts.user ? Number(opts.user) : undefined,
              action: opts.action,
              limit: Number(opts.limit) || 50,
            }),
          );
          if (opts.json) {
            process.stdout.write(
              `${JSON.stringify(rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) })))}\n`,
            );
            return;
          }
          for (const r of rows) {
            process.stdout.write(
              `#${r.id}  ${r.at}  ${r.actor}${r.role ? ` (${r.role})` : ''}  ${r.action}  ${r.recordType}${r.recordId ? `:${r.recordId}` : ''}  ${r.changes}\n`,
            );
          }
        },
      ),
    );
  audit
    .command('verify')
    .description(
      'Periksa rantai hash: keluar 0 bila utuh, selain itu sebutkan baris yang diubah — verify the chain',
    )
    .action(
      action(async () => {
        const result = await withCtx((ctx) => verifyAuditTrail(ctx));
        if (!result.broken) {
          process.stdout.write(`Jejak audit utuh: ${result.rows} baris diperiksa — audit trail intact\n`);
          return;
        }
        const why =
          result.broken.reason === 'altered'
            ? `baris #${result.broken.id} telah diubah — row ${result.broken.id} was altered`
            : `baris sebelum #${result.broken.id} telah dihapus — a row before ${result.broken.id} was deleted`;
        throw new PantauError('conflict', `Jejak audit rusak: ${why}`);
      }),
    );
}

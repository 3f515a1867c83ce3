// `pantau alerts`: check the crisis early warning now, and list the alerts sent.
import type { Command } from 'commander';
import { checkAlerts, listAlerts } from '../../services/alerts.ts';
import { action, commandConfig, withStore } from '../runtime.ts';

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description('Peringatan dini krisis — crisis early warning');
  alerts
    .command('check')
    .description(
      'Nilai semua subjek dan isu aktif sekarang, kirim peringatan yang perlu — evaluate now and send',
    )
    .action(
      action(async () => {
        const { config } = commandConfig();
        const results = await withStore((store) =>
          checkAlerts(store, config.alerts, { allowHosts: config.allowHosts }),
        );
        if (results.length === 0) process.stdout.write('Belum ada subjek atau isu aktif yang dipantau.\n');
        for (const r of results) {
          process.stdout.write(
            `${r.level.toUpperCase()}\t${r.scope === 'issue' ? 'Isu' : 'Subjek'}: ${r.label}\t${r.reason}${r.sent ? `\t(dikirim: ${r.sent})` : ''}\n`,
          );
        }
      }),
    );
  alerts
    .command('list')
    .description('Peringatan yang sudah dikirim — alerts sent')
    .option('--workspace <slug>')
    .option('--limit <n>', 'jumlah', '20')
    .action(
      action(async (opts: { workspace?: string; limit: string }) => {
        const list = await withStore((store) => listAlerts(store, opts.workspace, Number(opts.limit) || 20));
        if (list.length === 0) process.stdout.write('Belum ada peringatan.\n');
        for (const a of list) {
          process.stdout.write(
            `${a.createdAt}\t${a.level.toUpperCase()}\t${a.kind}\t${a.scopeLabel}\t${a.reason}\n`,
          );
        }
      }),
    );
}

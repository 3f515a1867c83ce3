// `pantau alerts`: check the crisis early warning now, and list the alerts sent.
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { formatDateTime } from '../../domain/time.ts';
import { action, commandConfig, withContext, withCtx } from '../../kernel/cli/runtime.ts';
import { showRecipients, updateRecipients } from '../notifications/notifications.service.ts';
import { resolveWorkspace, withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import { deliverAlertJob } from './alerts.jobs.ts';
import { type AlertCheck, alertJobs, checkAlerts, listAlerts } from './alerts.service.ts';
import {
  type CrisisSettingsChange,
  showCrisisSettings,
  updateCrisisSettings,
} from './crisis-settings.service.ts';

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description('Peringatan dini krisis — crisis early warning');
  alerts
    .command('recipients')
    .description('Penerima peringatan workspace ini (surel, webhook bertanda tangan) — alert recipients')
    .option('--workspace <slug>')
    .option('--email <list>', 'alamat surel, dipisah koma (kosong: tanpa surel)')
    .option('--webhook <url>', 'URL webhook (kosong: tanpa webhook)')
    .option('--webhook-secret <secret>', 'rahasia penandatangan HMAC webhook (≥ 16 karakter)')
    .action(
      action(
        async (opts: { workspace?: string; email?: string; webhook?: string; webhookSecret?: string }) => {
          const { config } = commandConfig();
          const change = {
            ...(opts.email !== undefined
              ? {
                  emailTo: opts.email
                    .split(',')
                    .map((e) => e.trim())
                    .filter(Boolean),
                }
              : {}),
            ...(opts.webhook !== undefined ? { webhookUrl: opts.webhook || null } : {}),
            ...(opts.webhookSecret !== undefined ? { webhookSecret: opts.webhookSecret || null } : {}),
          };
          const { shown, zone } = await withCtx(async (ctx) => {
            const inWs = await withWorkspaceOf(ctx, opts.workspace);
            const shown = await (Object.keys(change).length > 0
              ? updateRecipients(inWs, change, config.alerts)
              : showRecipients(inWs, config.alerts));
            return { shown, zone: inWs.workspace?.timeZone ?? 'WIB' };
          });
          process.stdout.write(
            `Surel: ${shown.emailTo.join(', ') || '—'}${shown.emailServerConfigured ? '' : ' (server SMTP belum diatur: PANTAU_SMTP_HOST)'}\n` +
              `Webhook: ${shown.webhookUrl ?? '—'}${shown.webhookUrl ? (shown.webhookSecretSet ? ' (bertanda tangan)' : ' (TANPA rahasia)') : ''}\n` +
              (shown.fromDefaults
                ? 'Dari pengaturan bawaan server (PANTAU_ALERT_*).\n'
                : `Diubah oleh ${shown.updatedBy} pada ${formatDateTime(shown.updatedAt, zone)}.\n`) +
              shown.problems.map((p) => `! ${p}\n`).join(''),
          );
        },
      ),
    );
  alerts
    .command('check')
    .description(
      'Nilai semua subjek dan isu aktif sekarang, kirim peringatan yang perlu — evaluate now and send',
    )
    .option('--workspace <slug>', 'hanya workspace ini (tanpa ini: semua workspace, untuk administrator)')
    .action(
      action(async (opts: { workspace?: string }) => {
        const results = await withContext(async (app, ctx) => {
          const checked = await checkAlerts(ctx, {
            channels: app.config.alerts,
            queue: app.queue,
            workspace: opts.workspace,
          });
          // Deliver what was queued now, unless a running server's workers hold the queue.
          const deliveries = alertJobs(app).filter((j) => j.job === deliverAlertJob);
          await app.queue.work(deliveries, { untilIdle: true }).catch(() => {
            process.stderr.write('Pengiriman diantrekan; pekerja yang berjalan akan mengirimnya.\n');
          });
          return checked;
        });
        if (results.length === 0) process.stdout.write('Belum ada subjek atau isu aktif yang dipantau.\n');
        // Checking every workspace, each line says whose subject or issue it is.
        const several = new Set(results.map((r) => r.workspace)).size > 1;
        for (const r of results) {
          process.stdout.write(
            `${several ? `${r.workspace}\t` : ''}${r.level.toUpperCase()}\t${r.scope === 'issue' ? 'Isu' : 'Subjek'}: ${r.label}\t${r.reason}${r.sent ? `\t${sentTo(r)}` : ''}\n`,
          );
          if (r.sent) for (const p of r.problems) process.stdout.write(`  ! ${p}\n`);
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
        const { list, zone } = await withCtx(async (ctx) => ({
          list: await listAlerts(ctx, opts.workspace, Number(opts.limit) || 20),
          zone: (await resolveWorkspace(ctx, opts.workspace)).timeZone,
        }));
        if (list.length === 0) process.stdout.write('Belum ada peringatan.\n');
        for (const a of list) {
          const to = a.routedTo === null ? '' : `\t${routeText(a.routedTo)}`;
          process.stdout.write(
            `${formatDateTime(a.createdAt, zone)}\t${a.level.toUpperCase()}\t${a.kind}\t${a.scopeLabel}\t${a.reason}${to}\n`,
          );
        }
      }),
    );
  alerts
    .command('settings')
    .description('Lihat atau ubah ambang, masa tenang dan hari libur peringatan krisis — crisis settings')
    .option('--workspace <slug>')
    .option('--waspada <ambang>', 'JAM:NEGATIF:MEDIA:RASIO, mis. 6:5:3:2')
    .option('--siaga <ambang>', 'JAM:NEGATIF:MEDIA:RASIO')
    .option('--krisis <ambang>', 'JAM:NEGATIF:MEDIA:RASIO')
    .option('--quiet-minutes <n>', 'menit sebelum peringatan diulang bila level tetap')
    .option('--recovery-minutes <n>', 'menit level harus normal sebelum "kembali normal" dikirim')
    .option('--max-per-outlet <n>', 'artikel negatif terbanyak yang dihitung dari satu media')
    .option('--holiday <tanggal...>', 'hari libur YYYY-MM-DD (mengganti daftar)')
    .option('--reset', 'kembali ke pengaturan bawaan')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: SettingsOptions) => {
        const change = settingsChange(opts);
        const changing = opts.reset || Object.keys(change).length > 0;
        const { shown, zone } = await withCtx(async (ctx) => ({
          shown: await (changing
            ? updateCrisisSettings(ctx, {
                workspace: opts.workspace,
                change,
                reset: opts.reset,
              })
            : showCrisisSettings(ctx, opts.workspace)),
          zone: (await resolveWorkspace(ctx, opts.workspace)).timeZone,
        }));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(shown)}\n`);
          return;
        }
        const s = shown.settings;
        const lines = (['waspada', 'siaga', 'krisis'] as const).map((level) => {
          const t = s.levels[level];
          return `${level.toUpperCase()}\t≥${t.minNegative} artikel negatif dalam ${t.windowHours} jam dari ≥${t.minOutlets} media, ≥${t.minRatio}× biasanya`;
        });
        lines.push(
          `Masa tenang: ${s.quietPeriodMinutes} menit; kembali normal setelah ${s.recoveryMinutes} menit`,
          `Paling banyak ${s.maxPerOutlet} artikel negatif dihitung per media; dasar ${s.baselineDays} hari`,
          `Hari libur: ${s.holidays.join(', ') || '-'}`,
        );
        if (shown.updatedBy)
          lines.push(`Diubah oleh ${shown.updatedBy} pada ${formatDateTime(shown.updatedAt, zone)}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );
}

const CHANNEL_NAMES = { email: 'surel', webhook: 'webhook' } as const;

/** "surel: a@b, c@d; webhook: https://…", or that the alert reached nobody. */
function routeText(to: AlertCheck['deliveredTo']): string {
  if (to.length === 0) return 'TIDAK dikirim ke siapa pun — sent to nobody';
  return `ke ${to.map((d) => `${CHANNEL_NAMES[d.channel]}: ${d.to.join(', ')}`).join('; ')}`;
}

function sentTo(r: AlertCheck): string {
  return r.deliveredTo.length === 0
    ? `(${r.sent} dicatat, ${routeText(r.deliveredTo)})`
    : `(${r.sent} dikirim ${routeText(r.deliveredTo)})`;
}

interface SettingsOptions {
  workspace?: string;
  waspada?: string;
  siaga?: string;
  krisis?: string;
  quietMinutes?: string;
  recoveryMinutes?: string;
  maxPerOutlet?: string;
  holiday?: string[];
  reset?: boolean;
  json?: boolean;
}

function number(value: string, what: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new PantauError('validation', `${what} harus angka — got "${value}"`);
  return n;
}

function threshold(value: string, level: string) {
  const parts = value.split(':');
  if (parts.length !== 4)
    throw new PantauError('validation', `--${level} harus JAM:NEGATIF:MEDIA:RASIO — got "${value}"`);
  const [windowHours, minNegative, minOutlets, minRatio] = parts.map((p) => number(p, `--${level}`));
  return { windowHours, minNegative, minOutlets, minRatio };
}

function settingsChange(opts: SettingsOptions): CrisisSettingsChange {
  const change: CrisisSettingsChange = {};
  const levels: NonNullable<CrisisSettingsChange['levels']> = {};
  for (const level of ['waspada', 'siaga', 'krisis'] as const) {
    const value = opts[level];
    if (value) levels[level] = threshold(value, level);
  }
  if (Object.keys(levels).length > 0) change.levels = levels;
  if (opts.quietMinutes) change.quietPeriodMinutes = number(opts.quietMinutes, '--quiet-minutes');
  if (opts.recoveryMinutes) change.recoveryMinutes = number(opts.recoveryMinutes, '--recovery-minutes');
  if (opts.maxPerOutlet) change.maxPerOutlet = number(opts.maxPerOutlet, '--max-per-outlet');
  if (opts.holiday) change.holidays = opts.holiday;
  return change;
}

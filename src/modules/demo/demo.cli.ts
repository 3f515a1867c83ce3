// `pantau demo [--workspace SLUG]`: builds the demo workspace through the real pipeline, exits when
// it is collected, and prints the demo user's e-mail and one-time password.
import type { Command } from 'commander';
import { createProgress, type Progress } from '../../kernel/cli/progress.ts';
import { action, withContext } from '../../kernel/cli/runtime.ts';
import { buildDemoWorkspace, type DemoProgress, type DemoResult, type DemoStep } from './demo.service.ts';

const STEPS: Record<DemoStep, string> = {
  write: 'Menulis berita demo Kota Sukamaju (90 hari, 7 media) — writing the demo news',
  workspace: 'Menyiapkan workspace, tempat, OPD, subjek dan sumber — setting up the workspace',
  collect: 'Artikel dikumpulkan & dianalisis',
  alerts: 'Memeriksa peringatan dini krisis — checking crisis alerts',
  account: 'Menyiapkan pengguna demo — preparing the demo user',
};

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Bangun workspace demo Kota Sukamaju tanpa internet (berita 90 hari dikumpulkan lewat pipeline sungguhan) — build the offline demo workspace',
    )
    .option(
      '--workspace <slug>',
      'nama workspace demo (bawaan: demo-sukamaju); demo lama bernama sama dibangun ulang, workspace lain tidak pernah ditimpa',
    )
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const result = await withContext(
          async (app, ctx) => {
            const show = opts.json ? () => {} : progressLines();
            return buildDemoWorkspace(ctx, {
              slug: opts.workspace,
              config: app.config,
              logger: app.logger,
              onProgress: show,
            });
          },
          { toFile: true },
        );
        process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : summary(result));
      }),
    );
}

/** A line per step on stderr, and a bar while the articles are collected and analysed. */
function progressLines(): (p: DemoProgress) => void {
  let bar: Progress | null = null;
  let collected = false;
  return (p) => {
    if (p.step === 'collect') {
      // A count measured just before the collection ended may arrive after it: the bar is done.
      if (collected) return;
      bar ??= createProgress(STEPS.collect);
      bar.update(p.done, p.total);
      return;
    }
    if (bar) {
      bar.stop();
      bar = null;
      collected = true;
    }
    if (p.done === 0) process.stderr.write(`${STEPS[p.step]}…\n`);
  };
}

function summary(r: DemoResult): string {
  const seconds = (r.elapsedMs / 1000).toFixed(1).replace('.', ',');
  const alerts = r.alerts.length
    ? r.alerts
        .map(
          (a) =>
            `\n    ${a.level.toUpperCase()} · ${a.scope === 'issue' ? 'isu' : 'subjek'} "${a.label}": ${a.reason}`,
        )
        .join('')
    : '';
  return [
    `Demo siap dalam ${seconds} dtk — demo ready: workspace ${r.workspace.slug} (${r.workspace.name})`,
    r.replaced
      ? '  Demo sebelumnya dengan nama ini dibangun ulang — the earlier demo of this name was rebuilt'
      : null,
    r.keptDefault
      ? `  Workspace bawaan tetap ${r.keptDefault} untuk perintah tanpa --workspace — ${r.keptDefault} stays the default`
      : null,
    `  Artikel terkumpul / articles collected : ${r.collected} dari ${r.outlets} media (${r.failed} gagal)`,
    `  Cerita sindikasi / syndicated stories  : ${r.syndicatedStories}`,
    `  Isu / issues                           : ${r.issues}`,
    `  Peringatan krisis / crisis alerts      : ${r.alerts.length}${alerts}`,
    `  ${r.sourcesDisabled} sumber demo tetap ditampilkan tetapi dinonaktifkan: situsnya hanya hidup selama demo dibangun`,
    '  — the demo sources are kept for display but disabled: their site lived only while the demo was built',
    '  Peringatan demo tidak dikirim ke surel atau webhook mana pun — demo alerts are sent nowhere',
    '',
    'Masuk sebagai pengguna demo — sign in as the demo user',
    `  surel / e-mail : ${r.account.email}`,
    `  kata sandi sekali pakai / one-time password : ${r.account.password}`,
    '  Simpan sekarang; kata sandi ini tidak ditampilkan lagi. Gantilah setelah masuk.',
    '',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

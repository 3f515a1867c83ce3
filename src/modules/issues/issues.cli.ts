// `pantau issues`: topics the news is grouped into as it arrives — list, show (summary, timeline,
// tone, outlets, articles) and the analysts' edits (rename, lock, merge, split, move).
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import { formatDate, formatDateTime } from '../../domain/time.ts';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import { listWorkspaces, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import {
  lockIssue,
  mergeIssues,
  moveArticleToIssue,
  renameIssue,
  splitIssue,
} from './issue-edits.service.ts';
import { listIssues, resolveIssue, showIssue } from './issues.service.ts';

const tones = (t: { positive: number; negative: number; neutral: number }) =>
  `+${t.positive} −${t.negative} =${t.neutral}`;

function positive(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new PantauError('validation', `${what} harus bilangan bulat positif`);
  return n;
}

export function registerIssues(program: Command): void {
  const issues = program
    .command('issues')
    .description('Isu: berita dikelompokkan per topik saat masuk — issues (topics)');
  issues
    .command('list', { isDefault: true })
    .description('Isu yang aktif, terbanyak dulu — active issues, busiest first')
    .option('--days <n>', 'aktif dalam sekian hari terakhir', '7')
    .option('--min <n>', 'paling sedikit sekian artikel', '2')
    .option('--limit <n>', 'jumlah isu', '20')
    .option('--json', 'keluaran JSON lines')
    .option('--workspace <slug>')
    .action(
      action(
        async (opts: { days: string; min: string; limit: string; json?: boolean; workspace?: string }) => {
          const { list, zone } = await withCtx(async (ctx) => ({
            list: await listIssues(ctx, {
              workspace: opts.workspace,
              days: positive(opts.days, '--days'),
              minArticles: positive(opts.min, '--min'),
              limit: positive(opts.limit, '--limit'),
            }),
            zone: (await resolveWorkspace(ctx, opts.workspace)).timeZone,
          }));
          if (opts.json) {
            for (const i of list) process.stdout.write(`${JSON.stringify(i)}\n`);
            return;
          }
          if (list.length === 0) process.stdout.write('Belum ada isu aktif dengan artikel sebanyak itu.\n');
          for (const i of list) {
            const flags = `${i.locked ? ' [dikunci]' : ''}${i.manual ? ' [nama analis]' : ''}`;
            process.stdout.write(
              `#${i.id}\t${i.articleCount} artikel\t${tones(i.tones)}\t${formatDate(i.lastAt, zone)}\t${i.label}${flags}\n`,
            );
          }
        },
      ),
    );
  issues
    .command('show <id>')
    .description('Satu isu: ringkasan, linimasa, nada, media teratas, artikel')
    .option('--hourly', 'linimasa per jam, bukan per hari')
    .option('--json', 'keluaran JSON')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { hourly?: boolean; json?: boolean; workspace?: string }) => {
        const { issue, zone } = await withCtx(async (ctx) => {
          const issue = await showIssue(ctx, parseId(id), {
            bucket: opts.hourly ? 'hour' : 'day',
            workspace: opts.workspace,
          });
          const { workspaceId } = await resolveIssue(ctx, issue.id);
          const ws = (await listWorkspaces(ctx)).find((w) => w.id === workspaceId);
          return { issue, zone: ws?.timeZone ?? 'WIB' };
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(issue)}\n`);
          return;
        }
        const out: string[] = [];
        if (issue.requestedId !== issue.id)
          out.push(`(Isu #${issue.requestedId} sudah digabung ke #${issue.id})`);
        out.push(`Isu #${issue.id}: ${issue.label}${issue.locked ? ' [dikunci]' : ''}`);
        out.push(
          `${issue.articleCount} artikel, ${formatDateTime(issue.firstAt, zone)} s.d. ${formatDateTime(issue.lastAt, zone)}`,
        );
        out.push(
          `Nada: positif ${issue.tones.positive}, negatif ${issue.tones.negative}, netral ${issue.tones.neutral}`,
        );
        out.push(
          `Media teratas: ${issue.topOutlets.map((o) => `${o.outlet} (${o.articles})`).join(', ') || '-'}`,
        );
        if (issue.summary) out.push('', `Ringkasan: ${issue.summary}`);
        out.push('', 'Linimasa:');
        for (const b of issue.timeline)
          out.push(`  ${b.period}  ${'█'.repeat(Math.min(b.articles, 40))} ${b.articles} (${tones(b)})`);
        out.push('', 'Artikel:');
        for (const a of issue.articles) {
          const pin = a.pinned ? ' [dipindah analis]' : '';
          out.push(
            `  #${a.articleId}\t${formatDateTime(a.publishedAt, zone, '')}\t${a.outlet ?? ''}\t${a.tone ?? ''}\t${a.title ?? ''}${pin}`,
          );
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }),
    );
  issues
    .command('rename <id> [name...]')
    .description('Beri nama isu (kosongkan untuk kembali ke nama otomatis)')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, name: string[], opts: { workspace?: string }) => {
        const issue = await withCtx((ctx) =>
          renameIssue(ctx, { id: parseId(id), label: name.join(' '), workspace: opts.workspace }),
        );
        process.stdout.write(`Isu #${issue.id} sekarang bernama: ${issue.label}\n`);
      }),
    );
  issues
    .command('lock <id>')
    .description('Tutup isu dari artikel baru otomatis (--unlock untuk membuka)')
    .option('--unlock', 'buka kembali')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { unlock?: boolean; workspace?: string }) => {
        const issue = await withCtx((ctx) =>
          lockIssue(ctx, { id: parseId(id), locked: !opts.unlock, workspace: opts.workspace }),
        );
        process.stdout.write(`Isu #${issue.id} ${issue.state.locked ? 'dikunci' : 'dibuka'}.\n`);
      }),
    );
  issues
    .command('merge <into> <from>')
    .description('Gabungkan isu FROM ke isu INTO')
    .option('--workspace <slug>')
    .action(
      action(async (into: string, from: string, opts: { workspace?: string }) => {
        const issue = await withCtx((ctx) =>
          mergeIssues(ctx, { into: parseId(into), from: parseId(from), workspace: opts.workspace }),
        );
        process.stdout.write(
          `Isu #${from} digabung ke #${issue.id} (${issue.state.articleCount} artikel): ${issue.label}\n`,
        );
      }),
    );
  issues
    .command('split <id> <articles...>')
    .description('Pisahkan artikel-artikel ini ke isu baru')
    .option('--name <name>', 'nama isu baru')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, articles: string[], opts: { name?: string; workspace?: string }) => {
        const issue = await withCtx((ctx) =>
          splitIssue(ctx, {
            id: parseId(id),
            articleIds: articles.map(parseId),
            label: opts.name,
            workspace: opts.workspace,
          }),
        );
        process.stdout.write(`Isu baru #${issue.id} (${issue.state.articleCount} artikel): ${issue.label}\n`);
      }),
    );
  issues
    .command('move <article> <issue>')
    .description('Pindahkan satu artikel ke isu lain (koreksi isu)')
    .option('--workspace <slug>')
    .action(
      action(async (article: string, issue: string, opts: { workspace?: string }) => {
        const target = await withCtx((ctx) =>
          moveArticleToIssue(ctx, {
            articleId: parseId(article),
            issueId: parseId(issue),
            workspace: opts.workspace,
          }),
        );
        process.stdout.write(`Artikel #${article} dipindah ke isu #${target.id}: ${target.label}\n`);
      }),
    );
}

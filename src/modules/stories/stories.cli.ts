// `pantau stories`: wire stories carried by several outlets, and the evidence for each copy.
import type { Command } from 'commander';
import { formatDateTime } from '../../domain/time.ts';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { listStories, showStory } from './stories.service.ts';

export function registerStories(program: Command): void {
  const stories = program
    .command('stories')
    .description('Cerita yang dimuat beberapa media (salinan berita kantor berita) — syndicated stories');
  stories
    .command('list', { isDefault: true })
    .description('Daftar cerita dengan banyak media — list stories')
    .option('--min-outlets <n>', 'paling sedikit sekian media', '2')
    .option('--limit <n>', 'jumlah cerita', '20')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { minOutlets: string; limit: string; workspace?: string }) => {
        const list = await withCtx((ctx) =>
          listStories(ctx, {
            workspace: opts.workspace,
            minOutlets: Number(opts.minOutlets) || 2,
            limit: Number(opts.limit) || 20,
          }),
        );
        if (list.length === 0) process.stdout.write('Belum ada cerita yang dimuat beberapa media.\n');
        for (const s of list) {
          process.stdout.write(
            `#${s.id}\t${s.outletCount} media\t${s.articleCount} artikel\t${s.title ?? ''}\n`,
          );
        }
      }),
    );
  stories
    .command('show <id>')
    .description('Salinan-salinan satu cerita dan buktinya (kemiripan, bagian teks yang sama)')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { workspace?: string }) => {
        const { story, articles, zone } = await withCtx(async (ctx) => {
          const shown = await showStory(ctx, parseId(id), opts.workspace);
          const ws = (await listWorkspaces(ctx)).find((w) => w.id === shown.story.workspaceId);
          return { ...shown, zone: ws?.timeZone ?? 'WIB' };
        });
        process.stdout.write(`Cerita #${story.id}: ${story.title ?? ''} — ${story.outletCount} media\n\n`);
        for (const a of articles) {
          process.stdout.write(
            `#${a.id} ${a.outlet ?? ''} · ${formatDateTime(a.publishedAt, zone, '')}\n   ${a.title ?? ''}\n   ${a.url}\n`,
          );
          if (a.storyMatchedArticleId !== null) {
            const percent = Math.round((a.storySimilarity ?? 0) * 100);
            process.stdout.write(
              `   mirip ${percent}% dengan #${a.storyMatchedArticleId}; bagian yang sama: “${a.storyPassage ?? ''}”\n`,
            );
          }
          process.stdout.write('\n');
        }
      }),
    );
}

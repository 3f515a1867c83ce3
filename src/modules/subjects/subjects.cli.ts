// `pantau subjects` and `pantau reanalyze`: what is monitored and re-running the analysis after a
// change (analysts' corrections are in corrections.ts).
import type { Command } from 'commander';
import { SUBJECT_KIND_LABELS } from '../../domain/subject.ts';
import { createProgress } from '../../kernel/cli/progress.ts';
import { action, parseId, withContext, withCtx } from '../../kernel/cli/runtime.ts';
import { reanalyzeWorkspace } from '../analysis/analysis.service.ts';
import { toneModelStatus } from '../analysis/tone-learning.service.ts';
import { addSubject, listSubjects, removeSubject, subjectArticles } from './subjects.service.ts';

const TONE_WORDS = { positive: 'positif', negative: 'negatif', neutral: 'netral' } as const;

export function registerSubjects(program: Command): void {
  const subjects = program
    .command('subjects')
    .description('Subjek yang dipantau: pemerintah, pimpinan, OPD, topik — monitored subjects');
  subjects
    .command('add')
    .description('Tambah subjek dengan kueri boolean — add a subject defined by a boolean query')
    .requiredOption('--name <name>', 'nama, mis. "Arief Wicaksono"')
    .requiredOption('--query <query>', 'kueri: AND OR NOT "frasa" (kurung) awalan* NEAR/n title:')
    .option('--kind <kind>', 'government | leader | agency | topic', 'topic')
    .option('--role <role>', 'jabatan, mis. "Wali Kota Sukamaju"')
    .option('--alias <alias...>', 'nama lain, mis. "Pak Wali" "Wali Kota"')
    .option('--workspace <slug>')
    .action(
      action(
        async (opts: {
          name: string;
          query: string;
          kind: string;
          role?: string;
          alias?: string[];
          workspace?: string;
        }) => {
          const s = await withCtx((ctx) =>
            addSubject(ctx, {
              workspace: opts.workspace,
              name: opts.name,
              kind: opts.kind,
              query: opts.query,
              role: opts.role,
              aliases: opts.alias,
            }),
          );
          process.stdout.write(
            `Subjek #${s.id} ditambahkan: ${s.name} (${SUBJECT_KIND_LABELS[s.kind]}) — ${s.query}\n`,
          );
          process.stdout.write('Jalankan `pantau reanalyze` agar artikel lama ikut dinilai.\n');
        },
      ),
    );
  subjects
    .command('list')
    .description('Daftar subjek — list subjects')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { workspace?: string }) => {
        const list = await withCtx((ctx) => listSubjects(ctx, opts.workspace));
        if (list.length === 0)
          process.stdout.write('Belum ada subjek. Tambahkan dengan: pantau subjects add\n');
        for (const s of list)
          process.stdout.write(`#${s.id}\t${SUBJECT_KIND_LABELS[s.kind]}\t${s.name}\t${s.query}\n`);
      }),
    );
  subjects
    .command('remove <id>')
    .description('Hapus subjek — remove a subject')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { workspace?: string }) => {
        const s = await withCtx((ctx) => removeSubject(ctx, parseId(id), opts.workspace));
        process.stdout.write(`Subjek #${s.id} (${s.name}) dihapus.\n`);
      }),
    );
  subjects
    .command('articles <id>')
    .description('Artikel yang menyebut subjek, dengan nada terhadapnya — articles and tone toward a subject')
    .option('--limit <n>', 'jumlah artikel', '20')
    .option('--json', 'keluaran JSON lines')
    .option('--workspace <slug>')
    .action(
      action(async (id: string, opts: { limit: string; json?: boolean; workspace?: string }) => {
        const { subject, articles } = await withCtx((ctx) =>
          subjectArticles(ctx, parseId(id), Number(opts.limit) || 20, opts.workspace),
        );
        if (opts.json) {
          for (const a of articles) process.stdout.write(`${JSON.stringify(a)}\n`);
          return;
        }
        process.stdout.write(`${subject.name}: ${articles.length} artikel\n`);
        for (const a of articles) {
          const corrected =
            (a.corrected ? ' (dikoreksi)' : '') + (a.matchCorrected ? ' (ditambahkan analis)' : '');
          process.stdout.write(
            `#${a.articleId}\t${TONE_WORDS[a.tone]}${corrected}\t${a.outlet ?? ''}\t${a.title ?? ''}\n`,
          );
        }
      }),
    );

  program
    .command('reanalyze')
    .description('Analisis ulang semua artikel (setelah subjek atau aturan berubah) — re-run the analysis')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { workspace?: string }) => {
        await withContext(async (app, ctx) => {
          const progress = createProgress('Analisis');
          const n = await reanalyzeWorkspace(ctx, app.pages, { workspace: opts.workspace }, (done, total) =>
            progress.update(done, total),
          );
          progress.stop();
          process.stdout.write(`Selesai: ${n} artikel dianalisis ulang.\n`);
        });
      }),
    );
}

export function registerToneModel(program: Command): void {
  program
    .command('tone-model')
    .description('Status model nada yang dipelajari dari koreksi analis — the learnt tone model')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { workspace?: string }) => {
        const status = await withCtx((ctx) => toneModelStatus(ctx, opts.workspace));
        process.stdout.write(`Koreksi nada: ${status.corrections}\n${status.why}\n`);
        if (status.validation) {
          const v = status.validation;
          process.stdout.write(
            `Validasi ${v.folds}-lipatan: macro-F1 model ${v.macroF1.toFixed(3)}, leksikon ${v.lexicon.macroF1.toFixed(3)}\n`,
          );
        }
        process.stdout.write(
          status.takesOver ? 'Dipakai: model dari koreksi.\n' : 'Dipakai: leksikon dan aturan.\n',
        );
      }),
    );
}

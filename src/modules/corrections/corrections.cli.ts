// `pantau correct` and `pantau analysis`: analysts' corrections (tone, subject match, entity, quote
// speaker) and an article's analysis as users see it, corrections applied, with the spans to cite.
import type { Command } from 'commander';
import { PantauError } from '../../domain/errors.ts';
import type { Correction } from '../../domain/subject.ts';
import { action, parseId, positiveNumber, withCtx } from '../../kernel/cli/runtime.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { correctEntity, correctQuoteSpeaker, parseSpan } from './analysis-corrections.service.ts';
import { correctSubjectMatch, correctTone } from './corrections.service.ts';
import { REVIEW_DEFAULTS, toneReviewQueue } from './tone-review.service.ts';

const TONE_WORDS: Record<string, string> = { positive: 'positif', negative: 'negatif', neutral: 'netral' };

interface CorrectOptions {
  subject?: string;
  match?: string;
  entity?: string;
  type?: string;
  canonical?: string;
  notEntity?: boolean;
  quote?: string;
  speaker?: string;
  workspace?: string;
}

/** One kind of correction per call: which one is decided by the options given. */
function correction(store: Ctx, articleId: number, tone: string | undefined, o: CorrectOptions) {
  const kinds = [o.match !== undefined, o.entity !== undefined, o.quote !== undefined, tone !== undefined];
  if (kinds.filter(Boolean).length !== 1)
    throw new PantauError(
      'validation',
      'Sebutkan tepat satu koreksi: nada, --match, --entity atau --quote — give exactly one correction',
    );
  const subjectId = o.subject ? parseId(o.subject) : null;
  const { workspace } = o;
  if (o.match !== undefined) {
    if (!subjectId) throw new PantauError('validation', '--match perlu --subject — which subject?');
    return correctSubjectMatch(store, { articleId, subjectId, about: o.match, workspace });
  }
  if (o.entity !== undefined)
    return correctEntity(store, {
      articleId,
      workspace,
      ...parseSpan(o.entity),
      type: o.type,
      canonical: o.canonical,
      notEntity: o.notEntity,
    });
  if (o.quote !== undefined) {
    if (!o.speaker) throw new PantauError('validation', '--quote perlu --speaker — who said it?');
    return correctQuoteSpeaker(store, { articleId, ...parseSpan(o.quote), speaker: o.speaker, workspace });
  }
  return correctTone(store, { articleId, tone: tone as string, subjectId, workspace });
}

function describeCorrection(c: Correction): string {
  const v = c.value as Record<string, unknown>;
  switch (c.kind) {
    case 'tone':
    case 'subject_tone':
      return `nada ${TONE_WORDS[String(c.value)] ?? c.value}${c.subjectId ? ` terhadap subjek #${c.subjectId}` : ''}`;
    case 'subject_match':
      return `${c.value ? 'tentang' : 'bukan tentang'} subjek #${c.subjectId}`;
    case 'entity':
      return v.notEntity
        ? `"${v.text}" (${v.start}:${v.end}) bukan entitas`
        : `"${v.text}" (${v.start}:${v.end}) ${v.type} → ${v.canonical}`;
    case 'quote_speaker':
      return `kutipan ${v.start}:${v.end} diucapkan ${v.speaker}`;
    case 'issue':
      return `dipindah ke isu #${c.value}`;
    default:
      return `${c.kind} ${JSON.stringify(c.value)}`;
  }
}

export function registerCorrections(program: Command): void {
  program
    .command('correct <article> [nada]')
    .description(
      'Koreksi analis: nada (positif | negatif | netral), kecocokan subjek, entitas, atau narasumber kutipan',
    )
    .option('--subject <id>', 'subjek: koreksi nada terhadapnya, atau dengan --match')
    .option('--match <ya|tidak>', 'artikel ini tentang subjek (--subject) atau tidak')
    .option('--entity <awal:akhir>', 'entitas pada posisi ini (lihat `pantau analysis`)')
    .option('--type <PER|ORG|LOC>', 'jenis entitas: PER (orang), ORG (lembaga), LOC (tempat)')
    .option('--canonical <nama>', 'nama baku entitas')
    .option('--not-entity', 'bukan entitas')
    .option('--quote <awal:akhir>', 'kutipan pada posisi ini (lihat `pantau analysis`)')
    .option('--speaker <nama>', 'narasumber kutipan yang benar')
    .option('--workspace <slug>')
    .addHelpText(
      'after',
      `
Contoh:
  pantau correct 42 positif
  pantau correct 42 negatif --subject 1
  pantau correct 42 --subject 1 --match tidak
  pantau correct 42 --entity 120:135 --type ORG --canonical "Dinas PUPR"
  pantau correct 42 --entity 120:135 --not-entity
  pantau correct 42 --quote 300:362 --speaker "Arief Wicaksono"`,
    )
    .action(
      action(async (article: string, tone: string | undefined, opts: CorrectOptions) => {
        const c = await withCtx((ctx) => correction(ctx, parseId(article), tone, opts));
        process.stdout.write(
          `Koreksi #${c.id} disimpan oleh ${c.actor} pada ${c.createdAt}: ${describeCorrection(c)}.\n`,
        );
      }),
    );

  program
    .command('periksa')
    .description(
      'Artikel yang nadanya paling diragukan model, untuk dikoreksi lebih dulu — the tone review queue',
    )
    .option('--limit <n>', 'berapa artikel', String(REVIEW_DEFAULTS.limit))
    .option('--days <n>', 'artikel berapa hari terakhir', String(REVIEW_DEFAULTS.days))
    .option('--json', 'keluaran JSON (satu baris per artikel)')
    .option('--workspace <slug>')
    .action(
      action(async (opts: { limit: string; days: string; json?: boolean; workspace?: string }) => {
        const items = await withCtx((ctx) =>
          toneReviewQueue(ctx, {
            limit: positiveNumber(opts.limit, '--limit'),
            days: positiveNumber(opts.days, '--days'),
            workspace: opts.workspace,
          }),
        );
        if (opts.json) {
          for (const item of items) process.stdout.write(`${JSON.stringify(item)}\n`);
          return;
        }
        if (items.length === 0) {
          process.stdout.write('Tidak ada artikel yang perlu diperiksa.\n');
          return;
        }
        for (const item of items) {
          process.stdout.write(
            `#${item.articleId}\t${item.outlet ?? '-'}\t${item.title ?? '(tanpa judul)'}\n  ${item.why}\n`,
          );
        }
        process.stdout.write(`Koreksi dengan: pantau correct <id> positif|negatif|netral\n`);
      }),
    );

  program
    .command('analysis <article>')
    .description('Hasil analisis artikel dengan koreksi analis — an article’s analysis, corrections applied')
    .option('--json', 'keluaran JSON')
    .option('--workspace <slug>')
    .action(
      action(async (article: string, opts: { json?: boolean; workspace?: string }) => {
        const a = await withCtx((ctx) => articleAnalysis(ctx, parseId(article), opts.workspace));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(a)}\n`);
          return;
        }
        const mark = (corrected: unknown) => (corrected ? ' (dikoreksi)' : '');
        const tone = a.tone as { label: string; score: number; corrected?: boolean };
        const out = [
          `Artikel #${a.articleId}, dianalisis ${a.analyzedAt}`,
          `Nada: ${TONE_WORDS[tone.label] ?? tone.label}${mark(tone.corrected)} (skor ${tone.score.toFixed(2)})`,
          `Entitas (${a.entities.length}):`,
          ...a.entities.map(
            (e) =>
              `  ${e.start}:${e.end}\t${e.type}\t${e.text}${e.canonical !== e.text ? ` → ${e.canonical}` : ''}${mark(e.corrected)}`,
          ),
          `Kutipan (${a.quotes.length}):`,
          ...a.quotes.map(
            (q) =>
              `  ${q.start}:${q.end}\t${q.speaker ?? '(tanpa narasumber)'}${mark(q.corrected)}\t"${q.text}"`,
          ),
          `Frasa kunci: ${a.keyphrases.join(', ')}`,
          a.issue
            ? `Isu: #${a.issue.id} ${a.issue.label}${a.issue.pinned ? ' (dipindah analis)' : ''} — ${a.issue.reason}`
            : 'Isu: -',
          `Ringkasan: ${a.summary}`,
        ];
        if (a.corrections.length > 0) {
          out.push(`Koreksi (${a.corrections.length}):`);
          for (const c of a.corrections)
            out.push(`  #${c.id}\t${c.actor}\t${c.createdAt}\t${describeCorrection(c)}`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }),
    );
}

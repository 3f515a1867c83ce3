// `pantau analyze`: analyse texts without a database — tone with reasons, subjects, entities,
// quotes, key phrases and a summary. `--jsonl` is the stable contract used to measure us.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type AnalysisSettings, type ArticleAnalysis, analyzeArticle } from '../../analyze/article.ts';
import { parseSubjectQuery } from '../../analyze/query/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { type JsonRequest, mapJsonLines } from '../../kernel/cli/jsonl.ts';
import { action } from '../../kernel/cli/runtime.ts';

/** Parsed subject queries are reused across lines: measuring runs send the same ones each time. */
const parsed = new Map<string, ReturnType<typeof parseSubjectQuery>>();

function subjectsOf(request: JsonRequest): AnalysisSettings['subjects'] {
  if (request.subjects === undefined || request.subjects === null) return [];
  if (!Array.isArray(request.subjects) || !request.subjects.every((q) => typeof q === 'string')) {
    throw new PantauError(
      'validation',
      '"subjects" harus daftar string kueri — must be a list of query strings',
    );
  }
  return request.subjects.map((query: string) => {
    let node = parsed.get(query);
    if (!node) {
      node = parseSubjectQuery(query);
      if (parsed.size > 1000) parsed.clear();
      parsed.set(query, node);
    }
    return { query, node };
  });
}

/** The contract's shape. Quotes are the statements in quotation marks with their speaker;
 * reported speech without quotation marks is given apart, as `reported`. */
export function contractAnalysis(a: ArticleAnalysis) {
  const quote = (q: ArticleAnalysis['quotes'][number]) => ({
    speaker: q.speaker,
    text: q.text,
    start: q.start,
    end: q.end,
    ...(q.role ? { role: q.role } : {}),
  });
  return {
    tone: a.tone,
    subjects: a.subjects.map((s) => ({ query: s.query, matched: s.matched, tone: s.tone })),
    entities: a.entities.map((e) => ({
      type: e.type,
      text: e.text,
      start: e.start,
      end: e.end,
      canonical: e.canonical,
    })),
    quotes: a.quotes.filter((q) => q.kind === 'direct').map(quote),
    reported: a.quotes.filter((q) => q.kind === 'indirect').map(quote),
    keyphrases: a.keyphrases,
    summary: a.summary,
  };
}

export function analyzeStream(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  return mapJsonLines(input, output, (request) => {
    if (typeof request.text !== 'string')
      throw new PantauError('validation', 'baris tanpa "text" — missing "text"');
    if (request.title !== undefined && request.title !== null && typeof request.title !== 'string') {
      throw new PantauError('validation', '"title" harus string — must be a string');
    }
    const title = typeof request.title === 'string' ? request.title : undefined;
    return contractAnalysis(analyzeArticle({ title, text: request.text }, { subjects: subjectsOf(request) }));
  });
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze [file]')
    .description('Analisis teks berita: nada, subjek, tokoh/organisasi/tempat, kutipan — analyse news text')
    .option('--jsonl', 'baca {"id","title"?,"text","subjects"?} per baris dari stdin, tulis hasil per baris')
    .option('--subject <query...>', 'kueri subjek yang dipantau (untuk FILE)')
    .action(
      action(async (file: string | undefined, opts: { jsonl?: boolean; subject?: string[] }) => {
        if (opts.jsonl) {
          await analyzeStream(process.stdin, process.stdout);
          return;
        }
        if (!file) throw new PantauError('validation', 'Beri berkas teks, atau gunakan --jsonl');
        const text = await readFile(file, 'utf8').catch((e) => {
          throw new PantauError('not_found', `Tidak bisa membaca ${file}: ${(e as Error).message}`);
        });
        const [first, ...rest] = text.split('\n');
        const result = contractAnalysis(
          analyzeArticle(
            { title: first.trim(), text: rest.join('\n').trim() },
            { subjects: (opts.subject ?? []).map((query) => ({ query })) },
          ),
        );
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      }),
    );
}

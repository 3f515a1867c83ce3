// Exports a workspace's articles with their analysis as CSV (for spreadsheets), JSON lines or XLSX,
// page by page: neither the articles nor the finished file are ever held in memory whole.
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Entity, EntityType } from '../../analyze/types.ts';
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import { isoInZone } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { loadExcelJs } from '../../report/exceljs.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import {
  type ArticleFilter,
  type ArticleLine,
  iterateFiltered,
  iteratePeriodLines,
} from './article-filter.repo.ts';
import { articlesPolicy } from './articles.policy.ts';
import { type ExportAnalysis, exportAnalyses } from './export.repo.ts';
import { parsedQuery } from './search.service.ts';

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';
const FORMATS: readonly string[] = ['csv', 'jsonl', 'xlsx'];

/** Articles read, and their analyses fetched, this many at a time. */
const PAGE = 200;
/** Most entities of a type, and key phrases, a row shows. */
const TOP = 5;
const TOP_PHRASES = 10;
/** A spreadsheet cell holds at most this many characters. */
const XLSX_CELL_LIMIT = 32_767;

export interface ArticleWithAnalysis {
  article: Article;
  analysis: ExportAnalysis | null;
}
type Row = ArticleWithAnalysis;

type Cell = string | number | Date | null;

/** The most mentioned entities of a type, by the name they refer to. */
function topEntities(entities: Entity[], type: EntityType): { name: string; mentions: number }[] {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== type) continue;
    const name = e.canonical || e.text;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, mentions]) => ({ name, mentions }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'id'))
    .slice(0, TOP);
}

const entityCell = (a: ExportAnalysis | null, type: EntityType) =>
  a
    ? topEntities(a.entities, type)
        .map((e) => `${e.name} (${e.mentions})`)
        .join('; ')
    : null;

/** The columns of CSV and XLSX, in order; `published` is how each format writes the time. */
/**
 * The article's address on the web. A print clipping has none: its stored address only names the
 * region of a scanned page inside Pantau, which means nothing in a spreadsheet.
 */
const webAddress = (a: Article): string | null => (a.medium === 'print' ? null : a.url);

function columns(published: (a: Article) => Cell, publishedHeader: string): [string, (r: Row) => Cell][] {
  return [
    ['id', (r) => r.article.id],
    ['url', (r) => webAddress(r.article)],
    ['media', (r) => r.article.outlet],
    ['jenis_media', (r) => (r.article.medium === 'print' ? 'cetak' : 'daring')],
    ['judul', (r) => r.article.title],
    ['penulis', (r) => r.article.author],
    [publishedHeader, (r) => published(r.article)],
    ['bahasa', (r) => r.article.lang],
    ['cerita', (r) => r.article.storyId],
    ['kemiripan', (r) => r.article.storySimilarity],
    ['nada', (r) => r.analysis?.tone ?? null],
    ['skor_nada', (r) => r.analysis?.toneScore ?? null],
    ['subjek', (r) => r.analysis?.subjects.join('; ') ?? null],
    ['isu_id', (r) => r.analysis?.issue?.id ?? null],
    ['isu', (r) => r.analysis?.issue?.label ?? null],
    ['tokoh', (r) => entityCell(r.analysis, 'PER')],
    ['organisasi', (r) => entityCell(r.analysis, 'ORG')],
    ['lokasi', (r) => entityCell(r.analysis, 'LOC')],
    ['frasa_kunci', (r) => r.analysis?.keyphrases.slice(0, TOP_PHRASES).join('; ') ?? null],
    ['teks', (r) => r.article.text],
  ];
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = value instanceof Date ? value.toISOString() : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed so they stay text.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function jsonLine(r: Row): string {
  const a = r.article;
  const x = r.analysis;
  return JSON.stringify({
    id: a.id,
    url: webAddress(a),
    canonical: a.canonicalUrl,
    outlet: a.outlet,
    medium: a.medium,
    title: a.title,
    author: a.author,
    published: a.publishedAt,
    lang: a.lang,
    image: a.image,
    storyId: a.storyId,
    storySimilarity: a.storySimilarity,
    storyPassage: a.storyPassage,
    fetchedAt: a.fetchedAt,
    analysis: x
      ? {
          tone: { label: x.tone, score: x.toneScore, corrected: x.toneCorrected },
          subjects: x.subjects,
          issue: x.issue,
          entities: {
            PER: topEntities(x.entities, 'PER'),
            ORG: topEntities(x.entities, 'ORG'),
            LOC: topEntities(x.entities, 'LOC'),
          },
          keyphrases: x.keyphrases.slice(0, TOP_PHRASES),
        }
      : null,
    text: a.text,
  });
}

/** The reader went away (an HTTP client that hung up): the export stops instead of waiting on it. */
function readerGone(): PantauError {
  return new PantauError('network', 'Penerima ekspor berhenti membaca — the export reader went away');
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw readerGone();
  if (out.write(chunk)) return;
  // A destroyed stream never drains: waiting for 'drain' alone would hang on it for ever.
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', drained);
      reject(readerGone());
    };
    out.once('drain', drained);
    out.once('close', closed);
  });
}

/** The workspace's articles with their analyses, a page at a time. */
async function* rows(store: Store, workspaceId: number, filter: ArticleFilter): AsyncGenerator<Row> {
  let page: Article[] = [];
  const flush = async function* () {
    const analyses = await exportAnalyses(
      store,
      page.map((a) => a.id),
    );
    for (const article of page) yield { article, analysis: analyses.get(article.id) ?? null };
    page = [];
  };
  for await (const article of iterateFiltered(store, workspaceId, filter, PAGE)) {
    page.push(article);
    if (page.length >= PAGE) yield* flush();
  }
  if (page.length > 0) yield* flush();
}

/**
 * The clock reading of the workspace's zone as a spreadsheet date: spreadsheets have no zones, so
 * the cell holds the local time and the column header names the zone.
 */
function localDate(iso: string | null, zone: string): Date | null {
  const local = isoInZone(iso, zone);
  return local ? new Date(`${local.slice(0, 19)}Z`) : null;
}

async function writeXlsx(source: AsyncIterable<Row>, zone: string, out: Writable): Promise<number> {
  // The writer ends the stream it is given; `out` (stdout, an HTTP reply) is the caller's to end.
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  const book = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({
    stream: zip,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet('Artikel', { views: [{ state: 'frozen', ySplit: 1 }] });
  const published = `terbit (${zone})`;
  const cols = columns((a) => localDate(a.publishedAt, zone), published);
  sheet.columns = cols.map(([header]) => ({
    header,
    key: header,
    width: header === 'judul' || header === 'teks' ? 50 : 16,
    ...(header === published ? { style: { numFmt: 'd mmm yyyy hh:mm' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const row of source) {
    if (out.destroyed) {
      zip.destroy();
      throw readerGone();
    }
    sheet
      .addRow(
        cols.map(([, get]) => {
          const v = get(row);
          return typeof v === 'string' && v.length > XLSX_CELL_LIMIT ? v.slice(0, XLSX_CELL_LIMIT) : v;
        }),
      )
      .commit();
    n++;
  }
  sheet.commit();
  await book.commit();
  if (!zip.readableEnded) await finished(zip);
  return n;
}

async function writeLines(
  store: Store,
  ws: Workspace,
  format: 'csv' | 'jsonl',
  out: Writable,
  filter: ArticleFilter,
): Promise<number> {
  const cols = columns((a) => isoInZone(a.publishedAt, ws.timeZone), 'terbit');
  let n = 0;
  if (format === 'csv') await write(out, `\uFEFF${cols.map(([h]) => h).join(',')}\r\n`);
  for await (const row of rows(store, ws.id, filter)) {
    const line =
      format === 'csv' ? `${cols.map(([, get]) => csvCell(get(row))).join(',')}\r\n` : `${jsonLine(row)}\n`;
    await write(out, line);
    n++;
  }
  return n;
}

export interface ArticleExport {
  workspace: Workspace;
  format: ExportFormat;
  /** e.g. artikel-tangerang-2026-12-05.xlsx, dated in the workspace's zone. */
  fileName: string;
  /** Writes the export into `out`, which stays open for the caller to end; returns the article count. */
  writeTo(out: Writable): Promise<number>;
}

/**
 * Checks an export (format, workspace, permission) before a byte of it is written, so a refused
 * one is an error the caller can still report (a problem+json answer), not a truncated file.
 */
export async function prepareExport(
  on: Store | Ctx,
  input: { format: string; workspace?: string | null; query?: string; filter?: Omit<ArticleFilter, 'query'> },
): Promise<ArticleExport> {
  const filter: ArticleFilter = { ...input.filter, query: parsedQuery(input.query) };
  if (!FORMATS.includes(input.format)) {
    throw new PantauError('validation', `Format harus csv, jsonl atau xlsx — got "${input.format}"`);
  }
  const format = input.format as ExportFormat;
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, articlesPolicy.can('read'), ws.id);
  const day = isoInZone(store.now(), ws.timeZone)?.slice(0, 10) ?? '';
  return {
    workspace: ws,
    format,
    fileName: `artikel-${ws.slug}-${day}.${format}`,
    writeTo: (out) =>
      format === 'xlsx'
        ? writeXlsx(rows(store, ws.id, filter), ws.timeZone, out)
        : writeLines(store, ws, format, out, filter),
  };
}

export async function exportArticles(
  on: Store | Ctx,
  input: { format: string; workspace?: string | null },
  out: Writable,
): Promise<number> {
  return (await prepareExport(on, input)).writeTo(out);
}

export type { ArticleLine } from './article-filter.repo.ts';

/** The period's articles as a report's annex lists them (no text): thousands a second. */
export async function* periodArticleLines(
  ctx: Ctx,
  range: { from: string; to: string },
): AsyncGenerator<ArticleLine> {
  if (!ctx.workspace) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, articlesPolicy.can('read'), ctx.workspace.id);
  yield* iteratePeriodLines(ctx, ctx.workspace.id, range);
}

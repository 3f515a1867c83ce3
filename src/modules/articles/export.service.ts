// Exports a workspace's articles as CSV (for spreadsheets) or JSON lines, streaming row by row.
import type { Writable } from 'node:stream';
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { articlesPolicy } from './articles.policy.ts';
import { iterateArticles } from './articles.repo.ts';

export type ExportFormat = 'csv' | 'jsonl';

const CSV_COLUMNS: [string, (a: Article) => string | number | null][] = [
  ['id', (a) => a.id],
  ['url', (a) => a.url],
  ['media', (a) => a.outlet],
  ['judul', (a) => a.title],
  ['penulis', (a) => a.author],
  ['terbit', (a) => a.publishedAt],
  ['bahasa', (a) => a.lang],
  ['cerita', (a) => a.storyId],
  ['kemiripan', (a) => a.storySimilarity],
  ['teks', (a) => a.text],
];

function csvCell(value: string | number | null): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Cells that a spreadsheet would run as a formula are prefixed so they stay text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function jsonLine(a: Article): string {
  return JSON.stringify({
    id: a.id,
    url: a.url,
    canonical: a.canonicalUrl,
    outlet: a.outlet,
    title: a.title,
    author: a.author,
    published: a.publishedAt,
    lang: a.lang,
    image: a.image,
    storyId: a.storyId,
    storySimilarity: a.storySimilarity,
    storyPassage: a.storyPassage,
    fetchedAt: a.fetchedAt,
    text: a.text,
  });
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
}

export async function exportArticles(
  on: Store | Ctx,
  input: { format: string; workspace?: string | null },
  out: Writable,
): Promise<number> {
  if (input.format !== 'csv' && input.format !== 'jsonl') {
    throw new PantauError('validation', `Format harus csv atau jsonl — got "${input.format}"`);
  }
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, articlesPolicy.can('read'), ws.id);
  let n = 0;
  if (input.format === 'csv') await write(out, `\uFEFF${CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`);
  for await (const article of iterateArticles(store, ws.id)) {
    const line =
      input.format === 'csv'
        ? `${CSV_COLUMNS.map(([, get]) => csvCell(get(article))).join(',')}\r\n`
        : `${jsonLine(article)}\n`;
    await write(out, line);
    n++;
  }
  return n;
}

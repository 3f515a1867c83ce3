// Reading a clipping: its file is read in the OCR sandbox (text layer or OCR, page by page), each
// page is stored with its image, its text lines and the article regions the layout suggests, and
// the whole page becomes one article at once — analysed like any other — so nothing waits on a
// person cutting the page into its articles (clipping-regions.service.ts does that when they do).
import { textInRegion } from '../../collect/ocr/layout.ts';
import type { ReadFile, ReadPage } from '../../collect/ocr/types.ts';
import { clippingArticleUrl } from '../../domain/clipping.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { zonedTimeToUtc } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { inTransaction } from '../../kernel/db/tx.ts';
import type { ClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { fileReadArticle } from '../stories/article-filing.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import {
  clippingUpload,
  findClipping,
  finishClipping,
  insertPage,
  insertTextVersion,
  replaceRegions,
} from './clippings.repo.ts';

export interface ReadingTools {
  store: Store;
  clippings: ClippingReader;
  pages: PageAnalyser;
}

export interface ReadOutcome {
  clippingId: number;
  status: 'ready' | 'failed';
  error: string | null;
  articles: { id: number; title: string | null; characters: number }[];
}

/** The instant an edition is dated at: its day, early morning in the workspace's zone. */
export function editionInstant(day: string, zone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return zonedTimeToUtc({ year, month, day: date, hour: 6, minute: 0 }, zone).toISOString();
}

/** Stores an article cut from a page (version 1 of its text) and analyses it. */
export async function makeClippingArticle(
  tools: { store: Store; pages: PageAnalyser },
  a: {
    workspaceId: number;
    url: string;
    outlet: string;
    publishedAt: string;
    title: string | null;
    text: string;
  },
): Promise<number> {
  const id = await fileReadArticle(tools.store, a);
  await insertTextVersion(
    tools.store,
    { articleId: id, version: 1, title: a.title, text: a.text, note: null, createdBy: null },
    new Date().toISOString(),
  );
  await analyzeStoredArticle(tools.store, tools.pages, id);
  return id;
}

async function storePage(
  tools: ReadingTools,
  ws: Workspace,
  clipping: { id: number; outlet: string; editionDate: string; firstPage: number | null },
  page: ReadPage,
  index: number,
) {
  const pageId = await insertPage(tools.store, clipping.id, ws.id, {
    pageNo: (clipping.firstPage ?? 1) + index,
    width: page.width,
    height: page.height,
    method: page.method,
    image: page.image,
    lines: JSON.stringify(page.lines),
    proposedRegions: page.regions,
  });
  const whole = { x: 0, y: 0, w: page.width, h: page.height };
  const { title, text } = textInRegion(page.lines, whole);
  // A blank page (the back of a cutting) makes no article: an empty one would be counted as news.
  const articleId = text.trim()
    ? await makeClippingArticle(tools, {
        workspaceId: ws.id,
        url: clippingArticleUrl(pageId, whole),
        outlet: clipping.outlet,
        publishedAt: editionInstant(clipping.editionDate, ws.timeZone),
        title,
        text,
      })
    : null;
  await replaceRegions(tools.store, pageId, [{ box: whole, articleId }], false);
  return articleId === null ? null : { id: articleId, title, characters: text.length };
}

/**
 * Reads a waiting clipping and makes its pages and first articles. A file the sandbox cannot read
 * (corrupt, hostile, protected, unsupported) fails that clipping alone, with its reason kept.
 */
export async function readClipping(tools: ReadingTools, clippingId: number): Promise<ReadOutcome | null> {
  const waiting = await clippingUpload(tools.store, clippingId);
  if (waiting?.status !== 'processing') return null;
  const ws = (await listWorkspaces(tools.store)).find((w) => w.id === waiting.workspaceId);
  const clipping = await findClipping(tools.store, waiting.workspaceId, clippingId);
  if (!ws || !clipping) return null;
  let file: ReadFile;
  try {
    file = await tools.clippings.read({ bytes: waiting.upload, fileName: waiting.fileName });
  } catch (e) {
    // People read this beside the file: the sentence, not the code before it.
    const error = e instanceof PantauError ? e.message : describeError(e);
    await finishClipping(tools.store, clippingId, { status: 'failed', error }, new Date().toISOString());
    return { clippingId, status: 'failed', error, articles: [] };
  }
  const articles: ReadOutcome['articles'] = [];
  for (const [index, page] of file.pages.entries()) {
    const made = await storePage(tools, ws, clipping, page, index);
    if (made) articles.push(made);
  }
  await inTransaction(tools.store, (t) =>
    finishClipping(t, clippingId, { status: 'ready', error: null }, new Date().toISOString()),
  );
  return { clippingId, status: 'ready', error: null, articles };
}

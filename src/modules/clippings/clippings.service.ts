// Use cases of print clippings: add one (its file waits for the reading job), list and open them,
// the page image, cutting a page into article regions, and removing a clipping with its articles.
import { textInRegion } from '../../collect/ocr/layout.ts';
import type { TextLine } from '../../collect/ocr/types.ts';
import {
  type Box,
  type Clipping,
  type ClippingPage,
  clippingArticleUrl,
  sameBox,
} from '../../domain/clipping.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { recordChange } from '../audit/audit.service.ts';
import { removeReadArticles } from '../stories/article-filing.service.ts';
import { editionInstant, makeClippingArticle } from './clipping-reading.service.ts';
import { clippingsPolicy } from './clippings.policy.ts';
import {
  articleIdsOf,
  type ClippingFilter,
  clippingOfArticle as clippingOfArticleRow,
  deleteClipping,
  findClipping,
  findPage,
  insertClipping,
  listClippings,
  pageImage,
  pagesOf,
  regionsOf,
  replaceRegions,
  type StoredPage,
} from './clippings.repo.ts';
import { outletForClipping } from './print-outlets.service.ts';

/** The largest file a clipping may be: a 600-dpi A3 scan as PNG is ~25 MB. */
export const MAX_CLIPPING_BYTES = 30 * 1024 * 1024;
const MAX_REGIONS = 40;

export interface NewClipping {
  fileName: string;
  bytes: Uint8Array;
  outlet: string;
  /** YYYY-MM-DD. */
  date: string;
  page?: number | null;
  /** The caller reads it at once (the CLI) rather than leaving it to the reading job. */
  readNow?: boolean;
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

const notFound = (id: number) =>
  new PantauError('not_found', `Kliping ${id} tidak ditemukan — clipping not found`);
const pageNotFound = (id: number) =>
  new PantauError('not_found', `Halaman kliping ${id} tidak ditemukan — clipping page not found`);

/** Stores a clipping to be read; the reading job (or the CLI, at once) reads it. */
export async function addClipping(ctx: Ctx, input: NewClipping): Promise<Clipping> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('clip'), ws.id);
  if (input.bytes.byteLength === 0)
    throw new PantauError('validation', `Berkas ${input.fileName} kosong — the file is empty`);
  if (input.bytes.byteLength > MAX_CLIPPING_BYTES)
    throw new PantauError(
      'too_large',
      `Berkas ${input.fileName} lebih dari 30 MB — the file is larger than 30 MB`,
    );
  if (!isCalendarDay(input.date))
    throw new PantauError(
      'validation',
      `Tanggal terbit "${input.date}" bukan tanggal YYYY-MM-DD — not a date`,
    );
  if (!input.outlet.trim())
    throw new PantauError('validation', 'Nama media wajib diisi — outlet is required');
  const outlet = await outletForClipping(ctx, input.outlet);
  return tx(ctx, async (t) => {
    const id = await insertClipping(
      t,
      {
        workspaceId: ws.id,
        outletId: outlet.id,
        fileName: input.fileName.slice(0, 200),
        upload: input.bytes,
        editionDate: input.date,
        firstPage: input.page ?? null,
        createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
        status: 'processing',
        enqueuedAt: input.readNow ? t.now().toISOString() : null,
      },
      t.now().toISOString(),
    );
    await recordChange(t, {
      action: 'clippings.create',
      recordType: 'clipping',
      recordId: id,
      after: {
        fileName: input.fileName,
        outlet: outlet.name,
        editionDate: input.date,
        page: input.page ?? null,
      },
    });
    return (await findClipping(t, ws.id, id)) as Clipping;
  });
}

export async function listWorkspaceClippings(ctx: Ctx, filter: Partial<ClippingFilter>): Promise<Clipping[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  return listClippings(ctx, ws.id, { limit: 200, ...filter });
}

function meanConfidence(lines: TextLine[]): number | null {
  if (lines.length === 0) return null;
  const chars = lines.reduce((n, l) => n + l.text.length, 0) || 1;
  return Math.round(lines.reduce((s, l) => s + l.confidence * l.text.length, 0) / chars);
}

async function presentPages(ctx: Ctx, pages: StoredPage[]): Promise<ClippingPage[]> {
  const regions = await regionsOf(
    ctx,
    pages.map((p) => p.id),
  );
  return pages.map((p) => ({
    id: p.id,
    clippingId: p.clipping_id,
    pageNo: p.page_no,
    width: p.width,
    height: p.height,
    method: p.method,
    proposedRegions: JSON.parse(p.proposed_regions) as Box[],
    regions: regions.filter((r) => r.pageId === p.id).map(({ pageId: _, ...r }) => r),
    confirmed: Boolean(p.confirmed),
    meanConfidence: meanConfidence(JSON.parse(p.lines) as TextLine[]),
  }));
}

export async function getClipping(ctx: Ctx, id: number): Promise<Clipping & { pages: ClippingPage[] }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  const clipping = await findClipping(ctx, ws.id, id);
  if (!clipping) throw notFound(id);
  return { ...clipping, pages: await presentPages(ctx, await pagesOf(ctx, id)) };
}

export async function clippingPageImage(ctx: Ctx, pageId: number): Promise<Uint8Array> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  const image = await pageImage(ctx, ws.id, pageId);
  if (!image) throw pageNotFound(pageId);
  return image;
}

/** A region clipped to its page and of a size that can hold text. */
function checkedBox(box: Box, page: StoredPage): Box {
  const x = Math.max(0, Math.min(page.width, Math.round(box.x)));
  const y = Math.max(0, Math.min(page.height, Math.round(box.y)));
  const w = Math.min(page.width - x, Math.round(box.w));
  const h = Math.min(page.height - y, Math.round(box.h));
  if (!(w >= 8 && h >= 8))
    throw new PantauError(
      'validation',
      'Wilayah terlalu kecil atau di luar halaman — region too small or off the page',
    );
  return { x, y, w, h };
}

async function readPage(ctx: Ctx, pageId: number): Promise<StoredPage> {
  const ws = workspaceOf(ctx);
  const page = await findPage(ctx, ws.id, pageId);
  if (!page) throw pageNotFound(pageId);
  return page;
}

/** The text a region would make, while the person is still drawing it. */
export async function regionText(
  ctx: Ctx,
  pageId: number,
  box: Box,
): Promise<{ title: string | null; text: string }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  const page = await readPage(ctx, pageId);
  return textInRegion(JSON.parse(page.lines) as TextLine[], checkedBox(box, page));
}

/**
 * Confirms a page's regions: each becomes an article (headline, text in reading order, outlet,
 * edition date, page), in place of the articles the page made before. Empty regions make none.
 */
export async function confirmRegions(
  ctx: Ctx,
  tools: { pages: PageAnalyser },
  pageId: number,
  boxes: Box[],
): Promise<ClippingPage> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('clip'), ws.id);
  if (boxes.length === 0 || boxes.length > MAX_REGIONS)
    throw new PantauError(
      'validation',
      `Tandai 1 sampai ${MAX_REGIONS} wilayah — mark 1 to ${MAX_REGIONS} regions`,
    );
  const page = await readPage(ctx, pageId);
  const clipping = (await findClipping(ctx, ws.id, page.clipping_id)) as Clipping;
  const lines = JSON.parse(page.lines) as TextLine[];
  const regions = boxes.map((b) => {
    const box = checkedBox(b, page);
    return { box, ...textInRegion(lines, box) };
  });
  // A region drawn exactly as before keeps its article, with its corrections and versions; the
  // other articles of the page give way to the new regions.
  const previous = await regionsOf(ctx, [pageId]);
  const keep = new Map<number, number>();
  for (const [i, r] of regions.entries()) {
    const same = previous.find((p) => p.articleId !== null && sameBox(p.box, r.box));
    if (same?.articleId && ![...keep.values()].includes(same.articleId)) keep.set(i, same.articleId);
  }
  const before = previous.flatMap((p) => (p.articleId === null ? [] : [p.articleId]));
  const dropped = before.filter((id) => ![...keep.values()].includes(id));
  await tx(ctx, async (t) => {
    await removeReadArticles(t, dropped);
    await replaceRegions(t, pageId, [], false);
  });
  // Filing into stories runs its own transactions (as the crawler's does); a failure here leaves
  // the page with the regions made so far, which confirming again replaces.
  const made: { box: Box; articleId: number | null }[] = [];
  for (const [i, r] of regions.entries()) {
    const kept = keep.get(i);
    const articleId = kept
      ? kept
      : r.text.trim()
        ? await makeClippingArticle(
            { store: ctx, pages: tools.pages },
            {
              workspaceId: ws.id,
              url: clippingArticleUrl(pageId, r.box),
              outlet: clipping.outlet,
              publishedAt: editionInstant(clipping.editionDate, ws.timeZone),
              title: r.title,
              text: r.text,
            },
          )
        : null;
    made.push({ box: r.box, articleId });
  }
  await tx(ctx, async (t) => {
    await replaceRegions(t, pageId, made, true);
    await recordChange(t, {
      action: 'clippings.regions',
      recordType: 'clipping_page',
      recordId: pageId,
      before: { articles: before },
      after: { regions: made.map((m) => ({ ...m.box, articleId: m.articleId })), removedArticles: dropped },
    });
  });
  const [presented] = await presentPages(ctx, [await readPage(ctx, pageId)]);
  return presented;
}

/** Where a print article was cut from (for its page: the clipping beside the text); null for online. */
export async function clippingOfArticle(ctx: Ctx, articleId: number) {
  const found = await clippingOfArticleRow(ctx, articleId);
  if (!found) return null;
  return { ...found, imageUrl: `/api/v1/clipping-pages/${found.pageId}/image` };
}

export async function removeClipping(ctx: Ctx, id: number): Promise<void> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('clip'), ws.id);
  await tx(ctx, async (t) => {
    const before = await findClipping(t, ws.id, id);
    if (!before) throw notFound(id);
    await removeReadArticles(t, await articleIdsOf(t, { clippingId: id }));
    await deleteClipping(t, id);
    await recordChange(t, {
      action: 'clippings.delete',
      recordType: 'clipping',
      recordId: id,
      before: { ...before },
    });
  });
}

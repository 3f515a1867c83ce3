// Clippings as evidence outside the app: where print articles were cut from (outlet, edition, page)
// and the cut itself as a JPEG, for the monitoring report's annex. The page images were written by
// Pantau's own reading step (normalised JPEGs), so cropping them here needs no sandbox.
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import { clippingsPolicy } from './clippings.policy.ts';
import { type ArticleClippingSource, clippingSourcesOf, pageImage } from './clippings.repo.ts';

/** A printed page is read at arm's length: 1400 px on the long side is sharp on A4 and keeps a report small. */
const LONG_SIDE = 1400;
const QUALITY = 75;
/** Article ids asked of the database at once (well under either store's parameter limit). */
const CHUNK = 500;

export interface ClippingSource {
  articleId: number;
  title: string;
  outlet: string;
  /** The edition's calendar day, YYYY-MM-DD. */
  editionDate: string;
  pageNo: number;
}

export interface ClippingImage extends ClippingSource {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

async function sourcesOf(ctx: Ctx, articleIds: number[], limit: number): Promise<ArticleClippingSource[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  const ids = [...new Set(articleIds)];
  const found: ArticleClippingSource[] = [];
  for (let i = 0; i < ids.length && found.length < limit; i += CHUNK)
    found.push(...(await clippingSourcesOf(ctx, ws.id, ids.slice(i, i + CHUNK))));
  return found.slice(0, Math.max(0, limit));
}

const present = (s: ArticleClippingSource): ClippingSource => ({
  articleId: s.articleId,
  title: s.title ?? '',
  outlet: s.outlet,
  editionDate: s.editionDate,
  pageNo: s.pageNo,
});

/**
 * Where these articles were cut from, for those of them that are clippings of the ctx's workspace
 * (online articles and other workspaces' are left out), in the order given, at most `limit`.
 */
export async function clippingSourcesFor(
  ctx: Ctx,
  articleIds: number[],
  limit = 40,
): Promise<ClippingSource[]> {
  return (await sourcesOf(ctx, articleIds, limit)).map(present);
}

/** The region cut out of its page image, the long side at most LONG_SIDE px. */
async function crop(page: Uint8Array, box: ArticleClippingSource['box']) {
  // Loaded when a report has clippings: sharp costs every command start-up time otherwise.
  const { default: sharp } = await import('sharp');
  const image = sharp(page);
  const meta = await image.metadata();
  // The stored box is in page pixels; keep it inside the image should the two ever disagree.
  const left = Math.min(Math.max(0, box.x), (meta.width ?? 1) - 1);
  const top = Math.min(Math.max(0, box.y), (meta.height ?? 1) - 1);
  const width = Math.max(1, Math.min(box.w, (meta.width ?? 1) - left));
  const height = Math.max(1, Math.min(box.h, (meta.height ?? 1) - top));
  const { data, info } = await image
    .extract({ left, top, width, height })
    .resize({ width: LONG_SIDE, height: LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: QUALITY })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: new Uint8Array(data), width: info.width, height: info.height };
}

/**
 * The clipping images of these articles (as `clippingSourcesFor` picks them), each the article's
 * region cropped from its page: what a report prints as evidence of what the newspaper wrote.
 */
export async function clippingImagesOf(ctx: Ctx, articleIds: number[], limit = 40): Promise<ClippingImage[]> {
  const ws = workspaceOf(ctx);
  const sources = await sourcesOf(ctx, articleIds, limit);
  // Several articles come from one page: read each page once.
  const pages = new Map<number, Promise<Uint8Array | null>>();
  const images: ClippingImage[] = [];
  for (const s of sources) {
    if (!pages.has(s.pageId)) pages.set(s.pageId, pageImage(ctx, ws.id, s.pageId));
    const page = await pages.get(s.pageId);
    if (!page) continue;
    images.push({ ...present(s), ...(await crop(page, s.box)) });
  }
  return images;
}

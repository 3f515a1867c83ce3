// Print outlets, clippings, their pages and regions, and articles' text versions: the only SQL of
// the module.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Box, Clipping, ClippingRegion, PrintFrequency, PrintOutlet } from '../../domain/clipping.ts';
import type { ClippingPageTable, Database } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

type Db = Kysely<Database>;

// ---- print outlets -------------------------------------------------------------------------------

export interface OutletFields {
  name: string;
  nameKey: string;
  region: string | null;
  frequency: PrintFrequency;
  circulation: number | null;
  partnerId: number | null;
}

function outletQuery(db: Db, workspaceId: number) {
  return db
    .selectFrom('print_outlet as o')
    .leftJoin('partner as p', 'p.id', 'o.partner_id')
    .select((eb) => [
      'o.id',
      'o.workspace_id',
      'o.name',
      'o.region',
      'o.frequency',
      'o.circulation',
      'o.partner_id',
      'o.created_at',
      'p.name as partner_name',
      eb
        .selectFrom('clipping as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.print_outlet_id', '=', 'o.id')
        .as('clipping_count'),
    ])
    .where('o.workspace_id', '=', workspaceId);
}

type OutletRow = Awaited<ReturnType<ReturnType<typeof outletQuery>['executeTakeFirstOrThrow']>>;

const toOutlet = (r: OutletRow): PrintOutlet => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  region: r.region,
  frequency: r.frequency,
  circulation: r.circulation,
  partnerId: r.partner_id,
  partnerName: r.partner_name ?? null,
  clippingCount: Number(r.clipping_count ?? 0),
  createdAt: r.created_at,
});

export async function listOutlets(ex: Executor, workspaceId: number): Promise<PrintOutlet[]> {
  return (await outletQuery(ex.db, workspaceId).orderBy('o.name').execute()).map(toOutlet);
}

export async function findOutlet(ex: Executor, workspaceId: number, id: number): Promise<PrintOutlet | null> {
  const r = await outletQuery(ex.db, workspaceId).where('o.id', '=', id).executeTakeFirst();
  return r ? toOutlet(r) : null;
}

export async function findOutletByKey(
  ex: Executor,
  workspaceId: number,
  key: string,
): Promise<PrintOutlet | null> {
  const r = await outletQuery(ex.db, workspaceId).where('o.name_key', '=', key).executeTakeFirst();
  return r ? toOutlet(r) : null;
}

/** An outlet's editable columns, from its fields. */
function outletColumns(f: OutletFields) {
  return {
    name: f.name,
    name_key: f.nameKey,
    region: f.region,
    frequency: f.frequency,
    circulation: f.circulation,
    partner_id: f.partnerId,
  };
}

/** The row of a new outlet as stored. */
function outletRow(workspaceId: number, f: OutletFields, now: string) {
  return { workspace_id: workspaceId, ...outletColumns(f), created_at: now, updated_at: now };
}

export async function insertOutlet(
  ex: Executor,
  workspaceId: number,
  f: OutletFields,
  now: string,
): Promise<number> {
  const r = await ex.db
    .insertInto('print_outlet')
    .values(outletRow(workspaceId, f, now))
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Adds the outlet unless one of that name exists (two files of one edition uploaded at once both
 * name a new outlet): the one stored first wins and both get its id.
 */
export async function insertOutletIfMissing(
  ex: Executor,
  workspaceId: number,
  f: OutletFields,
  now: string,
): Promise<number | null> {
  const r = await ex.db
    .insertInto('print_outlet')
    .values(outletRow(workspaceId, f, now))
    .onConflict((oc) => oc.columns(['workspace_id', 'name_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function updateOutlet(ex: Executor, id: number, f: OutletFields, now: string): Promise<void> {
  await ex.db
    .updateTable('print_outlet')
    .set({ ...outletColumns(f), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function deleteOutlet(ex: Executor, id: number): Promise<void> {
  await ex.db.deleteFrom('print_outlet').where('id', '=', id).execute();
}

/** Whether a partner of this workspace has this id (a print outlet may name only its own). */
export async function partnerExists(ex: Executor, workspaceId: number, id: number): Promise<boolean> {
  const r = await ex.db
    .selectFrom('partner')
    .select('id')
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Boolean(r);
}

// ---- clippings -----------------------------------------------------------------------------------

function clippingQuery(db: Db, workspaceId: number) {
  return db
    .selectFrom('clipping as c')
    .innerJoin('print_outlet as o', 'o.id', 'c.print_outlet_id')
    .leftJoin('app_user as u', 'u.id', 'c.created_by')
    .select((eb) => [
      'c.id',
      'c.workspace_id',
      'c.file_name',
      'c.file_size',
      'c.print_outlet_id',
      'o.name as outlet',
      'c.edition_date',
      'c.first_page',
      'c.status',
      'c.error',
      'c.created_at',
      'u.name as created_by_name',
      eb
        .selectFrom('clipping_page as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.clipping_id', '=', 'c.id')
        .as('page_count'),
      eb
        .selectFrom('clipping_region as r')
        .innerJoin('clipping_page as p', 'p.id', 'r.page_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.clipping_id', '=', 'c.id')
        .where('r.article_id', 'is not', null)
        .as('article_count'),
    ])
    .where('c.workspace_id', '=', workspaceId);
}

type ClippingRow = Awaited<ReturnType<ReturnType<typeof clippingQuery>['executeTakeFirstOrThrow']>>;

const toClipping = (r: ClippingRow): Clipping => ({
  id: r.id,
  workspaceId: r.workspace_id,
  fileName: r.file_name,
  fileSize: r.file_size,
  outletId: r.print_outlet_id,
  outlet: r.outlet,
  editionDate: r.edition_date,
  firstPage: r.first_page,
  status: r.status,
  error: r.error,
  pageCount: Number(r.page_count ?? 0),
  articleCount: Number(r.article_count ?? 0),
  createdAt: r.created_at,
  createdBy: r.created_by_name ?? null,
});

export interface ClippingFilter {
  outletId?: number;
  from?: string;
  to?: string;
  status?: Clipping['status'];
  limit: number;
}

export async function listClippings(
  ex: Executor,
  workspaceId: number,
  f: ClippingFilter,
): Promise<Clipping[]> {
  let q = clippingQuery(ex.db, workspaceId);
  if (f.outletId) q = q.where('c.print_outlet_id', '=', f.outletId);
  if (f.from) q = q.where('c.edition_date', '>=', f.from);
  if (f.to) q = q.where('c.edition_date', '<=', f.to);
  if (f.status) q = q.where('c.status', '=', f.status);
  const rows = await q.orderBy('c.edition_date', 'desc').orderBy('c.id', 'desc').limit(f.limit).execute();
  return rows.map(toClipping);
}

export async function findClipping(ex: Executor, workspaceId: number, id: number): Promise<Clipping | null> {
  const r = await clippingQuery(ex.db, workspaceId).where('c.id', '=', id).executeTakeFirst();
  return r ? toClipping(r) : null;
}

export async function insertClipping(
  ex: Executor,
  row: {
    workspaceId: number;
    outletId: number;
    fileName: string;
    upload: Uint8Array;
    editionDate: string;
    firstPage: number | null;
    createdBy: number | null;
    status: Clipping['status'];
    /** Set when the caller reads it itself at once (the CLI): the scheduler leaves it alone. */
    enqueuedAt: string | null;
  },
  now: string,
): Promise<number> {
  const r = await ex.db
    .insertInto('clipping')
    .values({
      workspace_id: row.workspaceId,
      print_outlet_id: row.outletId,
      file_name: row.fileName,
      file_size: row.upload.byteLength,
      edition_date: row.editionDate,
      first_page: row.firstPage,
      status: row.status,
      upload: Buffer.from(row.upload.buffer, row.upload.byteOffset, row.upload.byteLength),
      created_by: row.createdBy,
      created_at: now,
      enqueued_at: row.enqueuedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The clipping's upload and where it belongs, for its reading job; null once read. */
export async function clippingUpload(
  ex: Executor,
  id: number,
): Promise<{ workspaceId: number; fileName: string; upload: Uint8Array; status: Clipping['status'] } | null> {
  const r = await ex.db
    .selectFrom('clipping')
    .select(['workspace_id', 'file_name', 'upload', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r?.upload) return null;
  return {
    workspaceId: r.workspace_id,
    fileName: r.file_name,
    upload: new Uint8Array(r.upload),
    status: r.status,
  };
}

/** Ends a clipping's reading: the upload is dropped either way, only its pages stay. */
export async function finishClipping(
  ex: Executor,
  id: number,
  outcome: { status: 'ready' | 'failed'; error: string | null },
  now: string,
): Promise<void> {
  await ex.db
    .updateTable('clipping')
    .set({ status: outcome.status, error: outcome.error, upload: null, read_at: now })
    .where('id', '=', id)
    .execute();
}

/** Clippings waiting to be read not handed to the queue since `staleBefore`, oldest first. */
export async function waitingClippingIds(ex: Executor, staleBefore: string, limit = 100): Promise<number[]> {
  const rows = await ex.db
    .selectFrom('clipping')
    .select('id')
    .where('status', '=', 'processing')
    .where((eb) => eb.or([eb('enqueued_at', 'is', null), eb('enqueued_at', '<', staleBefore)]))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function markClippingEnqueued(ex: Executor, id: number, now: string): Promise<void> {
  await ex.db.updateTable('clipping').set({ enqueued_at: now }).where('id', '=', id).execute();
}

export async function deleteClipping(ex: Executor, id: number): Promise<void> {
  await ex.db.deleteFrom('clipping').where('id', '=', id).execute();
}

// ---- pages and regions ---------------------------------------------------------------------------

export interface PageFields {
  pageNo: number;
  width: number;
  height: number;
  method: 'ocr' | 'text-layer';
  image: Uint8Array;
  lines: string;
  proposedRegions: Box[];
}

export async function insertPage(
  ex: Executor,
  clippingId: number,
  workspaceId: number,
  p: PageFields,
): Promise<number> {
  const r = await ex.db
    .insertInto('clipping_page')
    .values({
      clipping_id: clippingId,
      workspace_id: workspaceId,
      page_no: p.pageNo,
      width: p.width,
      height: p.height,
      method: p.method,
      image: Buffer.from(p.image.buffer, p.image.byteOffset, p.image.byteLength),
      lines: p.lines,
      proposed_regions: JSON.stringify(p.proposedRegions),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

type PageRow = Omit<Selectable<ClippingPageTable>, 'image'>;

const PAGE_COLUMNS = [
  'id',
  'clipping_id',
  'workspace_id',
  'page_no',
  'width',
  'height',
  'method',
  'lines',
  'proposed_regions',
  'confirmed',
] as const;

export interface StoredPage extends PageRow {}

export async function findPage(ex: Executor, workspaceId: number, id: number): Promise<StoredPage | null> {
  const r = await ex.db
    .selectFrom('clipping_page')
    .select(PAGE_COLUMNS)
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return r ?? null;
}

export async function pagesOf(ex: Executor, clippingId: number): Promise<StoredPage[]> {
  return ex.db
    .selectFrom('clipping_page')
    .select(PAGE_COLUMNS)
    .where('clipping_id', '=', clippingId)
    .orderBy('page_no')
    .orderBy('id')
    .execute();
}

export async function pageImage(ex: Executor, workspaceId: number, id: number): Promise<Uint8Array | null> {
  const r = await ex.db
    .selectFrom('clipping_page')
    .select('image')
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return r ? new Uint8Array(r.image) : null;
}

export async function regionsOf(
  ex: Executor,
  pageIds: number[],
): Promise<(ClippingRegion & { pageId: number })[]> {
  if (pageIds.length === 0) return [];
  const rows = await ex.db
    .selectFrom('clipping_region as r')
    .leftJoin('article as a', 'a.id', 'r.article_id')
    .select([
      'r.id',
      'r.page_id',
      'r.x',
      'r.y',
      'r.w',
      'r.h',
      'r.article_id',
      'a.title',
      sql<number | null>`length(a.text)`.as('characters'),
    ])
    .where('r.page_id', 'in', pageIds)
    .orderBy('r.page_id')
    .orderBy('r.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    pageId: r.page_id,
    box: { x: r.x, y: r.y, w: r.w, h: r.h },
    articleId: r.article_id,
    title: r.title ?? null,
    characters: Number(r.characters ?? 0),
  }));
}

/** The articles made from a clipping's pages (to remove with it, or with a page's old regions). */
export async function articleIdsOf(
  ex: Executor,
  where: { clippingId?: number; pageId?: number },
): Promise<number[]> {
  let q = ex.db
    .selectFrom('clipping_region as r')
    .innerJoin('clipping_page as p', 'p.id', 'r.page_id')
    .select('r.article_id')
    .where('r.article_id', 'is not', null);
  if (where.clippingId !== undefined) q = q.where('p.clipping_id', '=', where.clippingId);
  if (where.pageId !== undefined) q = q.where('p.id', '=', where.pageId);
  return (await q.execute()).map((r) => r.article_id as number);
}

export async function replaceRegions(
  ex: Executor,
  pageId: number,
  regions: { box: Box; articleId: number | null }[],
  confirmed: boolean,
): Promise<void> {
  await ex.db.deleteFrom('clipping_region').where('page_id', '=', pageId).execute();
  if (regions.length > 0)
    await ex.db
      .insertInto('clipping_region')
      .values(
        regions.map((r, i) => ({
          page_id: pageId,
          position: i + 1,
          x: Math.round(r.box.x),
          y: Math.round(r.box.y),
          w: Math.round(r.box.w),
          h: Math.round(r.box.h),
          article_id: r.articleId,
        })),
      )
      .execute();
  await ex.db
    .updateTable('clipping_page')
    .set({ confirmed: confirmed ? 1 : 0 })
    .where('id', '=', pageId)
    .execute();
}

/** The clipping an article was cut from, with its page and region; null for an online article. */
export async function clippingOfArticle(
  ex: Executor,
  articleId: number,
): Promise<{
  clippingId: number;
  pageId: number;
  pageNo: number;
  box: Box;
  outlet: string;
  editionDate: string;
  width: number;
  height: number;
} | null> {
  const r = await ex.db
    .selectFrom('clipping_region as r')
    .innerJoin('clipping_page as p', 'p.id', 'r.page_id')
    .innerJoin('clipping as c', 'c.id', 'p.clipping_id')
    .innerJoin('print_outlet as o', 'o.id', 'c.print_outlet_id')
    .select([
      'c.id as clipping_id',
      'p.id as page_id',
      'p.page_no',
      'p.width',
      'p.height',
      'r.x',
      'r.y',
      'r.w',
      'r.h',
      'o.name',
      'c.edition_date',
    ])
    .where('r.article_id', '=', articleId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    clippingId: r.clipping_id,
    pageId: r.page_id,
    pageNo: r.page_no,
    box: { x: r.x, y: r.y, w: r.w, h: r.h },
    outlet: r.name,
    editionDate: r.edition_date,
    width: r.width,
    height: r.height,
  };
}

// ---- text versions -------------------------------------------------------------------------------

export interface TextVersion {
  version: number;
  title: string | null;
  text: string;
  note: string | null;
  by: string | null;
  at: string;
}

export async function textVersions(ex: Executor, articleId: number): Promise<TextVersion[]> {
  const rows = await ex.db
    .selectFrom('article_text_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.title', 'v.text', 'v.note', 'v.created_at', 'u.name'])
    .where('v.article_id', '=', articleId)
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    text: r.text,
    note: r.note,
    by: r.name ?? null,
    at: r.created_at,
  }));
}

export async function insertTextVersion(
  ex: Executor,
  v: {
    articleId: number;
    version: number;
    title: string | null;
    text: string;
    note: string | null;
    createdBy: number | null;
  },
  now: string,
): Promise<void> {
  await ex.db
    .insertInto('article_text_version')
    .values({
      article_id: v.articleId,
      version: v.version,
      title: v.title,
      text: v.text,
      note: v.note,
      created_by: v.createdBy,
      created_at: now,
    })
    .execute();
}

/** An article's workspace, medium, title and text, for a correction. */
export async function articleText(
  ex: Executor,
  articleId: number,
): Promise<{
  workspaceId: number;
  medium: 'online' | 'print';
  title: string | null;
  text: string | null;
  status: string;
} | null> {
  const r = await ex.db
    .selectFrom('article')
    .select(['workspace_id', 'medium', 'title', 'text', 'status'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  return r
    ? { workspaceId: r.workspace_id, medium: r.medium, title: r.title, text: r.text, status: r.status }
    : null;
}

// ---- evidence for reports ------------------------------------------------------------------------

/** Where each of these print articles of the workspace was cut from, in the order of `articleIds`. */
export interface ArticleClippingSource {
  articleId: number;
  title: string | null;
  outlet: string;
  editionDate: string;
  pageId: number;
  pageNo: number;
  box: Box;
}

export async function clippingSourcesOf(
  ex: Executor,
  workspaceId: number,
  articleIds: number[],
): Promise<ArticleClippingSource[]> {
  if (articleIds.length === 0) return [];
  const rows = await ex.db
    .selectFrom('clipping_region as r')
    .innerJoin('clipping_page as p', 'p.id', 'r.page_id')
    .innerJoin('clipping as c', 'c.id', 'p.clipping_id')
    .innerJoin('print_outlet as o', 'o.id', 'c.print_outlet_id')
    .innerJoin('article as a', 'a.id', 'r.article_id')
    .select([
      'r.article_id',
      'a.title',
      'o.name',
      'c.edition_date',
      'p.id as page_id',
      'p.page_no',
      'r.x',
      'r.y',
      'r.w',
      'r.h',
    ])
    .where('r.article_id', 'in', articleIds)
    .where('c.workspace_id', '=', workspaceId)
    .where('a.workspace_id', '=', workspaceId)
    .execute();
  const byArticle = new Map(rows.map((r) => [r.article_id as number, r]));
  return articleIds.flatMap((id) => {
    const r = byArticle.get(id);
    return r
      ? [
          {
            articleId: id,
            title: r.title,
            outlet: r.name,
            editionDate: r.edition_date,
            pageId: r.page_id,
            pageNo: r.page_no,
            box: { x: r.x, y: r.y, w: r.w, h: r.h },
          },
        ]
      : [];
  });
}

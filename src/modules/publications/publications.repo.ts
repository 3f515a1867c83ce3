// Publication materials, their versions, deliveries and pickups. A version is written once; the
// material's text is its highest version, the public's is the version it was published (or last
// corrected) at.
import type { QueryNode } from '../../analyze/query/ast.ts';
import { queryCondition } from '../../kernel/db/query-search.ts';
import type { DeliveryState, PublicationStatus } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import type { MaterialContent } from '../../publish/material.ts';
import type { Evidence } from '../../publish/release-draft.ts';

export interface PublicationRow {
  id: number;
  workspaceId: number;
  issueId: number | null;
  caseId: number | null;
  slug: string;
  status: PublicationStatus;
  publicClass: string;
  publishedVersion: number | null;
  publishedAt: string | null;
  publishedByName: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  createdByName: string;
  createdAt: string;
}

export interface MaterialVersion {
  version: number;
  content: MaterialContent;
  authorName: string;
  authorRole: string;
  step: number;
  note: string;
  correction: boolean;
  createdAt: string;
}

export interface DeliveryRow {
  id: number;
  publicationId: number;
  workspaceId: number;
  channel: 'newsroom' | 'email' | 'webhook';
  target: string;
  address: string;
  partnerId: number | null;
  version: number;
  state: DeliveryState;
  attempts: number;
  nextAt: string | null;
  sentAt: string | null;
  error: string | null;
  byName: string;
  createdAt: string;
}

export interface PickupRow {
  articleId: number;
  host: string;
  kept: number;
  titleMatch: boolean;
  quoteMatch: boolean;
  foundAt: string;
  title: string | null;
  url: string;
  outlet: string | null;
  publishedAt: string | null;
  tone: string | null;
}

const publicationColumns = [
  'id',
  'workspace_id',
  'issue_id',
  'case_id',
  'slug',
  'status',
  'public_class',
  'published_version',
  'published_at',
  'published_by_name',
  'withdrawn_at',
  'withdrawn_reason',
  'created_by_name',
  'created_at',
] as const;

type PublicationRecord = {
  id: number;
  workspace_id: number;
  issue_id: number | null;
  case_id: number | null;
  slug: string;
  status: PublicationStatus;
  public_class: string;
  published_version: number | null;
  published_at: string | null;
  published_by_name: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  created_by_name: string;
  created_at: string;
};

const toPublication = (r: PublicationRecord): PublicationRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  issueId: r.issue_id,
  caseId: r.case_id,
  slug: r.slug,
  status: r.status,
  publicClass: r.public_class,
  publishedVersion: r.published_version,
  publishedAt: r.published_at,
  publishedByName: r.published_by_name,
  withdrawnAt: r.withdrawn_at,
  withdrawnReason: r.withdrawn_reason,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

export async function slugTaken(store: Executor, workspaceId: number, slug: string): Promise<boolean> {
  const r = await store.db
    .selectFrom('publication')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertPublication(
  store: Executor,
  p: {
    workspaceId: number;
    issueId: number | null;
    slug: string;
    publicClass: string;
    evidence: Evidence;
    createdBy: number | null;
    createdByName: string;
    at: string;
  },
): Promise<PublicationRow> {
  const row = await store.db
    .insertInto('publication')
    .values({
      workspace_id: p.workspaceId,
      issue_id: p.issueId,
      slug: p.slug,
      status: 'draft',
      public_class: p.publicClass,
      evidence: JSON.stringify(p.evidence),
      created_by: p.createdBy,
      created_by_name: p.createdByName,
      created_at: p.at,
    })
    .returning(publicationColumns)
    .executeTakeFirstOrThrow();
  return toPublication(row);
}

export async function setPublicationCase(store: Executor, id: number, caseId: number): Promise<void> {
  await store.db.updateTable('publication').set({ case_id: caseId }).where('id', '=', id).execute();
}

export async function findPublication(
  store: Executor,
  workspaceId: number,
  id: number,
): Promise<PublicationRow | null> {
  const r = await store.db
    .selectFrom('publication')
    .select(publicationColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toPublication(r) : null;
}

export async function evidenceOf(store: Executor, id: number): Promise<Evidence> {
  const r = await store.db
    .selectFrom('publication')
    .select('evidence')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(r.evidence) as Evidence;
}

/** Publications of a workspace with the text of their latest version, newest first. */
function withLatestContent(store: Executor, workspaceId: number) {
  return store.db
    .selectFrom('publication')
    .select(publicationColumns.map((c) => `publication.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('publication_version')
        .select('content')
        .whereRef('publication_version.publication_id', '=', 'publication.id')
        .orderBy('version', 'desc')
        .limit(1)
        .as('content'),
    )
    .where('publication.workspace_id', '=', workspaceId)
    .orderBy('publication.id', 'desc');
}

export async function listPublicationRows(
  store: Executor,
  workspaceId: number,
  limit: number,
  before?: number,
): Promise<(PublicationRow & { title: string })[]> {
  let q = withLatestContent(store, workspaceId).limit(limit);
  if (before) q = q.where('publication.id', '<', before);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...toPublication(r),
    title: r.content ? (JSON.parse(r.content) as MaterialContent).title : '',
  }));
}

const toVersion = (r: {
  version: number;
  content: string;
  author_name: string;
  author_role: string;
  step: number;
  note: string;
  correction: number;
  created_at: string;
}): MaterialVersion => ({
  version: r.version,
  content: JSON.parse(r.content) as MaterialContent,
  authorName: r.author_name,
  authorRole: r.author_role,
  step: r.step,
  note: r.note,
  correction: Boolean(r.correction),
  createdAt: r.created_at,
});

const versionColumns = [
  'version',
  'content',
  'author_name',
  'author_role',
  'step',
  'note',
  'correction',
  'created_at',
] as const;

/** Every version, newest first. */
export async function materialVersions(store: Executor, publicationId: number): Promise<MaterialVersion[]> {
  const rows = await store.db
    .selectFrom('publication_version')
    .select(versionColumns)
    .where('publication_id', '=', publicationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toVersion);
}

export async function materialVersion(
  store: Executor,
  publicationId: number,
  version: number,
): Promise<MaterialVersion | null> {
  const r = await store.db
    .selectFrom('publication_version')
    .select(versionColumns)
    .where('publication_id', '=', publicationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r ? toVersion(r) : null;
}

/** Writes the next version; null when someone else wrote that version number first. */
export async function insertMaterialVersion(
  store: Executor,
  v: {
    publicationId: number;
    version: number;
    content: MaterialContent;
    authorId: number | null;
    authorName: string;
    authorRole: string;
    step: number;
    note: string;
    correction: boolean;
    at: string;
  },
): Promise<MaterialVersion | null> {
  const row = await store.db
    .insertInto('publication_version')
    .values({
      publication_id: v.publicationId,
      version: v.version,
      content: JSON.stringify(v.content),
      author_id: v.authorId,
      author_name: v.authorName,
      author_role: v.authorRole,
      step: v.step,
      note: v.note,
      correction: v.correction ? 1 : 0,
      created_at: v.at,
    })
    .onConflict((oc) => oc.columns(['publication_id', 'version']).doNothing())
    .returning(versionColumns)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

export async function markPublished(
  store: Executor,
  id: number,
  p: { version: number; at: string; byName: string },
): Promise<boolean> {
  const r = await store.db
    .updateTable('publication')
    .set({
      status: 'published',
      published_version: p.version,
      published_at: p.at,
      published_by_name: p.byName,
      public_changed_at: p.at,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setPublicVersion(
  store: Executor,
  id: number,
  version: number,
  at: string,
): Promise<void> {
  await store.db
    .updateTable('publication')
    .set({ published_version: version, public_changed_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markWithdrawn(
  store: Executor,
  id: number,
  at: string,
  reason: string,
): Promise<boolean> {
  const r = await store.db
    .updateTable('publication')
    .set({ status: 'withdrawn', withdrawn_at: at, withdrawn_reason: reason, public_changed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every material of the workspace with its latest text, newest first (the SOP B archive reads it). */
export async function archiveRows(
  store: Executor,
  workspaceId: number,
): Promise<(PublicationRow & { content: MaterialContent })[]> {
  const rows = await withLatestContent(store, workspaceId).execute();
  return rows.map((r) => ({
    ...toPublication(r),
    content: JSON.parse(r.content ?? '{}') as MaterialContent,
  }));
}

// --- deliveries -----------------------------------------------------------------------------------

const deliveryColumns = [
  'id',
  'publication_id',
  'workspace_id',
  'channel',
  'target',
  'address',
  'partner_id',
  'version',
  'state',
  'attempts',
  'next_at',
  'sent_at',
  'error',
  'by_name',
  'created_at',
] as const;

const toDelivery = (r: {
  id: number;
  publication_id: number;
  workspace_id: number;
  channel: 'newsroom' | 'email' | 'webhook';
  target: string;
  address: string;
  partner_id: number | null;
  version: number;
  state: DeliveryState;
  attempts: number;
  next_at: string | null;
  sent_at: string | null;
  error: string | null;
  by_name: string;
  created_at: string;
}): DeliveryRow => ({
  id: r.id,
  publicationId: r.publication_id,
  workspaceId: r.workspace_id,
  channel: r.channel,
  target: r.target,
  address: r.address,
  partnerId: r.partner_id,
  version: r.version,
  state: r.state,
  attempts: r.attempts,
  nextAt: r.next_at,
  sentAt: r.sent_at,
  error: r.error,
  byName: r.by_name,
  createdAt: r.created_at,
});

export async function insertDeliveries(
  store: Executor,
  rows: Omit<DeliveryRow, 'id' | 'attempts' | 'nextAt' | 'error'>[],
): Promise<void> {
  if (rows.length === 0) return;
  await store.db
    .insertInto('publication_delivery')
    .values(
      rows.map((d) => ({
        publication_id: d.publicationId,
        workspace_id: d.workspaceId,
        channel: d.channel,
        target: d.target,
        address: d.address,
        partner_id: d.partnerId,
        version: d.version,
        state: d.state,
        sent_at: d.sentAt,
        by_name: d.byName,
        created_at: d.createdAt,
      })),
    )
    .execute();
}

export async function deliveriesOf(store: Executor, publicationId: number): Promise<DeliveryRow[]> {
  const rows = await store.db
    .selectFrom('publication_delivery')
    .select(deliveryColumns)
    .where('publication_id', '=', publicationId)
    .orderBy('id')
    .execute();
  return rows.map(toDelivery);
}

export async function dueDeliveries(store: Executor, at: string, limit: number): Promise<DeliveryRow[]> {
  const rows = await store.db
    .selectFrom('publication_delivery')
    .select(deliveryColumns)
    .where('state', '=', 'pending')
    .where((eb) => eb.or([eb('next_at', 'is', null), eb('next_at', '<=', at)]))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

/** Takes a pending delivery for sending; false when another worker took it first. */
export async function claimDelivery(store: Executor, id: number, at: string): Promise<boolean> {
  const r = await store.db
    .updateTable('publication_delivery')
    .set((eb) => ({ state: 'sending', next_at: at, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function settleDelivery(
  store: Executor,
  id: number,
  s: { state: DeliveryState; error?: string | null; nextAt?: string | null; sentAt?: string | null },
): Promise<void> {
  await store.db
    .updateTable('publication_delivery')
    .set({
      state: s.state,
      error: s.error ?? null,
      next_at: s.nextAt ?? null,
      ...(s.sentAt ? { sent_at: s.sentAt } : {}),
    })
    .where('id', '=', id)
    .where('state', '=', 'sending')
    .execute();
}

/** Sends claimed long ago and never settled were cut off by a crash: failed, never sent twice. */
export async function abandonStaleDeliveries(
  store: Executor,
  before: string,
  error: string,
): Promise<number> {
  const r = await store.db
    .updateTable('publication_delivery')
    .set({ state: 'failed', error })
    .where('state', '=', 'sending')
    .where('next_at', '<', before)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// --- pickup ---------------------------------------------------------------------------------------

export interface PickupCandidate {
  id: number;
  url: string;
  title: string | null;
  text: string | null;
}

/**
 * Articles that may carry the release: collected since it was published, sharing a MinHash band
 * with it (whole or trimmed copies) or matching one of the phrases in the full-text index (a
 * rewrite that kept the title or the quote). Never the whole collection.
 */
export async function pickupCandidates(
  store: Executor,
  workspaceId: number,
  o: { since: string; bandKeys: string[]; phrases: QueryNode | null; limit: number },
): Promise<PickupCandidate[]> {
  const byBand =
    o.bandKeys.length > 0
      ? store.db
          .selectFrom('article_band')
          .select('article_id')
          .where('workspace_id', '=', workspaceId)
          .where('band_key', 'in', o.bandKeys)
      : null;
  const rows = await store.db
    .selectFrom('article')
    .select(['id', 'url', 'title', 'text'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .where('discovered_at', '>=', o.since)
    .where((eb) => {
      const either = [];
      if (byBand) either.push(eb('id', 'in', byBand));
      if (o.phrases) either.push(queryCondition(store.dialect, o.phrases));
      return either.length ? eb.or(either) : eb.val(false);
    })
    .orderBy('id')
    .limit(o.limit)
    .execute();
  return rows;
}

export async function savePickups(
  store: Executor,
  publicationId: number,
  found: { articleId: number; host: string; kept: number; titleMatch: boolean; quoteMatch: boolean }[],
  at: string,
): Promise<number> {
  if (found.length === 0) return 0;
  const inserted = await store.db
    .insertInto('publication_pickup')
    .values(
      found.map((f) => ({
        publication_id: publicationId,
        article_id: f.articleId,
        host: f.host,
        kept: f.kept,
        title_match: f.titleMatch ? 1 : 0,
        quote_match: f.quoteMatch ? 1 : 0,
        found_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['publication_id', 'article_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export async function pickupsOf(store: Executor, publicationId: number): Promise<PickupRow[]> {
  const rows = await store.db
    .selectFrom('publication_pickup')
    .innerJoin('article', 'article.id', 'publication_pickup.article_id')
    .leftJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .select([
      'publication_pickup.article_id',
      'publication_pickup.host',
      'publication_pickup.kept',
      'publication_pickup.title_match',
      'publication_pickup.quote_match',
      'publication_pickup.found_at',
      'article.title',
      'article.url',
      'article.outlet',
      'article.published_at',
      'article_analysis.tone_label',
    ])
    .where('publication_pickup.publication_id', '=', publicationId)
    .orderBy('article.published_at')
    .orderBy('article.id')
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    host: r.host,
    kept: r.kept,
    titleMatch: Boolean(r.title_match),
    quoteMatch: Boolean(r.quote_match),
    foundAt: r.found_at,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    publishedAt: r.published_at,
    tone: r.tone_label,
  }));
}

/** Published releases of every workspace whose pickup is still being looked for (the first 30 days). */
export async function releasesToWatch(
  store: Executor,
  since: string,
): Promise<{ id: number; workspaceId: number }[]> {
  const rows = await store.db
    .selectFrom('publication')
    .select(['id', 'workspace_id'])
    .where('status', '=', 'published')
    .where('published_at', '>=', since)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id }));
}

// --- the public newsroom --------------------------------------------------------------------------

/** What changes the newsroom: its pages are cached until this moves. */
export async function newsroomStamp(store: Executor, workspaceId: number): Promise<string> {
  const r = await store.db
    .selectFrom('publication')
    .select((eb) => [eb.fn.max('public_changed_at').as('at'), eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('public_changed_at', 'is not', null)
    .executeTakeFirst();
  return `${r?.at ?? ''}|${r?.n ?? 0}`;
}

export interface PublicRelease {
  id: number;
  slug: string;
  status: 'published' | 'withdrawn';
  publishedAt: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  content: MaterialContent;
  /** When the public text last changed (a correction), else its publication. */
  updatedAt: string;
  corrections: { at: string; note: string }[];
}

/** Every release the public has seen (published or withdrawn), newest first, with its public text. */
export async function publicReleases(store: Executor, workspaceId: number): Promise<PublicRelease[]> {
  const rows = await store.db
    .selectFrom('publication')
    .innerJoin('publication_version', (j) =>
      j
        .onRef('publication_version.publication_id', '=', 'publication.id')
        .onRef('publication_version.version', '=', 'publication.published_version'),
    )
    .select([
      'publication.id',
      'publication.slug',
      'publication.status',
      'publication.published_at',
      'publication.withdrawn_at',
      'publication.withdrawn_reason',
      'publication_version.content',
      'publication_version.created_at as version_at',
      'publication_version.correction',
    ])
    .where('publication.workspace_id', '=', workspaceId)
    .where('publication.status', 'in', ['published', 'withdrawn'])
    .orderBy('publication.published_at', 'desc')
    .orderBy('publication.id', 'desc')
    .execute();
  const ids = rows.map((r) => r.id);
  const corrections = ids.length
    ? await store.db
        .selectFrom('publication_version')
        .select(['publication_id', 'note', 'created_at'])
        .where('publication_id', 'in', ids)
        .where('correction', '=', 1)
        .orderBy('version')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    status: r.status as 'published' | 'withdrawn',
    publishedAt: r.published_at as string,
    withdrawnAt: r.withdrawn_at,
    withdrawnReason: r.withdrawn_reason,
    content: JSON.parse(r.content) as MaterialContent,
    updatedAt: r.correction ? r.version_at : (r.published_at as string),
    corrections: corrections
      .filter((c) => c.publication_id === r.id)
      .map((c) => ({ at: c.created_at, note: c.note })),
  }));
}

// --- evidence -------------------------------------------------------------------------------------

/** Quotes the analysis found in these articles, with their speakers, in the articles' order. */
export async function quotesOfArticles(
  store: Executor,
  articleIds: number[],
): Promise<{ articleId: number; quotes: string }[]> {
  if (articleIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('article_analysis')
    .select(['article_id', 'quotes'])
    .where('article_id', 'in', articleIds)
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, quotes: r.quotes }));
}

/** The crisis detector's newest word on an issue, if it said anything. */
export async function crisisOfIssue(
  store: Executor,
  workspaceId: number,
  issueId: number,
): Promise<{ level: string; reason: string } | null> {
  const r = await store.db
    .selectFrom('alert')
    .select(['level', 'reason'])
    .where('workspace_id', '=', workspaceId)
    .where('scope_type', '=', 'issue')
    .where('scope_id', '=', String(issueId))
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ?? null;
}

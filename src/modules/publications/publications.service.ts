// Use cases for SOP B's publication materials: draft one from a crisis-indicated issue (the evidence
// frozen, the press release drafted from it, its SOP B case started), read it, and write in it at
// one's own step of the case (every save a new version; a save over a colleague's newer version is
// refused). Publishing, corrections and withdrawal are in publish.service.ts.
import { PantauError } from '../../domain/errors.ts';
import { formatDate } from '../../domain/time.ts';
import { roleIn } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { type MaterialContent, type PublicClass, slugOf, unfilledBlanks } from '../../publish/material.ts';
import { draftRelease, type Evidence } from '../../publish/release-draft.ts';
import { plainText } from '../../report/rich-text.ts';
import { recordChange } from '../audit/audit.service.ts';
import { type CaseView, caseSummaries, getCase, startCase } from '../sop-cases/sop-cases.service.ts';
import { gatherEvidence } from './evidence.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import {
  archiveRows,
  type DeliveryRow,
  deliveriesOf,
  evidenceOf,
  findPublication,
  insertMaterialVersion,
  insertPublication,
  listPublicationRows,
  type MaterialVersion,
  materialVersions,
  type PickupRow,
  type PublicationRow,
  pickupsOf,
  setPublicationCase,
  slugTaken,
} from './publications.repo.ts';

export type { DeliveryRow, MaterialVersion, PickupRow, PublicationRow } from './publications.repo.ts';

/** The SOP a publication material is routed through. */
export const PUBLICATION_SOP = 'sop-b';
/** SOP B's last step publishes: the one action that does it also closes the case. */
export const PUBLISH_STEP = 6;

export interface PublicationView extends PublicationRow {
  title: string;
  current: MaterialVersion;
  /** Every version, newest first (the web app diffs any two). */
  versions: MaterialVersion[];
  evidence: Evidence;
  case: CaseView | null;
  /** The reader is at the case's current step and may write in the material. */
  editable: boolean;
  /** The reader may publish it now: the case waits for them at the publication step. */
  publishable: boolean;
  /** Template blanks still in the text; a release with any is not published. */
  blanks: string[];
  deliveries: DeliveryRow[];
  pickups: PickupRow[];
  newsroomPath: string | null;
}

function placeOf(ws: Workspace): string {
  return ws.region.replace(/^(Kota|Kabupaten|Kab\.|Provinsi)\s+/i, '').trim() || ws.name;
}

async function freeSlug(ctx: Ctx, wsId: number, title: string, at: Date): Promise<string> {
  const base = `${at.toISOString().slice(0, 10)}-${slugOf(title)}`;
  if (!(await slugTaken(ctx, wsId, base))) return base;
  for (let n = 2; n < 1000; n++) {
    const slug = `${base}-${n}`;
    if (!(await slugTaken(ctx, wsId, slug))) return slug;
  }
  throw new PantauError('conflict', 'Alamat siaran pers tidak dapat dibuat — no free address');
}

/** Drafts a press release from a crisis-indicated issue and starts its SOP B case at step 1. */
export async function draftPublication(
  ctx: Ctx,
  input: { issueId: number; publicClass?: PublicClass },
): Promise<PublicationView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('draft'), ws.id);
  const evidence = await gatherEvidence(ctx, ws.id, input.issueId);
  const now = ctx.now();
  const content = draftRelease(evidence, {
    government: ws.name,
    place: placeOf(ws),
    dateLabel: formatDate(now, ws.timeZone),
    office: `Bagian Komunikasi ${ws.name}`,
  });
  const slug = await freeSlug(ctx, ws.id, content.title, now);
  const id = await tx(ctx, async (t) => {
    const row = await insertPublication(t, {
      workspaceId: ws.id,
      issueId: evidence.issue?.id ?? null,
      slug,
      publicClass: input.publicClass ?? 'serta_merta',
      evidence,
      createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
      createdByName: editorName(t),
      at: now.toISOString(),
    });
    await insertMaterialVersion(t, {
      publicationId: row.id,
      version: 1,
      content,
      authorId: t.actor.kind === 'user' ? t.actor.userId : null,
      authorName: editorName(t),
      authorRole: roleIn(t.actor, ws.id) ?? 'system',
      step: 0,
      note: 'Draf otomatis dari isu yang dipantau',
      correction: false,
      at: now.toISOString(),
    });
    const sopCase = await startCase(t, {
      sop: PUBLICATION_SOP,
      title: content.title,
      subject: { kind: 'publication', id: row.id },
    });
    await setPublicationCase(t, row.id, sopCase.id);
    await recordChange(t, {
      action: 'publications.draft',
      recordType: 'publication',
      recordId: row.id,
      after: { title: content.title, issueId: evidence.issue?.id ?? null, caseId: sopCase.id, slug },
    });
    return row.id;
  });
  return getPublication(ctx, id);
}

export async function loadPublication(ctx: Ctx, ws: Workspace, id: number): Promise<PublicationRow> {
  const found = await findPublication(ctx, ws.id, id);
  if (!found)
    throw new PantauError('not_found', `Bahan publikasi ${id} tidak ditemukan — publication not found`);
  return found;
}

export async function caseOfPublication(ctx: Ctx, p: PublicationRow): Promise<CaseView | null> {
  return p.caseId === null ? null : getCase(ctx, p.caseId);
}

export const mayWriteAt = (c: CaseView | null) =>
  c !== null &&
  c.status === 'open' &&
  (c.allowedActions.includes('complete') || c.allowedActions.includes('decide'));

export async function getPublication(ctx: Ctx, id: number): Promise<PublicationView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const row = await loadPublication(ctx, ws, id);
  const [versions, evidence, sopCase, deliveries, pickups] = await Promise.all([
    materialVersions(ctx, row.id),
    evidenceOf(ctx, row.id),
    caseOfPublication(ctx, row),
    deliveriesOf(ctx, row.id),
    pickupsOf(ctx, row.id),
  ]);
  const current = versions[0];
  const writer = mayWriteAt(sopCase) && roleIn(ctx.actor, ws.id) !== 'viewer';
  return {
    ...row,
    title: current.content.title,
    current,
    versions,
    evidence,
    case: sopCase,
    editable: writer && row.status === 'draft',
    publishable: writer && row.status === 'draft' && sopCase?.step.no === PUBLISH_STEP,
    blanks: unfilledBlanks(current.content),
    deliveries,
    pickups,
    newsroomPath: row.status === 'draft' ? null : `/newsroom/${row.slug}`,
  };
}

export async function listPublications(ctx: Ctx, q: { limit?: number; before?: number } = {}) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const rows = await listPublicationRows(ctx, ws.id, Math.min(Math.max(q.limit ?? 50, 1), 200), q.before);
  const cases = await caseSummaries(
    ctx,
    rows.flatMap((r) => (r.caseId === null ? [] : [r.caseId])),
  );
  return rows.map((r) => {
    const c = r.caseId === null ? undefined : cases.get(r.caseId);
    return {
      ...r,
      caseStatus: c?.status ?? null,
      step: c?.step ?? null,
      stepActivity: c?.activity ?? null,
      late: c?.late ?? false,
    };
  });
}

export function checkContent(c: MaterialContent): void {
  if (!c.title.trim()) throw new PantauError('validation', 'Judul siaran pers kosong — the title is empty');
  if (plainText(c.body).length > 60_000)
    throw new PantauError('too_large', 'Isi siaran pers terlalu panjang — the release is too long');
}

/** Saves the material as its next version, by whoever the case has at its current step. */
export async function saveMaterial(
  ctx: Ctx,
  id: number,
  input: { content: MaterialContent; baseVersion: number; note?: string },
): Promise<MaterialVersion> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('write'), ws.id);
  const row = await loadPublication(ctx, ws, id);
  if (row.status !== 'draft')
    throw new PantauError(
      'conflict',
      'Siaran pers yang sudah terbit diubah lewat ralat — a published release is changed by a correction',
    );
  const sopCase = await caseOfPublication(ctx, row);
  if (!mayWriteAt(sopCase))
    throw new PantauError(
      'forbidden',
      sopCase?.status === 'open'
        ? `Bahan ini sedang di langkah ${sopCase.step.no} (${sopCase.step.executorTitle}); hanya pelaksana langkah itu yang dapat mengubahnya — only the current step's executor may edit`
        : 'Bahan yang kasusnya selesai atau dibatalkan tidak dapat diubah — a finished material cannot be edited',
    );
  checkContent(input.content);
  return tx(ctx, async (t) => {
    const [current] = await materialVersions(t, row.id);
    if (current.version !== input.baseVersion)
      throw new PantauError(
        'conflict',
        `${current.authorName} menyimpan versi ${current.version} setelah Anda membukanya — reload and apply your change to the newest version`,
      );
    const saved = await insertMaterialVersion(t, {
      publicationId: row.id,
      version: current.version + 1,
      content: input.content,
      authorId: t.actor.kind === 'user' ? t.actor.userId : null,
      authorName: editorName(t),
      authorRole: roleIn(t.actor, ws.id) ?? 'system',
      step: sopCase?.step.no ?? 0,
      note: (input.note ?? '').trim().slice(0, 500),
      correction: false,
      at: t.now().toISOString(),
    });
    if (!saved)
      throw new PantauError(
        'conflict',
        'Bahan ini baru saja disimpan orang lain — someone saved it first; reload',
      );
    await recordChange(t, {
      action: 'publications.save',
      recordType: 'publication',
      recordId: row.id,
      before: { version: current.version },
      after: { version: saved.version, step: saved.step },
    });
    return saved;
  });
}

export interface ArchivedPublication {
  id: number;
  title: string;
  status: PublicationRow['status'];
  publicClass: string;
  /** When it was published, else drafted. */
  at: string;
  slug: string;
}

/** Materials whose text holds every word of `q` (all when empty), of one public class if asked. */
export async function archivedPublications(
  ctx: Ctx,
  q: { q?: string; publicClass?: string },
): Promise<ArchivedPublication[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const words = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (await archiveRows(ctx, ws.id))
    .filter((r) => !q.publicClass || r.publicClass === q.publicClass)
    .filter((r) => {
      if (!words.length) return true;
      const text = `${r.content.title}\n${r.content.lead}\n${plainText(r.content.body)}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((r) => ({
      id: r.id,
      title: r.content.title,
      status: r.status,
      publicClass: r.publicClass,
      at: r.publishedAt ?? r.createdAt,
      slug: r.slug,
    }));
}

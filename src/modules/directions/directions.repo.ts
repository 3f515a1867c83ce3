// Directions, the agencies they reached, their timeline and evidence files. A recipient's status
// moves only through `moveRecipient`, which writes nothing unless the row is still where the caller
// read it, and a direction closes once.
import type { Selectable } from 'kysely';
import type { DirectionAsk, DirectionNature, RecipientStatus } from '../../domain/direction.ts';
import type { DirectionEventTable, DirectionTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import type { Evidence } from './evidence.ts';

export interface DirectionRow {
  id: number;
  workspaceId: number;
  caseId: number | null;
  reportId: number | null;
  number: string;
  nature: DirectionNature;
  subject: string;
  instruction: string;
  asks: DirectionAsk[];
  givenByName: string;
  givenAt: string;
  dueAt: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedByName: string | null;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
}

export interface LinkRow {
  directionId: number;
  kind: 'issue' | 'article';
  refId: number;
  label: string;
}

export interface RecipientRow {
  id: number;
  directionId: number;
  agencyId: number;
  agencyName: string;
  agencyShortName: string;
  parentId: number | null;
  status: RecipientStatus;
  readAt: string | null;
  doneAt: string | null;
  agendaNo: string | null;
  createdAt: string;
}

export interface EventRow {
  id: number;
  directionId: number;
  recipientId: number | null;
  action: string;
  note: string;
  evidence: Evidence[];
  actorId: number | null;
  actorName: string;
  actorRole: string;
  at: string;
}

export interface FileRow {
  id: number;
  directionId: number;
  recipientId: number;
  name: string;
  mediaType: string;
  size: number;
  bytes: Buffer;
}

export const toDirection = (r: Selectable<DirectionTable>): DirectionRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  caseId: r.case_id,
  reportId: r.report_id,
  number: r.number,
  nature: r.nature,
  subject: r.subject,
  instruction: r.instruction,
  asks: JSON.parse(r.asks) as DirectionAsk[],
  givenByName: r.given_by_name,
  givenAt: r.given_at,
  dueAt: r.due_at,
  status: r.status,
  closedAt: r.closed_at,
  closedByName: r.closed_by_name,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

const toEvent = (r: Selectable<DirectionEventTable>): EventRow => ({
  id: r.id,
  directionId: r.direction_id,
  recipientId: r.recipient_id,
  action: r.action,
  note: r.note,
  evidence: JSON.parse(r.evidence) as Evidence[],
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  at: r.at,
});

export async function insertDirection(
  store: Executor,
  d: Omit<DirectionRow, 'id' | 'status' | 'closedAt' | 'closedByName'>,
): Promise<DirectionRow> {
  const r = await store.db
    .insertInto('direction')
    .values({
      workspace_id: d.workspaceId,
      case_id: d.caseId,
      report_id: d.reportId,
      number: d.number,
      nature: d.nature,
      subject: d.subject,
      instruction: d.instruction,
      asks: JSON.stringify(d.asks),
      given_by_name: d.givenByName,
      given_at: d.givenAt,
      due_at: d.dueAt,
      status: 'open',
      created_by: d.createdBy,
      created_by_name: d.createdByName,
      created_at: d.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDirection(r);
}

export async function insertLinks(store: Executor, links: LinkRow[]): Promise<void> {
  if (links.length === 0) return;
  await store.db
    .insertInto('direction_link')
    .values(
      links.map((l) => ({ direction_id: l.directionId, kind: l.kind, ref_id: l.refId, label: l.label })),
    )
    .execute();
}

export async function insertRecipient(
  store: Executor,
  r: { directionId: number; workspaceId: number; agencyId: number; parentId: number | null; at: string },
): Promise<number> {
  const row = await store.db
    .insertInto('direction_recipient')
    .values({
      direction_id: r.directionId,
      workspace_id: r.workspaceId,
      agency_id: r.agencyId,
      parent_recipient_id: r.parentId,
      status: 'sent',
      created_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEvent(store: Executor, e: Omit<EventRow, 'id'>): Promise<void> {
  await store.db
    .insertInto('direction_event')
    .values({
      direction_id: e.directionId,
      recipient_id: e.recipientId,
      action: e.action,
      note: e.note,
      evidence: JSON.stringify(e.evidence),
      actor_id: e.actorId,
      actor_name: e.actorName,
      actor_role: e.actorRole,
      at: e.at,
    })
    .execute();
}

export async function insertFile(
  store: Executor,
  f: { directionId: number; recipientId: number; name: string; mediaType: string; bytes: Buffer; at: string },
): Promise<number> {
  const row = await store.db
    .insertInto('direction_file')
    .values({
      direction_id: f.directionId,
      recipient_id: f.recipientId,
      name: f.name,
      media_type: f.mediaType,
      bytes: f.bytes,
      size: f.bytes.length,
      created_at: f.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findDirection(
  store: Executor,
  workspaceId: number,
  id: number,
): Promise<DirectionRow | null> {
  const r = await store.db
    .selectFrom('direction')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toDirection(r) : null;
}

export async function listLinks(store: Executor, directionId: number): Promise<LinkRow[]> {
  const rows = await store.db
    .selectFrom('direction_link')
    .selectAll()
    .where('direction_id', '=', directionId)
    .orderBy('kind')
    .orderBy('ref_id')
    .execute();
  return rows.map((r) => ({ directionId: r.direction_id, kind: r.kind, refId: r.ref_id, label: r.label }));
}

export async function listRecipients(store: Executor, directionIds: number[]): Promise<RecipientRow[]> {
  if (directionIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('direction_recipient as r')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .selectAll('r')
    .select(['a.name as agency_name', 'a.short_name as agency_short_name'])
    .where('r.direction_id', 'in', directionIds)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    directionId: r.direction_id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    agencyShortName: r.agency_short_name,
    parentId: r.parent_recipient_id,
    status: r.status,
    readAt: r.read_at,
    doneAt: r.done_at,
    agendaNo: r.agenda_no,
    createdAt: r.created_at,
  }));
}

export async function listEvents(store: Executor, directionId: number): Promise<EventRow[]> {
  const rows = await store.db
    .selectFrom('direction_event')
    .selectAll()
    .where('direction_id', '=', directionId)
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

export async function findFile(
  store: Executor,
  directionId: number,
  fileId: number,
): Promise<FileRow | null> {
  const r = await store.db
    .selectFrom('direction_file')
    .selectAll()
    .where('direction_id', '=', directionId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        directionId: r.direction_id,
        recipientId: r.recipient_id,
        name: r.name,
        mediaType: r.media_type,
        size: r.size,
        bytes: Buffer.from(r.bytes),
      }
    : null;
}

/** Moves a recipient on if it is still at `from`; false when someone else moved it first. */
export async function moveRecipient(
  store: Executor,
  id: number,
  from: RecipientStatus,
  to: { status: RecipientStatus; readAt?: string; doneAt?: string; agendaNo?: string },
): Promise<boolean> {
  const r = await store.db
    .updateTable('direction_recipient')
    .set({
      status: to.status,
      ...(to.readAt !== undefined ? { read_at: to.readAt } : {}),
      ...(to.doneAt !== undefined ? { done_at: to.doneAt } : {}),
      ...(to.agendaNo !== undefined ? { agenda_no: to.agendaNo } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function closeDirectionRow(
  store: Executor,
  id: number,
  at: string,
  byName: string,
): Promise<boolean> {
  const r = await store.db
    .updateTable('direction')
    .set({ status: 'closed', closed_at: at, closed_by_name: byName })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// How a direction looks to whoever asks: the office sees every agency it reached; an agency officer
// sees their own agency's row and the rows they forwarded it on to, with the timeline of those rows
// only — and a direction that never reached their agency does not exist for them.
import { isOverdue, type RecipientStatus } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { agencyIn, roleIn } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import {
  type DirectionRow,
  type EventRow,
  findDirection,
  type LinkRow,
  listEvents,
  listLinks,
  listRecipients,
  type RecipientRow,
} from './directions.repo.ts';
import type { Evidence } from './evidence.ts';

export type Viewer = { kind: 'office' } | { kind: 'agency'; agencyId: number };

export function viewerOf(ctx: Ctx, ws: Workspace): Viewer {
  if (roleIn(ctx.actor, ws.id) !== 'agency_officer') return { kind: 'office' };
  // An officer whose membership names no agency sees nothing (-1 matches no row).
  return { kind: 'agency', agencyId: agencyIn(ctx.actor, ws.id) ?? -1 };
}

export const notFound = (id: number) =>
  new PantauError('not_found', `Arahan ${id} tidak ditemukan — direction not found`);

/** The rows a viewer sees: all for the office; an agency's own rows and the rows it forwarded to. */
export function visibleRecipients(all: RecipientRow[], viewer: Viewer): RecipientRow[] {
  if (viewer.kind === 'office') return all;
  const own = new Set(all.filter((r) => r.agencyId === viewer.agencyId).map((r) => r.id));
  return all.filter((r) => own.has(r.id) || (r.parentId !== null && own.has(r.parentId)));
}

export interface Loaded {
  direction: DirectionRow;
  /** Every recipient row, whoever asks (for rules); show only `visible`. */
  recipients: RecipientRow[];
  visible: RecipientRow[];
}

/** The direction as the viewer may see it, or "not found" (another workspace's, or not addressed to them). */
export async function loadDirection(ctx: Ctx, ws: Workspace, id: number, viewer: Viewer): Promise<Loaded> {
  const direction = await findDirection(ctx, ws.id, id);
  if (!direction) throw notFound(id);
  const recipients = await listRecipients(ctx, [direction.id]);
  const visible = visibleRecipients(recipients, viewer);
  if (viewer.kind === 'agency' && !recipients.some((r) => r.agencyId === viewer.agencyId)) throw notFound(id);
  return { direction, recipients, visible };
}

export interface RecipientView {
  id: number;
  agencyId: number;
  agencyName: string;
  agencyShortName: string;
  parentId: number | null;
  depth: number;
  status: RecipientStatus;
  overdue: boolean;
  readAt: string | null;
  doneAt: string | null;
  agendaNo: string | null;
  createdAt: string;
  mine: boolean;
}

/** The visible rows in reading order: each row followed by the rows it forwarded to. */
export function recipientTree(
  direction: DirectionRow,
  all: RecipientRow[],
  visible: RecipientRow[],
  viewer: Viewer,
  now: Date,
): RecipientView[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  const depthOf = (r: RecipientRow): number => {
    let depth = 0;
    for (let p = r.parentId; p !== null && depth < all.length; depth++) p = byId.get(p)?.parentId ?? null;
    return depth;
  };
  const shown = new Set(visible.map((r) => r.id));
  const out: RecipientView[] = [];
  const walk = (r: RecipientRow) => {
    out.push({
      id: r.id,
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      agencyShortName: r.agencyShortName,
      parentId: r.parentId,
      depth: depthOf(r),
      status: r.status,
      overdue: isOverdue(r, direction, now),
      readAt: r.readAt,
      doneAt: r.doneAt,
      agendaNo: r.agendaNo,
      createdAt: r.createdAt,
      mine: viewer.kind === 'agency' && r.agencyId === viewer.agencyId,
    });
    for (const child of visible) if (child.parentId === r.id) walk(child);
  };
  for (const r of visible) if (r.parentId === null || !shown.has(r.parentId)) walk(r);
  return out;
}

export interface DirectionListItem {
  id: number;
  number: string;
  nature: DirectionRow['nature'];
  subject: string;
  givenByName: string;
  givenAt: string;
  dueAt: string;
  status: DirectionRow['status'];
  overdue: boolean;
  closedAt: string | null;
  createdAt: string;
  recipients: RecipientView[];
}

export function listItemOf(
  d: DirectionRow,
  all: RecipientRow[],
  viewer: Viewer,
  now: Date,
): DirectionListItem {
  const recipients = recipientTree(d, all, visibleRecipients(all, viewer), viewer, now);
  return {
    id: d.id,
    number: d.number,
    nature: d.nature,
    subject: d.subject,
    givenByName: d.givenByName,
    givenAt: d.givenAt,
    dueAt: d.dueAt,
    status: d.status,
    overdue: recipients.some((r) => r.overdue),
    closedAt: d.closedAt,
    createdAt: d.createdAt,
    recipients,
  };
}

export interface DirectionEventView {
  id: number;
  recipientId: number | null;
  agencyShortName: string | null;
  action: EventRow['action'];
  note: string;
  evidence: Evidence[];
  actorName: string;
  actorRole: string;
  at: string;
}

export interface DirectionView extends DirectionListItem {
  instruction: string;
  asks: DirectionRow['asks'];
  caseId: number | null;
  reportId: number | null;
  closedByName: string | null;
  createdByName: string;
  links: { kind: LinkRow['kind']; id: number; label: string }[];
  events: DirectionEventView[];
  /** The agencies the viewer may forward it to (an officer whose row is not done yet). */
  forwardTo: { id: number; shortName: string; name: string }[];
}

export async function directionView(
  ctx: Ctx,
  loaded: Loaded,
  viewer: Viewer,
): Promise<Omit<DirectionView, 'forwardTo'>> {
  const d = loaded.direction;
  const shown = new Map(loaded.visible.map((r) => [r.id, r]));
  const events = (await listEvents(ctx, d.id))
    .filter((e) => e.recipientId === null || shown.has(e.recipientId))
    .map((e) => ({
      id: e.id,
      recipientId: e.recipientId,
      agencyShortName: e.recipientId === null ? null : (shown.get(e.recipientId)?.agencyShortName ?? null),
      action: e.action,
      note: e.note,
      evidence: e.evidence,
      actorName: e.actorName,
      actorRole: e.actorRole,
      at: e.at,
    }));
  return {
    ...listItemOf(d, loaded.recipients, viewer, ctx.now()),
    instruction: d.instruction,
    asks: d.asks,
    caseId: d.caseId,
    reportId: d.reportId,
    closedByName: d.closedByName,
    createdByName: d.createdByName,
    links: (await listLinks(ctx, d.id)).map((l) => ({ kind: l.kind, id: l.refId, label: l.label })),
    events,
  };
}

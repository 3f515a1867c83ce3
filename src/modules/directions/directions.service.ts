// Use cases for the leader's directions (SOP A step 7): give one and dispatch it to agencies, list and
// read them as the office or as an agency, the office's per-agency summary, and evidence downloads.
// Following a direction up (agency actions, answers, reminders, closing) is in follow-up.service.ts.
import type { Agency } from '../../domain/agency.ts';
import {
  DEFAULT_ASKS,
  type DirectionAsk,
  type DirectionNature,
  leaderTitleOf,
} from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { wallClock, zonedTimeToUtc } from '../../domain/time.ts';
import { roleIn, SYSTEM_ACTOR } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { listAgencies } from '../agencies/agencies.service.ts';
import { getArticle } from '../articles/search.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { resolveIssue } from '../issues/issues.service.ts';
import { getReport } from '../reports/reports.service.ts';
import { getCase } from '../sop-cases/sop-cases.service.ts';
import {
  type AgencyCounts,
  countDirectionsSince,
  countsPerAgency,
  directionIdsLinkedTo,
  listDirectionRows,
} from './direction-lists.repo.ts';
import { noticeDirectionSent } from './direction-notices.service.ts';
import {
  type DirectionListItem,
  type DirectionView,
  directionView,
  type Loaded,
  listItemOf,
  loadDirection,
  type Viewer,
  viewerOf,
} from './direction-view.ts';
import { directionsPolicy } from './directions.policy.ts';
import {
  findFile,
  insertDirection,
  insertEvent,
  insertLinks,
  insertRecipient,
  type LinkRow,
  listRecipients,
} from './directions.repo.ts';

export type { DirectionListItem, DirectionView } from './direction-view.ts';

/** A referenced record that is not there is bad input of this request, not a missing direction. */
async function mustExist<T>(find: () => Promise<T>): Promise<T> {
  try {
    return await find();
  } catch (e) {
    if (e instanceof PantauError && e.code === 'not_found') throw new PantauError('validation', e.message);
    throw e;
  }
}

/**
 * The whole agency registry of the workspace. Read as the system: an agency officer's own view of
 * the registry is their agency alone, yet forwarding a direction means choosing among all of them.
 */
export async function agencyRegistry(ctx: Ctx): Promise<Agency[]> {
  return listAgencies({ ...ctx, actor: SYSTEM_ACTOR });
}

/** The active agencies of the workspace with these ids, or a clear error naming the first that is not. */
export async function activeAgencies(ctx: Ctx, ids: number[]): Promise<Agency[]> {
  const all = new Map((await agencyRegistry(ctx)).map((a) => [a.id, a]));
  return [...new Set(ids)].map((id) => {
    const a = all.get(id);
    if (!a) throw new PantauError('validation', `OPD ${id} tidak ada di workspace ini — no such agency`);
    if (!a.active) throw new PantauError('validation', `${a.shortName} tidak aktif — the agency is inactive`);
    return a;
  });
}

export interface GiveDirectionInput {
  subject: string;
  instruction: string;
  nature?: DirectionNature;
  asks?: DirectionAsk[];
  number?: string;
  givenBy?: string;
  givenAt?: string;
  dueAt: string;
  recipients: number[];
  links?: { kind: 'issue' | 'article'; id: number }[];
  caseId?: number | null;
  reportId?: number | null;
}

async function linksOf(ctx: Ctx, links: { kind: 'issue' | 'article'; id: number }[]) {
  const out = new Map<string, Omit<LinkRow, 'directionId'>>();
  for (const l of links) {
    if (l.kind === 'issue') {
      // A merged issue is linked as the issue it went into.
      const issue = await mustExist(() => resolveIssue(ctx, l.id));
      out.set(`issue:${issue.id}`, { kind: 'issue', refId: issue.id, label: issue.label });
    } else {
      const article = await mustExist(() => getArticle(ctx, l.id));
      out.set(`article:${article.id}`, {
        kind: 'article',
        refId: article.id,
        label: article.title ?? article.url,
      });
    }
  }
  return [...out.values()];
}

/** "007/ARH/2026": the next number of the year in the workspace's zone. */
async function nextNumber(ctx: Ctx, ws: Workspace, givenAt: Date): Promise<string> {
  const { year } = wallClock(givenAt, ws.timeZone);
  const start = zonedTimeToUtc({ year, month: 1, day: 1, hour: 0, minute: 0 }, ws.timeZone);
  const n = (await countDirectionsSince(ctx, ws.id, start.toISOString())) + 1;
  return `${String(n).padStart(3, '0')}/ARH/${year}`;
}

/** Records the leader's direction and dispatches it to each agency (one recipient row each). */
export async function giveDirection(ctx: Ctx, input: GiveDirectionInput): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('give'), ws.id);
  const now = ctx.now();
  const givenAt = input.givenAt ? new Date(input.givenAt) : now;
  const dueAt = new Date(input.dueAt);
  if (Number.isNaN(givenAt.getTime()) || Number.isNaN(dueAt.getTime()))
    throw new PantauError('validation', 'Tanggal tidak valid — invalid date');
  if (givenAt.getTime() > now.getTime() + 60_000)
    throw new PantauError(
      'validation',
      'Arahan belum bisa diberikan di masa depan — givenAt is in the future',
    );
  if (dueAt <= givenAt)
    throw new PantauError(
      'validation',
      'Batas waktu harus sesudah arahan diberikan — dueAt must be after givenAt',
    );
  const agencies = await activeAgencies(ctx, input.recipients);
  const links = await linksOf(ctx, input.links ?? []);
  const sopCase = input.caseId ? await mustExist(() => getCase(ctx, input.caseId as number)) : null;
  const report = input.reportId ? await mustExist(() => getReport(ctx, input.reportId as number)) : null;
  const asks = input.asks?.length ? [...new Set(input.asks)] : DEFAULT_ASKS;
  const created = await tx(ctx, async (t) => {
    const at = t.now().toISOString();
    const d = await insertDirection(t, {
      workspaceId: ws.id,
      caseId: sopCase?.id ?? report?.caseId ?? null,
      reportId: report?.id ?? null,
      number: input.number?.trim() || (await nextNumber(t, ws, givenAt)),
      nature: input.nature ?? 'biasa',
      subject: input.subject.trim(),
      instruction: input.instruction.trim(),
      asks,
      givenByName: input.givenBy?.trim() || leaderTitleOf(ws.region),
      givenAt: givenAt.toISOString(),
      dueAt: dueAt.toISOString(),
      createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
      createdByName: editorName(t),
      createdAt: at,
    });
    await insertLinks(
      t,
      links.map((l) => ({ ...l, directionId: d.id })),
    );
    for (const a of agencies) {
      const recipientId = await insertRecipient(t, {
        directionId: d.id,
        workspaceId: ws.id,
        agencyId: a.id,
        parentId: null,
        at,
      });
      await insertEvent(t, {
        directionId: d.id,
        recipientId,
        action: 'dispatch',
        note: '',
        evidence: [],
        actorId: t.actor.kind === 'user' ? t.actor.userId : null,
        actorName: editorName(t),
        actorRole: roleIn(t.actor, ws.id) ?? 'system',
        at,
      });
    }
    await noticeDirectionSent(
      t,
      ws,
      d,
      agencies.map((a) => a.id),
      'dispatch',
    );
    await recordChange(t, {
      action: 'directions.give',
      recordType: 'direction',
      recordId: d.id,
      after: {
        number: d.number,
        subject: d.subject,
        nature: d.nature,
        dueAt: d.dueAt,
        recipients: agencies.map((a) => a.shortName),
        links: links.map((l) => `${l.kind}:${l.refId}`),
        caseId: d.caseId,
        reportId: d.reportId,
      },
    });
    return d;
  });
  return getDirection(ctx, created.id);
}

export async function getDirection(ctx: Ctx, id: number): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('read'), ws.id);
  const viewer = viewerOf(ctx, ws);
  const loaded = await loadDirection(ctx, ws, id, viewer);
  return {
    ...(await directionView(ctx, loaded, viewer)),
    forwardTo: await forwardTargets(ctx, loaded, viewer),
  };
}

async function forwardTargets(ctx: Ctx, loaded: Loaded, viewer: Viewer): Promise<DirectionView['forwardTo']> {
  if (viewer.kind !== 'agency' || loaded.direction.status !== 'open') return [];
  const own = loaded.recipients.find((r) => r.agencyId === viewer.agencyId);
  if (!own || own.status === 'done') return [];
  const taken = new Set(loaded.recipients.map((r) => r.agencyId));
  return (await agencyRegistry(ctx))
    .filter((a) => a.active && !taken.has(a.id))
    .map((a) => ({ id: a.id, shortName: a.shortName, name: a.name }));
}

export interface DirectionListQuery {
  status?: 'open' | 'closed';
  agency?: number;
  overdue?: boolean;
  limit?: number;
  before?: number;
}

/** Newest first; an agency officer's list holds only the directions their agency received. */
export async function listDirections(ctx: Ctx, q: DirectionListQuery = {}): Promise<DirectionListItem[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('read'), ws.id);
  const viewer = viewerOf(ctx, ws);
  const now = ctx.now();
  const rows = await listDirectionRows(ctx, ws.id, {
    status: q.status,
    agencyId: viewer.kind === 'agency' ? viewer.agencyId : q.agency,
    overdueAt: q.overdue ? now.toISOString() : undefined,
    limit: Math.min(Math.max(q.limit ?? 50, 1), 200),
    beforeId: q.before,
  });
  const recipients = await listRecipients(
    ctx,
    rows.map((d) => d.id),
  );
  return rows.map((d) =>
    listItemOf(
      d,
      recipients.filter((r) => r.directionId === d.id),
      viewer,
      now,
    ),
  );
}

/**
 * Per agency: rows not done of open directions, rows done, and rows past their due time — the
 * agencies most behind first.
 */
export async function directionSummary(ctx: Ctx): Promise<AgencyCounts[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('overview'), ws.id);
  const counts = await countsPerAgency(ctx, ws.id, ctx.now().toISOString());
  return counts.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.open - a.open ||
      a.agencyShortName.localeCompare(b.agencyShortName, 'id', { sensitivity: 'base' }),
  );
}

/** An evidence file, to whoever may see the recipient row it was sent with. */
export async function evidenceFile(ctx: Ctx, id: number, fileId: number) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('read'), ws.id);
  const viewer = viewerOf(ctx, ws);
  const loaded = await loadDirection(ctx, ws, id, viewer);
  const file = await findFile(ctx, loaded.direction.id, fileId);
  if (!file || !loaded.visible.some((r) => r.id === file.recipientId))
    throw new PantauError('not_found', `Berkas ${fileId} tidak ditemukan — file not found`);
  return file;
}

/**
 * The directions that answered these issues, as the next monitoring report tells them: what was
 * asked of which agency and how far each got.
 */
export async function directionsForIssues(ctx: Ctx, issueIds: number[]): Promise<DirectionListItem[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('overview'), ws.id);
  const ids = await directionIdsLinkedTo(ctx, ws.id, 'issue', issueIds);
  const out: DirectionListItem[] = [];
  for (const id of ids) {
    const loaded = await loadDirection(ctx, ws, id, { kind: 'office' });
    out.push(listItemOf(loaded.direction, loaded.recipients, { kind: 'office' }, ctx.now()));
  }
  return out;
}

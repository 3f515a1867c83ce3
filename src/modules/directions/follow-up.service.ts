// Following a direction up: an agency acknowledges it, reports progress, reports it done with
// evidence, asks for clarification or forwards it (a hop, recorded with its parent); the office
// answers clarifications, reminds the agencies not done and closes the direction. Each request is one
// transaction with its timeline rows and exactly one audit row.
import { isOverdue, type RecipientStatus } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { roleIn } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { noticeDirectionSent } from './direction-notices.service.ts';
import { type DirectionView, type Loaded, loadDirection, viewerOf } from './direction-view.ts';
import { directionsPolicy } from './directions.policy.ts';
import {
  closeDirectionRow,
  type EventRow,
  insertEvent,
  insertFile,
  insertRecipient,
  listEvents,
  moveRecipient,
  type RecipientRow,
} from './directions.repo.ts';
import { activeAgencies, getDirection } from './directions.service.ts';
import { type CheckedEvidence, checkEvidence, type Evidence, type EvidenceInput } from './evidence.ts';

export type RecipientAction =
  | { type: 'read'; agendaNo?: string }
  | { type: 'progress'; note: string; evidence?: EvidenceInput[] }
  | { type: 'report'; note: string; evidence: EvidenceInput[] }
  | { type: 'clarify'; question: string }
  | { type: 'forward'; agencyIds: number[]; note?: string };

const STATUS_AFTER: Record<
  Exclude<RecipientAction['type'], 'read'>,
  (s: RecipientStatus) => RecipientStatus
> = {
  progress: () => 'in_progress',
  report: () => 'done',
  clarify: (s) => (s === 'sent' ? 'read' : s),
  // Passing it on is working on it: the forwarding agency still answers for it.
  forward: (s) => (s === 'sent' || s === 'read' ? 'in_progress' : s),
};

function eventOf(t: Ctx, ws: Workspace, directionId: number, recipientId: number | null) {
  return {
    directionId,
    recipientId,
    actorId: t.actor.kind === 'user' ? t.actor.userId : null,
    actorName: editorName(t),
    actorRole: roleIn(t.actor, ws.id) ?? 'system',
    at: t.now().toISOString(),
  };
}

const closedError = () => new PantauError('conflict', 'Arahan ini sudah ditutup — the direction is closed');
const movedError = () =>
  new PantauError(
    'conflict',
    'Status OPD ini baru saja berubah; muat ulang — the row has just changed; reload it',
  );

/** The recipient row the acting officer answers for: their own agency's row, else "not found". */
function ownRow(ctx: Ctx, ws: Workspace, loaded: Loaded, rid: number): RecipientRow {
  const viewer = viewerOf(ctx, ws);
  const row = loaded.recipients.find((r) => r.id === rid);
  // Another agency's row is as invisible as a row that does not exist: acting on it is "not found".
  if (!row || (viewer.kind === 'agency' && row.agencyId !== viewer.agencyId))
    throw new PantauError(
      'not_found',
      `Penerima ${rid} tidak ditemukan pada arahan ini — recipient not found`,
    );
  return row;
}

/** Stores the files of the evidence and returns what the timeline keeps of all of it. */
async function storeEvidence(t: Ctx, row: RecipientRow, checked: CheckedEvidence[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const e of checked) {
    if (e.kind === 'link') {
      out.push(e);
      continue;
    }
    const fileId = await insertFile(t, {
      directionId: row.directionId,
      recipientId: row.id,
      name: e.name,
      mediaType: e.mediaType,
      bytes: e.bytes,
      at: t.now().toISOString(),
    });
    out.push({ kind: 'file', fileId, name: e.name, mediaType: e.mediaType, size: e.bytes.length });
  }
  return out;
}

/** An agency officer's action on their agency's row of a direction. */
export async function actOnRecipient(
  ctx: Ctx,
  id: number,
  rid: number,
  action: RecipientAction,
): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('respond'), ws.id);
  // Checked before the transaction, so a bad link or file is refused before anything is written.
  const checked =
    action.type === 'progress' || action.type === 'report' ? checkEvidence(action.evidence ?? []) : [];
  const forwardTo = action.type === 'forward' ? await activeAgencies(ctx, action.agencyIds) : [];
  await tx(ctx, async (t) => {
    const loaded = await loadDirection(t, ws, id, viewerOf(t, ws));
    const row = ownRow(t, ws, loaded, rid);
    if (loaded.direction.status === 'closed') throw closedError();
    const now = t.now().toISOString();
    if (action.type === 'read') {
      // Acknowledging twice changes nothing (and is not audited twice).
      if (row.status !== 'sent') return;
      if (
        !(await moveRecipient(t, row.id, 'sent', { status: 'read', readAt: now, agendaNo: action.agendaNo }))
      )
        throw movedError();
      await insertEvent(t, {
        ...eventOf(t, ws, row.directionId, row.id),
        action: 'read',
        note: action.agendaNo ? `No. agenda ${action.agendaNo}` : '',
        evidence: [],
      });
      await recordChange(t, {
        action: 'directions.read',
        recordType: 'direction_recipient',
        recordId: row.id,
        before: { status: row.status },
        after: { status: 'read', agendaNo: action.agendaNo ?? null },
      });
      return;
    }
    if (row.status === 'done')
      throw new PantauError(
        'conflict',
        'OPD ini sudah melaporkan selesai — this agency has reported it done',
      );
    const status = STATUS_AFTER[action.type](row.status);
    if (status !== row.status || !row.readAt) {
      const moved = await moveRecipient(t, row.id, row.status, {
        status,
        ...(row.readAt ? {} : { readAt: now }),
        ...(status === 'done' ? { doneAt: now } : {}),
      });
      if (!moved) throw movedError();
    }
    let evidence: Evidence[] = [];
    let forwarded: string[] = [];
    if (action.type === 'forward') {
      for (const a of forwardTo) {
        if (loaded.recipients.some((r) => r.agencyId === a.id))
          throw new PantauError('conflict', `${a.shortName} sudah menerima arahan ini — already a recipient`);
        const child = await insertRecipient(t, {
          directionId: row.directionId,
          workspaceId: ws.id,
          agencyId: a.id,
          parentId: row.id,
          at: now,
        });
        await insertEvent(t, {
          ...eventOf(t, ws, row.directionId, child),
          action: 'forward',
          note: action.note?.trim() ?? '',
          evidence: [],
        });
      }
      forwarded = forwardTo.map((a) => a.shortName);
      await noticeDirectionSent(
        t,
        ws,
        loaded.direction,
        forwardTo.map((a) => a.id),
        'forward',
        row.agencyShortName,
      );
    } else {
      if (action.type === 'progress' || action.type === 'report')
        evidence = await storeEvidence(t, row, checked);
      await insertEvent(t, {
        ...eventOf(t, ws, row.directionId, row.id),
        action: action.type,
        note: action.type === 'clarify' ? action.question.trim() : action.note.trim(),
        evidence,
      });
    }
    await recordChange(t, {
      action: `directions.${action.type}`,
      recordType: 'direction_recipient',
      recordId: row.id,
      before: { status: row.status },
      after: {
        status,
        ...(action.type === 'clarify' ? { question: action.question.trim() } : {}),
        ...(action.type === 'progress' || action.type === 'report' ? { note: action.note.trim() } : {}),
        ...(evidence.length
          ? { evidence: evidence.map((e) => (e.kind === 'link' ? e.url : `${e.name} (${e.size} B)`)) }
          : {}),
        ...(forwarded.length ? { forwardedTo: forwarded } : {}),
      },
    });
  });
  return getDirection(ctx, id);
}

/** A clarification still waiting: asked after the last answer given on the same row. */
function waitingQuestion(events: EventRow[], rid: number): EventRow | null {
  let question: EventRow | null = null;
  for (const e of events) {
    if (e.recipientId !== rid) continue;
    if (e.action === 'clarify') question = e;
    if (e.action === 'answer') question = null;
  }
  return question;
}

async function officeLoad(t: Ctx, ws: Workspace, id: number): Promise<Loaded> {
  const loaded = await loadDirection(t, ws, id, { kind: 'office' });
  if (loaded.direction.status === 'closed') throw closedError();
  return loaded;
}

/** The office answers an agency's clarification. */
export async function answerClarification(
  ctx: Ctx,
  id: number,
  input: { recipientId: number; answer: string },
): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('follow_up'), ws.id);
  await tx(ctx, async (t) => {
    const loaded = await officeLoad(t, ws, id);
    const row = loaded.recipients.find((r) => r.id === input.recipientId);
    if (!row)
      throw new PantauError(
        'not_found',
        `Penerima ${input.recipientId} tidak ditemukan — recipient not found`,
      );
    const question = waitingQuestion(await listEvents(t, id), row.id);
    if (!question)
      throw new PantauError(
        'conflict',
        `${row.agencyShortName} tidak sedang menunggu penjelasan — no clarification is waiting`,
      );
    await insertEvent(t, {
      ...eventOf(t, ws, id, row.id),
      action: 'answer',
      note: input.answer.trim(),
      evidence: [],
    });
    await recordChange(t, {
      action: 'directions.answer',
      recordType: 'direction_recipient',
      recordId: row.id,
      after: { question: question.note, answer: input.answer.trim() },
    });
  });
  return getDirection(ctx, id);
}

/** The office reminds every agency not done yet (one timeline row each, one audit row in all). */
export async function remindRecipients(
  ctx: Ctx,
  id: number,
  input: { note?: string },
): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('follow_up'), ws.id);
  await tx(ctx, async (t) => {
    const loaded = await officeLoad(t, ws, id);
    const waiting = loaded.recipients.filter((r) => r.status !== 'done');
    if (waiting.length === 0)
      throw new PantauError('conflict', 'Semua OPD sudah selesai — every agency is done');
    const now = t.now();
    for (const r of waiting) {
      const late = isOverdue(r, loaded.direction, now);
      await insertEvent(t, {
        ...eventOf(t, ws, id, r.id),
        action: 'remind',
        note: input.note?.trim() || (late ? 'Batas waktu sudah lewat' : ''),
        evidence: [],
      });
    }
    await recordChange(t, {
      action: 'directions.remind',
      recordType: 'direction',
      recordId: id,
      after: { reminded: waiting.map((r) => r.agencyShortName), note: input.note?.trim() ?? '' },
    });
  });
  return getDirection(ctx, id);
}

/** The office closes the direction: when every agency is done, or with a note saying why not. */
export async function closeDirection(ctx: Ctx, id: number, input: { note?: string }): Promise<DirectionView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('follow_up'), ws.id);
  const note = input.note?.trim() ?? '';
  await tx(ctx, async (t) => {
    const loaded = await officeLoad(t, ws, id);
    const waiting = loaded.recipients.filter((r) => r.status !== 'done').map((r) => r.agencyShortName);
    if (waiting.length && !note)
      throw new PantauError(
        'validation',
        `Belum selesai: ${waiting.join(', ')}; tulis alasan menutup arahan — give a reason to close it unfinished`,
      );
    if (!(await closeDirectionRow(t, id, t.now().toISOString(), editorName(t)))) throw closedError();
    await insertEvent(t, { ...eventOf(t, ws, id, null), action: 'close', note, evidence: [] });
    await recordChange(t, {
      action: 'directions.close',
      recordType: 'direction',
      recordId: id,
      before: { status: 'open' },
      after: { status: 'closed', note, unfinished: waiting },
    });
  });
  return getDirection(ctx, id);
}

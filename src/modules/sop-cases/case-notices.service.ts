// Who is told when a case moves, and in which words: everyone who must now act on it (the
// assignee, else every holder of the step's role), the person who must redo a returned step, the
// colleague a step is handed to, and on lateness the holder and the next role up. Written in the
// transaction of the move itself; the acting person is never told of their own action.
import { formatDateTime } from '../../domain/time.ts';
import { ROLE_LABELS, type Role } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { type SopDefinition, stepByNo, stepRole } from '../../sop/definition.ts';
import type { CaseState } from '../../sop/engine.ts';
import type { TimeNotice } from '../../sop/time-standard.ts';
import { type NoticeKind, notifyPeople } from '../inbox-notices/notices.service.ts';
import { peopleWithAccess } from '../users/users.service.ts';
import { listCaseEvents } from './sop-cases.repo.ts';

interface CaseRef {
  id: number;
  title: string;
}

async function holdersOf(t: Ctx, ws: Workspace, role: string): Promise<number[]> {
  return (await peopleWithAccess(t, ws.id)).filter((p) => p.role === role).map((p) => p.id);
}

function stepLine(def: SopDefinition, stepNo: number, dueAt: string, ws: Workspace): string {
  const step = stepByNo(def, stepNo);
  const activity = (step?.activity ?? '').replace(/[.\s]+$/, '');
  return `langkah ${stepNo} ${activity}, batas ${formatDateTime(dueAt, ws.timeZone)}`;
}

async function tell(
  t: Ctx,
  ws: Workspace,
  c: CaseRef,
  userIds: number[],
  kind: NoticeKind,
  lead: string,
  line: string,
  note?: string,
): Promise<void> {
  await notifyPeople(t, {
    workspaceId: ws.id,
    userIds,
    kind,
    title: `${lead}: ${c.title}`,
    body: `${lead}: ${c.title} — ${line}${note ? `. Catatan: ${note}` : ''}`,
    link: `/kasus/${c.id}`,
    caseId: c.id,
  });
}

/** A case started, or moved to a step: everyone who must act on it now. */
export async function noticeWaiting(
  t: Ctx,
  ws: Workspace,
  c: CaseRef,
  def: SopDefinition,
  state: Pick<CaseState, 'step' | 'assigneeId'>,
  dueAt: string,
): Promise<void> {
  const step = stepByNo(def, state.step);
  if (!step) return;
  const to = state.assigneeId !== null ? [state.assigneeId] : await holdersOf(t, ws, stepRole(def, step));
  await tell(t, ws, c, to, 'waiting', 'Menunggu Anda', stepLine(def, state.step, dueAt, ws));
}

/** A move by a person: whoever must act next, in the words of the action that moved it. */
export async function noticeMove(
  t: Ctx,
  ws: Workspace,
  c: CaseRef,
  def: SopDefinition,
  move: { action: string; state: CaseState; newVisit: boolean; dueAt: string; note: string },
): Promise<void> {
  const { state } = move;
  if (state.status !== 'open') return;
  const line = stepLine(def, state.step, move.dueAt, ws);
  if (move.action === 'hand_over' && state.assigneeId !== null) {
    await tell(t, ws, c, [state.assigneeId], 'handed_over', 'Diserahkan kepada Anda', line, move.note);
    return;
  }
  if (move.action === 'return') {
    await tell(
      t,
      ws,
      c,
      await redoers(t, ws, c, def, state.step),
      'returned',
      'Dikembalikan untuk perbaikan',
      line,
      move.note,
    );
    return;
  }
  if (move.newVisit) await noticeWaiting(t, ws, c, def, state, move.dueAt);
}

/**
 * Who redoes a returned step: the person who last finished it, while they still hold its role;
 * otherwise everyone who does.
 */
async function redoers(
  t: Ctx,
  ws: Workspace,
  c: CaseRef,
  def: SopDefinition,
  stepNo: number,
): Promise<number[]> {
  const step = stepByNo(def, stepNo);
  if (!step) return [];
  const role = stepRole(def, step);
  const holders = await holdersOf(t, ws, role);
  const done = (await listCaseEvents(t, c.id)).filter(
    (e) => e.fromStep === stepNo && (e.action === 'complete' || e.action === 'decide') && e.actorId !== null,
  );
  const last = done.at(-1)?.actorId ?? null;
  return last !== null && holders.includes(last) ? [last] : holders;
}

const TIME_LEADS: Record<TimeNotice, string> = {
  reminder: 'Pengingat',
  overdue: 'Terlambat',
  escalation: 'Eskalasi',
};

/** The time check's reminder, overdue notice or escalation: the step's holder, and the next role up. */
export async function noticeTime(
  t: Ctx,
  ws: Workspace,
  c: CaseRef & { step: number; assigneeId: number | null; dueAt: string },
  def: SopDefinition,
  notice: TimeNotice,
  escalateTo: Role | null,
): Promise<void> {
  const step = stepByNo(def, c.step);
  if (!step) return;
  const holders = c.assigneeId !== null ? [c.assigneeId] : await holdersOf(t, ws, stepRole(def, step));
  const line = stepLine(def, c.step, c.dueAt, ws);
  const lead = TIME_LEADS[notice];
  if (notice !== 'escalation') {
    await tell(t, ws, c, holders, notice, lead, line);
    return;
  }
  const up = escalateTo ? await holdersOf(t, ws, escalateTo) : [];
  const note = escalateTo
    ? `diteruskan kepada ${ROLE_LABELS[escalateTo].id} untuk ditindaklanjuti`
    : 'tidak ada pelaksana di atas langkah ini';
  await tell(t, ws, c, [...holders, ...up], 'escalation', lead, line, note);
}

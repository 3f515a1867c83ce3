// Use cases for SOP cases: start one on the newest version of an SOP, act on its current step (the
// engine decides what is allowed), read it with its history and its clock, and the inbox of what
// waits for me. Every move is one transaction with its history row and its audit row.
import { PantauError } from '../../domain/errors.ts';
import { isRole, type Role, roleIn } from '../../domain/user.ts';
import type { WorkCalendar } from '../../domain/working-time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import {
  type SopDefinition,
  type SopStep,
  standardMinutes,
  stepByNo,
  stepRole,
} from '../../sop/definition.ts';
import {
  type ActionType,
  allowedActions,
  applyAction,
  type CaseAction,
  type CaseState,
  type Performer,
  startState,
} from '../../sop/engine.ts';
import { stepClock, workingMinutesLeft, workingMinutesTaken } from '../../sop/time-standard.ts';
import { recordChange } from '../audit/audit.service.ts';
import { getSop, type SopVersion, sopVersionOfCase } from '../sops/sops.service.ts';
import { peopleWithAccess } from '../users/users.service.ts';
import { noticeMove, noticeWaiting } from './case-notices.service.ts';
import { sopCasesPolicy } from './sop-cases.policy.ts';
import {
  type CaseEventRow,
  type CaseRow,
  findCase,
  findCases as findCaseRows,
  insertCase,
  insertCaseEvent,
  listCaseEvents,
  listCases as listCaseRows,
  moveCase,
} from './sop-cases.repo.ts';
import { workCalendarOf } from './work-calendar.service.ts';

function performerOf(ctx: Ctx, ws: Workspace): Performer {
  if (ctx.actor.kind === 'system') return { role: 'system', userId: null };
  const role = roleIn(ctx.actor, ws.id);
  if (!role) throw new PantauError('forbidden', 'Anda bukan anggota workspace ini — not a member');
  return { role, userId: ctx.actor.userId };
}

const stateOf = (c: CaseRow): CaseState => ({
  status: c.status,
  step: c.step,
  round: c.round,
  assigneeId: c.assigneeId,
});

function requireStep(def: SopDefinition, no: number): SopStep {
  const step = stepByNo(def, no);
  if (!step) throw new PantauError('conflict', `Langkah ${no} tidak ada di SOP ini — step not in this SOP`);
  return step;
}

export interface CaseStepView {
  no: number;
  activity: string;
  role: Role;
  executorTitle: string;
  requirement: string;
  output: string;
  standardMinutes: number;
  approval: boolean;
  decision: boolean;
}

export interface CaseClock {
  startedAt: string;
  remindAt: string;
  dueAt: string;
  escalateAt: string;
  /** Working minutes left until the deadline; negative when late. */
  minutesLeft: number;
}

export interface CaseView {
  id: number;
  title: string;
  sop: { key: string; version: number; number: string; title: string; steps: number };
  subject: { kind: string; id: number } | null;
  status: CaseRow['status'];
  round: number;
  step: CaseStepView;
  assignee: { id: number; name: string } | null;
  clock: CaseClock | null;
  late: boolean;
  allowedActions: ActionType[];
  /** Earlier steps a return may go back to. */
  returnTargets: number[];
  /** Colleagues the step may be handed to. */
  handOverTo: { id: number; name: string }[];
  createdByName: string;
  createdAt: string;
  closedAt: string | null;
  history: CaseEventRow[];
}

function stepView(def: SopDefinition, step: SopStep, standard: number): CaseStepView {
  return {
    no: step.no,
    activity: step.activity,
    role: stepRole(def, step),
    executorTitle: def.executors.find((e) => e.key === step.executor)?.title ?? step.executor,
    requirement: step.requirement,
    output: step.output,
    standardMinutes: standard,
    approval: Boolean(step.approval),
    decision: Boolean(step.decision),
  };
}

function clockOf(c: CaseRow, step: SopStep, cal: WorkCalendar, now: Date): CaseClock | null {
  if (c.status !== 'open') return null;
  const clock = stepClock(step, new Date(c.stepStartedAt), cal);
  return {
    startedAt: c.stepStartedAt,
    remindAt: clock.remindAt.toISOString(),
    dueAt: c.stepDueAt,
    escalateAt: clock.escalateAt.toISOString(),
    minutesLeft: workingMinutesLeft(new Date(c.stepDueAt), now, cal),
  };
}

async function viewOf(ctx: Ctx, ws: Workspace, c: CaseRow, version: SopVersion): Promise<CaseView> {
  const def = version.definition;
  const step = requireStep(def, c.step);
  const now = ctx.now();
  const cal = await workCalendarOf(ctx, ws, now);
  const clock = clockOf(c, step, cal, now);
  const people = await peopleWithAccess(ctx, ws.id);
  const me = performerOf(ctx, ws);
  const actions = allowedActions(def, stateOf(c), me);
  const role = stepRole(def, step);
  return {
    id: c.id,
    title: c.title,
    sop: {
      key: version.key,
      version: version.version,
      number: def.identity.number,
      title: def.identity.title,
      steps: def.steps.length,
    },
    subject: c.subjectKind && c.subjectId !== null ? { kind: c.subjectKind, id: c.subjectId } : null,
    status: c.status,
    round: c.round,
    step: stepView(def, step, stepClock(step, new Date(c.stepStartedAt), cal).standardMinutes),
    assignee:
      c.assigneeId === null
        ? null
        : { id: c.assigneeId, name: people.find((p) => p.id === c.assigneeId)?.name ?? '—' },
    clock,
    late: clock !== null && clock.minutesLeft < 0,
    allowedActions: actions,
    returnTargets: actions.includes('return') ? def.steps.filter((s) => s.no < c.step).map((s) => s.no) : [],
    handOverTo: actions.includes('hand_over')
      ? people.filter((p) => p.role === role && p.id !== me.userId).map((p) => ({ id: p.id, name: p.name }))
      : [],
    createdByName: c.createdByName,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    history: await listCaseEvents(ctx, c.id),
  };
}

async function loadCase(ctx: Ctx, ws: Workspace, id: number): Promise<{ c: CaseRow; version: SopVersion }> {
  const c = await findCase(ctx, ws.id, id);
  if (!c) throw new PantauError('not_found', `Kasus ${id} tidak ditemukan — case not found`);
  return { c, version: await sopVersionOfCase(ctx, c.definitionId) };
}

export async function getCase(ctx: Ctx, id: number): Promise<CaseView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const { c, version } = await loadCase(ctx, ws, id);
  return viewOf(ctx, ws, c, version);
}

export interface StartCaseInput {
  sop: string;
  title: string;
  subject?: { kind: string; id: number } | null;
  /** The person the first step goes to (default: whoever holds its role). */
  assigneeId?: number | null;
}

/** Starts a case at the first step of the SOP's newest version; the case keeps that version. */
export async function startCase(ctx: Ctx, input: StartCaseInput): Promise<CaseView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('start'), ws.id);
  const title = input.title.trim();
  if (!title) throw new PantauError('validation', 'Judul kasus wajib diisi — title is required');
  const version = await getSop(ctx, input.sop);
  const def = version.definition;
  const first = def.steps[0];
  const role = stepRole(def, first);
  if (input.assigneeId != null) await requireHolder(ctx, ws, input.assigneeId, role);
  const created = await tx(ctx, async (t) => {
    const now = t.now();
    const cal = await workCalendarOf(t, ws, now);
    const clock = stepClock(first, now, cal);
    const c = await insertCase(t, {
      workspaceId: ws.id,
      definitionId: version.id,
      sopKey: version.key,
      title: title.slice(0, 300),
      subjectKind: input.subject?.kind ?? null,
      subjectId: input.subject?.id ?? null,
      step: startState(def).step,
      stepRole: role,
      assigneeId: input.assigneeId ?? null,
      stepStartedAt: now.toISOString(),
      stepDueAt: clock.dueAt.toISOString(),
      createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
      createdByName: editorName(t),
    });
    await insertCaseEvent(t, {
      caseId: c.id,
      workspaceId: ws.id,
      action: 'start',
      fromStep: first.no,
      toStep: first.no,
      answer: null,
      note: '',
      approved: false,
      round: 1,
      actorId: c.assigneeId,
      actorName: editorName(t),
      actorRole: roleIn(t.actor, ws.id) ?? 'system',
      stepStartedAt: c.stepStartedAt,
      workingMinutes: 0,
      standardMinutes: clock.standardMinutes,
      at: c.stepStartedAt,
    });
    await noticeWaiting(t, ws, c, def, { step: c.step, assigneeId: c.assigneeId }, c.stepDueAt);
    await recordChange(t, {
      action: 'sop-cases.start',
      recordType: 'sop_case',
      recordId: c.id,
      after: { sop: version.key, version: version.version, title: c.title, step: c.step },
    });
    return c;
  });
  return viewOf(ctx, ws, created, version);
}

async function requireHolder(ctx: Ctx, ws: Workspace, userId: number, role: Role): Promise<void> {
  const person = (await peopleWithAccess(ctx, ws.id)).find((p) => p.id === userId);
  if (!person)
    throw new PantauError('validation', `Pengguna ${userId} tidak ada di workspace ini — not a member`);
  if (person.role !== role)
    throw new PantauError(
      'validation',
      `${person.name} tidak berperan ${role} — that person does not hold the step's role`,
    );
}

export type CaseActionInput =
  | { type: 'complete'; note?: string }
  | { type: 'decide'; answer: 'yes' | 'no'; note?: string }
  | { type: 'return'; to: number; note: string }
  | { type: 'hand_over'; toUserId: number; note?: string }
  | { type: 'cancel'; note: string };

/** One action on the case's current step, as the engine allows it for the acting person. */
/**
 * Subjects whose case ends with their own action: a publication's last step is done by publishing it
 * (which closes the case in the same transaction), never by a bare "Selesai" that would close the
 * case with nothing published.
 */
const ENDED_BY_SUBJECT = new Set(['publication']);

export async function actOnCase(
  ctx: Ctx,
  id: number,
  input: CaseActionInput,
  options: { bySubject?: boolean } = {},
): Promise<CaseView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('act'), ws.id);
  const me = performerOf(ctx, ws);
  const moved = await tx(ctx, async (t) => {
    const { c, version } = await loadCase(t, ws, id);
    const def = version.definition;
    const lastStep = def.steps[def.steps.length - 1].no;
    if (
      input.type === 'complete' &&
      c.step === lastStep &&
      c.subjectKind !== null &&
      ENDED_BY_SUBJECT.has(c.subjectKind) &&
      !options.bySubject
    )
      throw new PantauError(
        'conflict',
        'Langkah terakhir ini selesai dengan menerbitkan siaran pers (Terbitkan) — this step ends by publishing the release',
      );
    let action: CaseAction;
    let toUserName: string | null = null;
    if (input.type === 'hand_over') {
      const person = (await peopleWithAccess(t, ws.id)).find((p) => p.id === input.toUserId);
      if (!person || !isRole(person.role))
        throw new PantauError(
          'validation',
          `Pengguna ${input.toUserId} tidak ada di workspace ini — not a member`,
        );
      action = { type: 'hand_over', toUserId: person.id, toUserRole: person.role, note: input.note };
      toUserName = person.name;
    } else action = input;
    const result = applyAction(def, stateOf(c), action, me);
    const now = t.now();
    const cal = await workCalendarOf(t, ws, now);
    const from = requireStep(def, c.step);
    const to = requireStep(def, result.state.step);
    const newVisit = result.state.step !== c.step || result.state.round !== c.round;
    const clock = newVisit && result.state.status === 'open' ? stepClock(to, now, cal) : null;
    const ok = await moveCase(t, c, {
      status: result.state.status,
      step: result.state.step,
      round: result.state.round,
      stepRole: stepRole(def, to),
      assigneeId: result.state.assigneeId,
      newVisit: clock ? { startedAt: now.toISOString(), dueAt: clock.dueAt.toISOString() } : null,
      closedAt: result.state.status === 'open' ? null : now.toISOString(),
    });
    if (!ok)
      throw new PantauError(
        'conflict',
        'Kasus ini baru saja diproses orang lain — the case has just moved on; reload it',
      );
    const finishesStep = action.type !== 'hand_over';
    await insertCaseEvent(t, {
      caseId: c.id,
      workspaceId: ws.id,
      action: action.type,
      fromStep: result.event.fromStep,
      toStep: result.event.toStep,
      answer: result.event.answer ?? null,
      note: result.event.note.slice(0, 4000),
      toUserName,
      approved: result.event.approved,
      round: c.round,
      actorId: me.userId,
      actorName: editorName(t),
      actorRole: me.role,
      stepStartedAt: c.stepStartedAt,
      workingMinutes: finishesStep ? workingMinutesTaken(new Date(c.stepStartedAt), now, cal) : 0,
      standardMinutes: stepClock(from, new Date(c.stepStartedAt), cal).standardMinutes,
      at: now.toISOString(),
    });
    await noticeMove(t, ws, c, def, {
      action: action.type,
      state: result.state,
      newVisit,
      dueAt: clock ? clock.dueAt.toISOString() : c.stepDueAt,
      note: result.event.note.slice(0, 500),
    });
    await recordChange(t, {
      action: `sop-cases.${action.type}`,
      recordType: 'sop_case',
      recordId: c.id,
      before: { status: c.status, step: c.step, round: c.round, assigneeId: c.assigneeId },
      after: {
        status: result.state.status,
        step: result.state.step,
        round: result.state.round,
        assigneeId: result.state.assigneeId,
        ...(result.event.answer ? { answer: result.event.answer } : {}),
        ...(result.event.note ? { note: result.event.note } : {}),
      },
    });
    return { c: (await findCase(t, ws.id, c.id)) as CaseRow, version };
  });
  return viewOf(ctx, ws, moved.c, moved.version);
}

export interface CaseListItem {
  id: number;
  title: string;
  sopKey: string;
  status: CaseRow['status'];
  step: number;
  stepRole: string;
  round: number;
  assigneeId: number | null;
  stepStartedAt: string;
  dueAt: string;
  late: boolean;
  createdAt: string;
  closedAt: string | null;
}

function listItem(c: CaseRow, now: Date): CaseListItem {
  return {
    id: c.id,
    title: c.title,
    sopKey: c.sopKey,
    status: c.status,
    step: c.step,
    stepRole: c.stepRole,
    round: c.round,
    assigneeId: c.assigneeId,
    stepStartedAt: c.stepStartedAt,
    dueAt: c.stepDueAt,
    late: c.status === 'open' && new Date(c.stepDueAt) <= now,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
  };
}

export async function listCases(
  ctx: Ctx,
  q: { status?: CaseRow['status']; sop?: string; limit?: number; before?: number },
): Promise<CaseListItem[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const rows = await listCaseRows(ctx, ws.id, {
    status: q.status,
    sopKey: q.sop,
    limit: Math.min(Math.max(q.limit ?? 50, 1), 200),
    beforeId: q.before,
  });
  const now = ctx.now();
  return rows.map((c) => listItem(c, now));
}

export interface CaseSummary {
  status: CaseRow['status'];
  step: number;
  activity: string;
  late: boolean;
}

/** Where each of these cases stands, for a list of the records they route (reports, materials): one query. */
export async function caseSummaries(ctx: Ctx, ids: number[]): Promise<Map<number, CaseSummary>> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const rows = await findCaseRows(ctx, ws.id, [...new Set(ids)]);
  const now = ctx.now();
  const versions = new Map<number, SopVersion>();
  const out = new Map<number, CaseSummary>();
  for (const c of rows.values()) {
    let version = versions.get(c.definitionId);
    if (!version) {
      version = await sopVersionOfCase(ctx, c.definitionId);
      versions.set(c.definitionId, version);
    }
    out.set(c.id, {
      status: c.status,
      step: c.step,
      activity: stepByNo(version.definition, c.step)?.activity ?? '',
      late: listItem(c, now).late,
    });
  }
  return out;
}

export interface InboxItem extends CaseListItem {
  /** Working minutes left until the deadline; negative when late. */
  minutesLeft: number;
  activity: string;
  sopTitle: string;
  /** Of the version the case runs on. */
  sopVersion: number;
  sopSteps: number;
  standardMinutes: number;
}

/** What waits for me: open cases at a step of my role, routed to me or to anyone of my role, most urgent first. */
export async function inbox(ctx: Ctx): Promise<InboxItem[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const me = performerOf(ctx, ws);
  if (me.role === 'system' || me.userId === null) return [];
  const rows = await listCaseRows(ctx, ws.id, {
    waitingFor: { role: me.role, userId: me.userId },
    limit: 200,
  });
  const now = ctx.now();
  const cal = await workCalendarOf(ctx, ws, now);
  const versions = new Map<number, SopVersion>();
  const items: InboxItem[] = [];
  for (const c of rows) {
    let version = versions.get(c.definitionId);
    if (!version) {
      version = await sopVersionOfCase(ctx, c.definitionId);
      versions.set(c.definitionId, version);
    }
    const step = stepByNo(version.definition, c.step);
    items.push({
      ...listItem(c, now),
      minutesLeft: workingMinutesLeft(new Date(c.stepDueAt), now, cal),
      activity: step?.activity ?? '',
      sopTitle: version.definition.identity.title,
      sopVersion: version.version,
      sopSteps: version.definition.steps.length,
      standardMinutes: step ? standardMinutes(step.time) : 0,
    });
  }
  return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

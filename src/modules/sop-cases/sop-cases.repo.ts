// SOP cases and their immutable history. A case row moves only through `moveCase`, which writes
// nothing unless the case is still where the caller read it: two people pressing "Setuju" at once
// move it once, and the second is told the case has moved on.
import type { Selectable } from 'kysely';
import type { SopCaseEventTable, SopCaseTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface CaseRow {
  id: number;
  workspaceId: number;
  definitionId: number;
  sopKey: string;
  title: string;
  subjectKind: string | null;
  subjectId: number | null;
  status: 'open' | 'done' | 'cancelled';
  step: number;
  round: number;
  stepRole: string;
  assigneeId: number | null;
  stepStartedAt: string;
  stepDueAt: string;
  remindedAt: string | null;
  overdueAt: string | null;
  escalatedAt: string | null;
  createdByName: string;
  createdAt: string;
  closedAt: string | null;
}

export interface CaseEventRow {
  id: number;
  caseId: number;
  action: string;
  fromStep: number;
  toStep: number;
  answer: 'yes' | 'no' | null;
  note: string;
  /** A hand-over's colleague. */
  toUserName: string | null;
  approved: boolean;
  round: number;
  actorId: number | null;
  actorName: string;
  actorRole: string;
  stepStartedAt: string;
  workingMinutes: number;
  standardMinutes: number;
  at: string;
}

const toCase = (r: Selectable<SopCaseTable>): CaseRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  definitionId: r.definition_id,
  sopKey: r.sop_key,
  title: r.title,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  status: r.status,
  step: r.step,
  round: r.round,
  stepRole: r.step_role,
  assigneeId: r.assignee_id,
  stepStartedAt: r.step_started_at,
  stepDueAt: r.step_due_at,
  remindedAt: r.reminded_at,
  overdueAt: r.overdue_at,
  escalatedAt: r.escalated_at,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
  closedAt: r.closed_at,
});

const toEvent = (r: Selectable<SopCaseEventTable>): CaseEventRow => ({
  id: r.id,
  caseId: r.case_id,
  action: r.action,
  fromStep: r.from_step,
  toStep: r.to_step,
  answer: r.answer,
  note: r.note,
  toUserName: r.to_user_name,
  approved: r.approved === 1,
  round: r.round,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  stepStartedAt: r.step_started_at,
  workingMinutes: r.working_minutes,
  standardMinutes: r.standard_minutes,
  at: r.at,
});

export async function insertCase(
  store: Executor,
  c: {
    workspaceId: number;
    definitionId: number;
    sopKey: string;
    title: string;
    subjectKind: string | null;
    subjectId: number | null;
    step: number;
    stepRole: string;
    assigneeId: number | null;
    stepStartedAt: string;
    stepDueAt: string;
    createdBy: number | null;
    createdByName: string;
  },
): Promise<CaseRow> {
  const r = await store.db
    .insertInto('sop_case')
    .values({
      workspace_id: c.workspaceId,
      definition_id: c.definitionId,
      sop_key: c.sopKey,
      title: c.title,
      subject_kind: c.subjectKind,
      subject_id: c.subjectId,
      status: 'open',
      step: c.step,
      round: 1,
      step_role: c.stepRole,
      assignee_id: c.assigneeId,
      step_started_at: c.stepStartedAt,
      step_due_at: c.stepDueAt,
      created_by: c.createdBy,
      created_by_name: c.createdByName,
      created_at: c.stepStartedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(r);
}

export async function findCase(store: Executor, workspaceId: number, id: number): Promise<CaseRow | null> {
  const r = await store.db
    .selectFrom('sop_case')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toCase(r) : null;
}

/** The workspace's cases among `ids` (a list page's worth), keyed by id. */
export async function findCases(
  store: Executor,
  workspaceId: number,
  ids: number[],
): Promise<Map<number, CaseRow>> {
  if (ids.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('sop_case')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), toCase(r)]));
}

export interface CaseMove {
  status: 'open' | 'done' | 'cancelled';
  step: number;
  round: number;
  stepRole: string;
  assigneeId: number | null;
  /** A new visit of a step (null: the same visit goes on, e.g. a hand-over). */
  newVisit: { startedAt: string; dueAt: string } | null;
  closedAt: string | null;
}

/** Moves the case if it is still at `from` (same step, round, assignee and status); false when it moved on. */
export async function moveCase(store: Executor, from: CaseRow, to: CaseMove): Promise<boolean> {
  let q = store.db
    .updateTable('sop_case')
    .set({
      status: to.status,
      step: to.step,
      round: to.round,
      step_role: to.stepRole,
      assignee_id: to.assigneeId,
      closed_at: to.closedAt,
      ...(to.newVisit
        ? {
            step_started_at: to.newVisit.startedAt,
            step_due_at: to.newVisit.dueAt,
            reminded_at: null,
            overdue_at: null,
            escalated_at: null,
          }
        : {}),
    })
    .where('id', '=', from.id)
    .where('status', '=', from.status)
    .where('step', '=', from.step)
    .where('round', '=', from.round)
    .where('step_started_at', '=', from.stepStartedAt);
  q =
    from.assigneeId === null
      ? q.where('assignee_id', 'is', null)
      : q.where('assignee_id', '=', from.assigneeId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const NOTICES = new Set(['reminder', 'overdue', 'escalation']);

export async function insertCaseEvent(
  store: Executor,
  e: Omit<CaseEventRow, 'id' | 'approved' | 'toUserName'> & {
    workspaceId: number;
    approved: boolean;
    toUserName?: string | null;
  },
): Promise<CaseEventRow | null> {
  const r = await store.db
    .insertInto('sop_case_event')
    .values({
      case_id: e.caseId,
      workspace_id: e.workspaceId,
      action: e.action,
      from_step: e.fromStep,
      to_step: e.toStep,
      answer: e.answer,
      note: e.note,
      to_user_name: e.toUserName ?? null,
      approved: e.approved ? 1 : 0,
      round: e.round,
      actor_id: e.actorId,
      actor_name: e.actorName,
      actor_role: e.actorRole,
      step_started_at: e.stepStartedAt,
      working_minutes: e.workingMinutes,
      standard_minutes: e.standardMinutes,
      at: e.at,
      notice_key: NOTICES.has(e.action) ? `${e.caseId}:${e.action}:${e.stepStartedAt}:${e.round}` : null,
    })
    // A time-standard notice already written for this visit of the step is not written again.
    .onConflict((oc) => oc.column('notice_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toEvent(r) : null;
}

export async function listCaseEvents(store: Executor, caseId: number): Promise<CaseEventRow[]> {
  const rows = await store.db
    .selectFrom('sop_case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** Marks a notice given on the case row for the current visit (what the inbox shows as late). */
export async function markNotice(
  store: Executor,
  caseId: number,
  stepStartedAt: string,
  notice: 'reminder' | 'overdue' | 'escalation',
  at: string,
): Promise<void> {
  const column = notice === 'reminder' ? 'reminded_at' : notice === 'overdue' ? 'overdue_at' : 'escalated_at';
  await store.db
    .updateTable('sop_case')
    .set({ [column]: at })
    .where('id', '=', caseId)
    .where('step_started_at', '=', stepStartedAt)
    .execute();
}

export interface CaseQuery {
  status?: 'open' | 'done' | 'cancelled';
  /** Only cases waiting at a step of this role, for this person or for anyone of the role. */
  waitingFor?: { role: string; userId: number };
  sopKey?: string;
  limit: number;
  beforeId?: number;
}

export async function listCases(store: Executor, workspaceId: number, q: CaseQuery): Promise<CaseRow[]> {
  let sel = store.db.selectFrom('sop_case').selectAll().where('workspace_id', '=', workspaceId);
  if (q.status) sel = sel.where('status', '=', q.status);
  if (q.sopKey) sel = sel.where('sop_key', '=', q.sopKey);
  if (q.beforeId) sel = sel.where('id', '<', q.beforeId);
  if (q.waitingFor) {
    const { role, userId } = q.waitingFor;
    sel = sel
      .where('status', '=', 'open')
      .where('step_role', '=', role)
      .where((eb) => eb.or([eb('assignee_id', 'is', null), eb('assignee_id', '=', userId)]))
      .orderBy('step_due_at');
  }
  return (await sel.orderBy('id', 'desc').limit(q.limit).execute()).map(toCase);
}

/** Open cases of every workspace whose next time notice may be due (the check runs over all). */
export async function openCasesForTimeCheck(store: Executor, limit: number): Promise<CaseRow[]> {
  const rows = await store.db
    .selectFrom('sop_case')
    .selectAll()
    .where('status', '=', 'open')
    .where('escalated_at', 'is', null)
    .orderBy('step_due_at')
    .limit(limit)
    .execute();
  return rows.map(toCase);
}

/** Every completion of a step of the SOP's cases within [from, to): what compliance is measured from. */
export async function stepCompletions(
  store: Executor,
  workspaceId: number,
  sopKey: string,
  from: string,
  to: string,
): Promise<
  {
    caseId: number;
    caseTitle: string;
    step: number;
    workingMinutes: number;
    standardMinutes: number;
    actorName: string;
    note: string;
    at: string;
  }[]
> {
  const rows = await store.db
    .selectFrom('sop_case_event as e')
    .innerJoin('sop_case as c', 'c.id', 'e.case_id')
    .select([
      'e.case_id',
      'c.title',
      'e.from_step',
      'e.working_minutes',
      'e.standard_minutes',
      'e.actor_name',
      'e.note',
      'e.at',
    ])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.sop_key', '=', sopKey)
    .where('e.action', 'in', ['complete', 'decide', 'return'])
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    caseTitle: r.title,
    step: r.from_step,
    workingMinutes: r.working_minutes,
    standardMinutes: r.standard_minutes,
    actorName: r.actor_name,
    note: r.note,
    at: r.at,
  }));
}

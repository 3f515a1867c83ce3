// The SOP engine: which actions a case at a step allows, and the state each action leads to. A case
// only ever moves the way its definition's table allows: on to the next step when a step is done
// (or signed off, "Setuju"), to a decision's YES or NO target, back to an earlier step for revision,
// to another holder of the same role, or to an end. Times are not judged here (see time-standard.ts).
import { PantauError } from '../domain/errors.ts';
import type { Role } from '../domain/user.ts';
import { type SopDefinition, type SopStep, stepByNo, stepRole } from './definition.ts';

export type CaseStatus = 'open' | 'done' | 'cancelled';

export interface CaseState {
  status: CaseStatus;
  /** The step the case waits at; when done, the step that ended it. */
  step: number;
  /** Revision round: 1, plus one for each return and each NO. */
  round: number;
  /** The person the step is routed to, if routed to one person (else every holder of its role). */
  assigneeId: number | null;
}

export type CaseAction =
  /** The step is done; on a sign-off step this is "Setuju". */
  | { type: 'complete'; note?: string }
  /** A decision step's answer; a NO needs the reason. */
  | { type: 'decide'; answer: 'yes' | 'no'; note?: string }
  /** Back to an earlier step for revision, with what needs revising. */
  | { type: 'return'; to: number; note: string }
  /** The step goes to a colleague who holds the same role. */
  | { type: 'hand_over'; toUserId: number; toUserRole: Role; note?: string }
  | { type: 'cancel'; note: string };

export type ActionType = CaseAction['type'];

/** Who acts: their role in the workspace, or the system (scheduled work never signs steps off). */
export interface Performer {
  role: Role | 'system';
  userId: number | null;
}

export interface CaseEvent {
  action: ActionType;
  fromStep: number;
  toStep: number;
  answer?: 'yes' | 'no';
  note: string;
  /** The step was signed off ("Setuju") by this action. */
  approved: boolean;
}

/** Roles that may stop a case that should not run (a report drafted twice, a material withdrawn). */
const CANCELLERS: readonly (Role | 'system')[] = ['head', 'admin', 'system'];

export function startState(def: SopDefinition, assigneeId: number | null = null): CaseState {
  return { status: 'open', step: def.steps[0].no, round: 1, assigneeId };
}

function currentStep(def: SopDefinition, state: CaseState): SopStep {
  const step = stepByNo(def, state.step);
  if (!step)
    throw new PantauError('conflict', `Langkah ${state.step} tidak ada di SOP ini — step not in this SOP`);
  return step;
}

function mayActAt(def: SopDefinition, state: CaseState, step: SopStep, who: Performer): boolean {
  if (who.role === 'system') return false;
  if (stepRole(def, step) !== who.role) return false;
  return state.assigneeId === null || state.assigneeId === who.userId || who.userId === null;
}

/** The actions `who` may take on the case now: what the inbox offers as buttons. */
export function allowedActions(def: SopDefinition, state: CaseState, who: Performer): ActionType[] {
  if (state.status !== 'open') return [];
  const step = currentStep(def, state);
  const actions: ActionType[] = [];
  if (mayActAt(def, state, step, who)) {
    actions.push(step.decision ? 'decide' : 'complete');
    if (def.steps[0].no !== step.no) actions.push('return');
    actions.push('hand_over');
  }
  if (CANCELLERS.includes(who.role)) actions.push('cancel');
  return actions;
}

function refuse(message: string): never {
  throw new PantauError('forbidden', message);
}

function invalid(message: string): never {
  throw new PantauError('validation', message);
}

/**
 * Applies one action: the new state and the event for the case history, or an error that says why
 * the action is not possible now (wrong role, wrong kind of step, a target the table does not have).
 */
export function applyAction(
  def: SopDefinition,
  state: CaseState,
  action: CaseAction,
  who: Performer,
): { state: CaseState; event: CaseEvent } {
  if (state.status !== 'open')
    throw new PantauError('conflict', 'Kasus ini sudah selesai atau dibatalkan — the case is closed');
  const step = currentStep(def, state);
  const note = (action.note ?? '').trim();
  const event = (toStep: number, extra: Partial<CaseEvent> = {}): CaseEvent => ({
    action: action.type,
    fromStep: step.no,
    toStep,
    note,
    approved: false,
    ...extra,
  });
  if (action.type === 'cancel') {
    if (!CANCELLERS.includes(who.role))
      refuse(
        'Hanya kepala atau administrator yang dapat membatalkan — only a head or administrator may cancel',
      );
    if (!note) invalid('Alasan pembatalan wajib diisi — give the reason for cancelling');
    return { state: { ...state, status: 'cancelled' }, event: event(step.no) };
  }
  if (!mayActAt(def, state, step, who))
    refuse(
      `Langkah ${step.no} dikerjakan oleh peran ${stepRole(def, step)} — step ${step.no} belongs to another role or person`,
    );
  const next = def.steps[def.steps.indexOf(step) + 1];
  switch (action.type) {
    case 'complete': {
      if (step.decision)
        invalid(
          `Langkah ${step.no} adalah keputusan: pilih YA atau TIDAK — this step needs a yes/no decision`,
        );
      if (!next)
        return {
          state: { ...state, status: 'done', assigneeId: null },
          event: event(step.no, { approved: Boolean(step.approval) }),
        };
      return {
        state: { ...state, step: next.no, assigneeId: null },
        event: event(next.no, { approved: Boolean(step.approval) }),
      };
    }
    case 'decide': {
      if (!step.decision) invalid(`Langkah ${step.no} bukan langkah keputusan — this step is not a decision`);
      if (action.answer === 'no') {
        if (!note) invalid('Alasan TIDAK wajib diisi: apa yang harus diperbaiki — say what must be revised');
        const to = step.decision.no;
        return {
          state: {
            ...state,
            step: to,
            round: to < step.no ? state.round + 1 : state.round,
            assigneeId: null,
          },
          event: event(to, { answer: 'no' }),
        };
      }
      const yes = step.decision.yes;
      if (yes === null)
        return {
          state: { ...state, status: 'done', assigneeId: null },
          event: event(step.no, { answer: 'yes', approved: true }),
        };
      return {
        state: { ...state, step: yes, assigneeId: null },
        event: event(yes, { answer: 'yes', approved: true }),
      };
    }
    case 'return': {
      if (!Number.isInteger(action.to) || action.to >= step.no || !stepByNo(def, action.to))
        invalid(`Hanya bisa dikembalikan ke langkah sebelum langkah ${step.no} — return to an earlier step`);
      if (!note) invalid('Catatan perbaikan wajib diisi — say what must be revised');
      return {
        state: { ...state, step: action.to, round: state.round + 1, assigneeId: null },
        event: event(action.to),
      };
    }
    case 'hand_over': {
      if (action.toUserRole !== stepRole(def, step))
        invalid(`Penerima harus berperan ${stepRole(def, step)} — the colleague must hold the step's role`);
      if (action.toUserId === who.userId)
        invalid('Tidak bisa menyerahkan kepada diri sendiri — hand it to someone else');
      return { state: { ...state, assigneeId: action.toUserId }, event: event(step.no) };
    }
  }
}

/** Whether a state is one the definition allows: the invariant the property tests check. */
export function isReachableShape(def: SopDefinition, state: CaseState): boolean {
  return (
    ['open', 'done', 'cancelled'].includes(state.status) &&
    stepByNo(def, state.step) !== undefined &&
    Number.isInteger(state.round) &&
    state.round >= 1 &&
    (state.status === 'open' || state.assigneeId === null || state.status === 'cancelled')
  );
}

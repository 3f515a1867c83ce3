// A step's time standard on the office's calendar: when it is due, when its executor is reminded
// (three quarters of the standard used), and when the next role up is told it is late (half the
// standard again past the deadline). All counted in working time, never in wall-clock time.
import { addWorkingMinutes, type WorkCalendar, workingMinutesBetween } from '../domain/working-time.ts';
import { type SopStep, standardMinutes } from './definition.ts';

export interface StepClock {
  standardMinutes: number;
  remindAt: Date;
  dueAt: Date;
  escalateAt: Date;
}

export function stepClock(step: SopStep, startedAt: Date, cal: WorkCalendar): StepClock {
  const minutes = standardMinutes(step.time);
  return {
    standardMinutes: minutes,
    remindAt: addWorkingMinutes(startedAt, minutes * 0.75, cal),
    dueAt: addWorkingMinutes(startedAt, minutes, cal),
    escalateAt: addWorkingMinutes(startedAt, minutes * 1.5, cal),
  };
}

/** Working minutes a step took (or has taken so far), whole minutes rounded up: a started minute counts. */
export function workingMinutesTaken(startedAt: Date, until: Date, cal: WorkCalendar): number {
  return Math.ceil(workingMinutesBetween(startedAt, until, cal) - 1e-9);
}

/** Working minutes left until the deadline; negative when late. */
export function workingMinutesLeft(dueAt: Date, now: Date, cal: WorkCalendar): number {
  return now < dueAt
    ? Math.floor(workingMinutesBetween(now, dueAt, cal))
    : -Math.ceil(workingMinutesBetween(dueAt, now, cal));
}

export type TimeNotice = 'reminder' | 'overdue' | 'escalation';

/** The notices whose time has come at `now`, of those not yet given for this visit of the step. */
export function noticesDue(clock: StepClock, now: Date, given: ReadonlySet<TimeNotice>): TimeNotice[] {
  const due: TimeNotice[] = [];
  if (now >= clock.remindAt && now < clock.dueAt && !given.has('reminder')) due.push('reminder');
  if (now >= clock.dueAt && !given.has('overdue')) due.push('overdue');
  if (now >= clock.escalateAt && !given.has('escalation')) due.push('escalation');
  return due;
}

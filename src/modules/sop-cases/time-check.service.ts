// The time-standard check, run by a scheduled job: for each open case, the reminder when three
// quarters of the step's standard is used, the overdue notice at the deadline, and the escalation to
// the next role up when half the standard again has passed. Each is written once per visit of a
// step (a unique index, and the case row's marks), so a retried or doubled check never repeats one.
import { ROLE_LABELS } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { AppContext } from '../../kernel/context.ts';
import { systemCtx, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { escalationRole, stepByNo } from '../../sop/definition.ts';
import { noticesDue, stepClock, type TimeNotice, workingMinutesTaken } from '../../sop/time-standard.ts';
import { sopVersionOfCase } from '../sops/sops.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { noticeTime } from './case-notices.service.ts';
import { checkSopTimesJob } from './sop-cases.jobs.ts';
import { insertCaseEvent, markNotice, openCasesForTimeCheck } from './sop-cases.repo.ts';
import { workCalendarOf } from './work-calendar.service.ts';

const BATCH = 500;

function noticeText(notice: TimeNotice, escalateTo: string | null): string {
  if (notice === 'reminder') return 'Sisa waktu langkah ini tinggal seperempat dari mutu baku';
  if (notice === 'overdue') return 'Waktu mutu baku langkah ini telah habis';
  return escalateTo
    ? `Terlambat: diteruskan kepada ${ROLE_LABELS[escalateTo as keyof typeof ROLE_LABELS]?.id ?? escalateTo} untuk ditindaklanjuti`
    : 'Terlambat: tidak ada pelaksana di atas langkah ini untuk diteruskan';
}

/** Gives the notices due at `now`; returns how many were written. */
export async function checkTimeStandards(store: Store, now: Date): Promise<number> {
  const cases = await openCasesForTimeCheck(store, BATCH);
  if (cases.length === 0) return 0;
  const workspaces = new Map<number, Workspace>((await listWorkspaces(store)).map((w) => [w.id, w]));
  let written = 0;
  for (const c of cases) {
    const ws = workspaces.get(c.workspaceId);
    if (!ws) continue;
    // The check's own clock, so the notices it writes carry the moment it judged.
    const ctx = { ...systemCtx(store, ws), now: () => now };
    const version = await sopVersionOfCase(ctx, c.definitionId);
    const step = stepByNo(version.definition, c.step);
    if (!step) continue;
    const cal = await workCalendarOf(store, ws, now);
    const started = new Date(c.stepStartedAt);
    const clock = stepClock(step, started, cal);
    const given = new Set<TimeNotice>();
    if (c.remindedAt) given.add('reminder');
    if (c.overdueAt) given.add('overdue');
    if (c.escalatedAt) given.add('escalation');
    const due = noticesDue(clock, now, given);
    if (due.length === 0) continue;
    const escalateTo = escalationRole(version.definition, step);
    await tx(ctx, async (t) => {
      for (const notice of due) {
        const event = await insertCaseEvent(t, {
          caseId: c.id,
          workspaceId: ws.id,
          action: notice,
          fromStep: c.step,
          toStep: c.step,
          answer: null,
          note: noticeText(notice, notice === 'escalation' ? escalateTo : null),
          approved: false,
          round: c.round,
          actorId: null,
          actorName: 'sistem',
          actorRole: notice === 'escalation' && escalateTo ? escalateTo : 'system',
          stepStartedAt: c.stepStartedAt,
          workingMinutes: workingMinutesTaken(started, now, cal),
          standardMinutes: clock.standardMinutes,
          at: now.toISOString(),
        });
        await markNotice(t, c.id, c.stepStartedAt, notice, now.toISOString());
        if (!event) continue;
        written++;
        await noticeTime(
          t,
          ws,
          { id: c.id, title: c.title, step: c.step, assigneeId: c.assigneeId, dueAt: c.stepDueAt },
          version.definition,
          notice,
          notice === 'escalation' ? escalateTo : null,
        );
      }
    });
  }
  return written;
}

/** The jobs this module's work needs in a worker process. */
export function sopCaseJobs(app: AppContext): JobRegistration[] {
  return [
    handle(checkSopTimesJob, async () => {
      await checkTimeStandards(app.store, new Date());
    }),
  ] as JobRegistration[];
}

// Reports drafted on a schedule: a workspace that asks for a daily, weekly or monthly report gets
// the last whole period drafted (and its SOP A case started) once, the morning after it ends, by
// the scheduled job; the office then corrects and routes it as any other.
import { PantauError } from '../../domain/errors.ts';
import { wallClock } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { AppContext } from '../../kernel/context.ts';
import { type Ctx, editorName, systemCtx, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  listWorkspaces,
  readWorkspaceSetting,
  writeWorkspaceSetting,
} from '../workspaces/workspaces.service.ts';
import { draftScheduledReportsJob } from './reports.jobs.ts';
import { reportsPolicy } from './reports.policy.ts';
import { findReportForPeriod } from './reports.repo.ts';
import { draftReport } from './reports.service.ts';

const KEY = 'report_schedule';

export type ReportFrequency = 'off' | 'daily' | 'weekly' | 'monthly';

export interface ReportSchedule {
  frequency: ReportFrequency;
  /** Local hour (0–23) after which the previous period is drafted. */
  hour: number;
}

const DEFAULT: ReportSchedule = { frequency: 'off', hour: 7 };

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** The last whole period before the local day `today` (YYYY-MM-DD parts), as local days. */
export function lastPeriod(
  frequency: Exclude<ReportFrequency, 'off'>,
  today: { year: number; month: number; day: number },
) {
  const base = Date.UTC(today.year, today.month - 1, today.day);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (frequency === 'daily') return { fromDay: day(base - 86_400_000), toDay: day(base - 86_400_000) };
  if (frequency === 'weekly') {
    // Monday to Sunday: the week that ended before this week's Monday.
    const weekday = (new Date(base).getUTCDay() + 6) % 7;
    const monday = base - weekday * 86_400_000;
    return { fromDay: day(monday - 7 * 86_400_000), toDay: day(monday - 86_400_000) };
  }
  const firstOfMonth = Date.UTC(today.year, today.month - 1, 1);
  const last = new Date(firstOfMonth - 86_400_000);
  return {
    fromDay: iso(last.getUTCFullYear(), last.getUTCMonth() + 1, 1),
    toDay: day(firstOfMonth - 86_400_000),
  };
}

export async function getReportSchedule(ctx: Ctx): Promise<ReportSchedule> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  return (await readWorkspaceSetting<ReportSchedule>(ctx, ws.id, KEY))?.value ?? DEFAULT;
}

export async function saveReportSchedule(ctx: Ctx, input: ReportSchedule): Promise<ReportSchedule> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, reportsPolicy.can('letterhead'), ws.id);
  if (!['off', 'daily', 'weekly', 'monthly'].includes(input.frequency))
    throw new PantauError('validation', 'Jadwal: off, daily, weekly atau monthly — unknown frequency');
  if (!Number.isInteger(input.hour) || input.hour < 0 || input.hour > 23)
    throw new PantauError('validation', 'Jam penyusunan 0–23 — the hour is 0 to 23');
  const value: ReportSchedule = { frequency: input.frequency, hour: input.hour };
  await tx(ctx, async (t) => {
    const before = await readWorkspaceSetting<ReportSchedule>(t, ws.id, KEY);
    await writeWorkspaceSetting(t, { workspaceId: ws.id, key: KEY, value, by: editorName(t) });
    await recordChange(t, {
      action: 'reports.schedule',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: before ? { ...before.value } : null,
      after: { ...value },
    });
  });
  return value;
}

/** Drafts every scheduled report that is due at `now` and not drafted yet; returns the new reports' ids. */
export async function draftScheduledReports(store: Store, now: Date): Promise<number[]> {
  const drafted: number[] = [];
  for (const ws of await listWorkspaces(store)) {
    const schedule = (await readWorkspaceSetting<ReportSchedule>(store, ws.id, KEY))?.value;
    if (!schedule || schedule.frequency === 'off') continue;
    const local = wallClock(now, ws.timeZone);
    if (local.hour < schedule.hour) continue;
    const period = lastPeriod(schedule.frequency, local);
    const ctx: Ctx = { ...systemCtx(store, ws as Workspace), now: () => now };
    if (await findReportForPeriod(store, ws.id, period.fromDay, period.toDay, ws.timeZone)) continue;
    const report = await draftReport(ctx, period);
    drafted.push(report.id);
  }
  return drafted;
}

/** The jobs this module's work needs in a worker process. */
export function reportJobs(app: AppContext): JobRegistration[] {
  return [
    handle(draftScheduledReportsJob, async () => {
      await draftScheduledReports(app.store, new Date());
    }),
  ] as JobRegistration[];
}

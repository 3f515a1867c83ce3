// The office's working-time calendar that SOP time standards count in: its office hours and its
// own days off (stored as a workspace setting), the national holidays and cuti bersama of the
// years around the date in question, and the workspace's zone.
import { PantauError } from '../../domain/errors.ts';
import { holidayYearsKnown, nationalHolidays } from '../../domain/holidays-id.ts';
import { wallClock } from '../../domain/time.ts';
import {
  DEFAULT_OFFICE_HOURS,
  type Holiday,
  validateCalendar,
  type Weekday,
  type WorkCalendar,
  type WorkWindow,
} from '../../domain/working-time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { recordChange } from '../audit/audit.service.ts';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../workspaces/workspaces.service.ts';
import { sopCasesPolicy } from './sop-cases.policy.ts';

const KEY = 'work_calendar';

export interface WorkCalendarSettings {
  hours: Record<Weekday, WorkWindow[]>;
  /** The office's own days off (a regional holiday, the regency's anniversary). */
  officeHolidays: Holiday[];
}

export interface WorkCalendarView extends WorkCalendarSettings {
  zone: string;
  /** National holidays and cuti bersama of this year and the next, as the calendar counts them. */
  nationalHolidays: Holiday[];
  /** Years among these two whose moving holidays Pantau does not know: the office should add them. */
  incompleteYears: number[];
  updatedBy: string | null;
  updatedAt: string | null;
}

async function stored(store: Store, ws: Workspace) {
  return readWorkspaceSetting<WorkCalendarSettings>(store, ws.id, KEY);
}

function settingsOrDefault(value: WorkCalendarSettings | undefined): WorkCalendarSettings {
  return {
    hours: value?.hours ?? (structuredClone(DEFAULT_OFFICE_HOURS) as Record<Weekday, WorkWindow[]>),
    officeHolidays: value?.officeHolidays ?? [],
  };
}

function yearOf(at: Date, ws: Workspace): number {
  return wallClock(at, ws.timeZone).year;
}

/** The calendar deadlines near `around` are counted in (holidays of the year before to two after). */
export async function workCalendarOf(store: Store, ws: Workspace, around: Date): Promise<WorkCalendar> {
  const settings = settingsOrDefault((await stored(store, ws))?.value);
  const year = yearOf(around, ws);
  const national = [year - 1, year, year + 1, year + 2].flatMap((y) => nationalHolidays(y));
  return validateCalendar({
    zone: ws.timeZone,
    hours: settings.hours,
    holidays: [...national, ...settings.officeHolidays].map((h) => ({ date: h.date, name: h.name })),
  });
}

export async function getWorkCalendar(ctx: Ctx): Promise<WorkCalendarView> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const row = await stored(ctx, ws);
  const year = yearOf(ctx.now(), ws);
  const known = holidayYearsKnown();
  return {
    ...settingsOrDefault(row?.value),
    zone: ws.timeZone,
    nationalHolidays: [year, year + 1].flatMap((y) => nationalHolidays(y)),
    incompleteYears: [year, year + 1].filter((y) => !known.includes(y)),
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Replaces the office hours and the office's own days off; checked before it is kept. */
export async function saveWorkCalendar(ctx: Ctx, input: WorkCalendarSettings): Promise<WorkCalendarView> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, sopCasesPolicy.can('configure'), ws.id);
  const checked = validateCalendar({ zone: ws.timeZone, hours: input.hours, holidays: input.officeHolidays });
  const value: WorkCalendarSettings = { hours: checked.hours, officeHolidays: checked.holidays };
  await tx(ctx, async (t) => {
    const before = await stored(t, ws);
    await writeWorkspaceSetting(t, { workspaceId: ws.id, key: KEY, value, by: editorName(t) });
    await recordChange(t, {
      action: 'sop-cases.work-calendar',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: before ? { ...before.value } : null,
      after: { ...value },
    });
  });
  return getWorkCalendar(ctx);
}

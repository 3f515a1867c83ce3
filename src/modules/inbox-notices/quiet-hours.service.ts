// The workspace's quiet hours for notice e-mails (default 21:00–06:00 on the workspace's clock):
// notices still appear in the app at once, but their e-mails wait until the quiet hours end.
import { PantauError } from '../../domain/errors.ts';
import { wallClock } from '../../domain/time.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../workspaces/workspaces.service.ts';
import { noticesPolicy } from './notices.policy.ts';

const KEY = 'notice_quiet_hours';

export interface QuietHours {
  enabled: boolean;
  /** "21:00" on the workspace's clock. */
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { enabled: true, start: '21:00', end: '06:00' };

export interface QuietHoursView extends QuietHours {
  zone: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

const minutesOf = (hhmm: string) => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new PantauError('validation', `Jam tidak valid: ${hhmm} — use HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Whether `now` falls in the quiet hours on the zone's clock (a window may run past midnight). */
export function isQuiet(q: QuietHours, now: Date, zone: string): boolean {
  if (!q.enabled) return false;
  const start = minutesOf(q.start);
  const end = minutesOf(q.end);
  if (start === end) return false;
  const clock = wallClock(now, zone);
  const at = clock.hour * 60 + clock.minute;
  return start < end ? at >= start && at < end : at >= start || at < end;
}

export async function quietHoursOf(store: Executor, workspaceId: number): Promise<QuietHours> {
  const row = await readWorkspaceSetting<QuietHours>(store, workspaceId, KEY);
  return row?.value ?? DEFAULT_QUIET_HOURS;
}

export async function getQuietHours(ctx: Ctx): Promise<QuietHoursView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, noticesPolicy.can('read'), ws.id);
  const row = await readWorkspaceSetting<QuietHours>(ctx, ws.id, KEY);
  return {
    ...(row?.value ?? DEFAULT_QUIET_HOURS),
    zone: ws.timeZone,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function saveQuietHours(ctx: Ctx, input: QuietHours): Promise<QuietHoursView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, noticesPolicy.can('configure'), ws.id);
  minutesOf(input.start);
  minutesOf(input.end);
  const value: QuietHours = { enabled: input.enabled, start: input.start, end: input.end };
  await tx(ctx, async (t) => {
    const before = await quietHoursOf(t, ws.id);
    await writeWorkspaceSetting(t, { workspaceId: ws.id, key: KEY, value, by: editorName(t) });
    await recordChange(t, {
      action: 'notices.quiet-hours',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: { ...before },
      after: { ...value },
    });
  });
  return getQuietHours(ctx);
}

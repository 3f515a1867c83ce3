// The dashboard of one workspace for a period and a set of subjects: every figure beside the same
// figure for the period of the same length before it. Periods are whole days in the workspace's
// zone; figures are sums of stored day summaries, and a view asked again while none of its days
// changed is answered from memory (50 people on one dashboard cost one computation).
import { PantauError } from '../../domain/errors.ts';
import { localDayOf, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, withWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { listAlerts } from '../alerts/alerts.service.ts';
import { listSubjects } from '../subjects/subjects.service.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { dashboardPolicy } from './dashboard.policy.ts';
import { dayStates, issueHeadings } from './dashboard.repo.ts';
import type { Dashboard, DashboardQuery } from './dashboard.schema.ts';
import { dayStart } from './dashboard-day.ts';
import { daySummaries } from './dashboard-days.service.ts';

export { dashboardJobs, refreshDashboardDays } from './dashboard-days.service.ts';

import { dashboardFigures, defaultInterval, type Figures, type Period } from './dashboard-figures.ts';

const DAY = 86_400_000;
/** Longer periods are read from the daily counts of a report, not recomputed on every view. */
const MAX_DAYS = 731;
const ALERTS = 20;
const CACHED_VIEWS = 100;

/** Recent views per store: the figures and the day versions they were computed from. */
const views = new WeakMap<object, Map<string, { versions: string; figures: Figures }>>();

function cachedViews(ctx: Ctx) {
  let perStore = views.get(ctx.db);
  if (!perStore) {
    perStore = new Map();
    views.set(ctx.db, perStore);
  }
  return perStore;
}

/** The local midnight at or before `at`. */
function floorToDay(at: number, offset: number): number {
  return dayStart(localDayOf(at, offset), offset);
}

/** The local midnight at or after `at`. */
function ceilToDay(at: number, offset: number): number {
  const floor = floorToDay(at, offset);
  return floor === at ? at : floor + DAY;
}

export async function workspaceDashboard(on: Store | Ctx, input: DashboardQuery): Promise<Dashboard> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, dashboardPolicy.can('read'), ws.id);
  const offset = zoneOffsetMinutes(ws.timeZone);

  // Whole local days: "to" runs to the end of its day (the default is today, included).
  const to = ceilToDay(input.to ? Date.parse(input.to) : ctx.now().getTime() + 1, offset);
  const from = input.from ? floorToDay(Date.parse(input.from), offset) : to - 30 * DAY;
  if (!(from < to)) {
    throw new PantauError(
      'validation',
      'Awal periode harus sebelum akhirnya — the period must start before it ends',
    );
  }
  if (to - from > MAX_DAYS * DAY) {
    throw new PantauError(
      'validation',
      `Periode paling panjang ${MAX_DAYS} hari — the longest period is ${MAX_DAYS} days`,
    );
  }
  const period: Period = {
    from,
    to,
    previousFrom: from - (to - from),
    interval: input.interval ?? defaultInterval(from, to),
    offsetMinutes: offset,
  };

  const inWorkspace = withWorkspace(ctx, ws);
  const all = (await listSubjects(inWorkspace)).filter((s) => s.enabled);
  const chosen = input.subjects ? all.filter((s) => input.subjects?.includes(s.id)) : all;
  const missing = (input.subjects ?? []).filter((id) => !all.some((s) => s.id === id));
  if (missing.length > 0) {
    throw new PantauError('not_found', `Subjek tidak ditemukan: ${missing.join(', ')} — subject not found`);
  }

  const days: string[] = [];
  for (let at = period.previousFrom; at < to; at += DAY) days.push(localDayOf(at, offset));
  const figures = await viewFigures(inWorkspace, ws.id, period, chosen, days);
  const [headings, alerts] = await Promise.all([
    issueHeadings(
      ctx,
      ws.id,
      figures.issues.map((i) => i.id),
    ),
    listAlerts(inWorkspace, null, ALERTS),
  ]);
  return {
    period: {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      previousFrom: new Date(period.previousFrom).toISOString(),
      interval: period.interval,
      timeZone: ws.timeZone,
    },
    subjects: chosen.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    ...figures,
    issues: figures.issues.map((i) => ({
      ...i,
      title: headings.get(i.id)?.title ?? '',
      locked: headings.get(i.id)?.locked ?? false,
    })),
    alerts: alerts
      .filter((a) => Date.parse(a.createdAt) >= from && Date.parse(a.createdAt) < to)
      .map((a) => ({
        id: a.id,
        level: a.level,
        kind: a.kind,
        scope: a.scopeLabel,
        reason: a.reason,
        createdAt: a.createdAt,
      })),
  };
}

/** The period's figures: from memory while no day of the view changed, else from the day summaries. */
async function viewFigures(
  ctx: Ctx,
  workspaceId: number,
  period: Period,
  subjects: { id: number; name: string }[],
  days: string[],
): Promise<Figures> {
  const key = JSON.stringify([workspaceId, period, subjects.map((s) => [s.id, s.name])]);
  const versionsNow = async () =>
    (await dayStates(ctx, workspaceId, days[0], days[days.length - 1]))
      .map((d) => (d.builtVersion === d.version ? `${d.day}:${d.version}` : `${d.day}:stale`))
      .join(',');
  const cache = cachedViews(ctx);
  const cached = cache.get(key);
  if (cached && cached.versions === (await versionsNow())) {
    cache.delete(key);
    cache.set(key, cached); // most recently used last
    return cached.figures;
  }
  const summaries = await daySummaries(ctx, workspaceId, period.offsetMinutes, days);
  const figures = dashboardFigures(
    period,
    subjects,
    new Map([...summaries].map(([day, d]) => [day, d.summary])),
  );
  // Keyed by the versions the summaries counted: if a day changed meanwhile, the next view rebuilds it.
  const versions = days.map((day) => `${day}:${summaries.get(day)?.version ?? 'none'}`).join(',');
  cache.set(key, { versions, figures });
  if (cache.size > CACHED_VIEWS) cache.delete(cache.keys().next().value as string);
  return figures;
}

// The dashboard of one workspace for a period and a set of subjects: every figure beside the same
// figure for the period of the same length before it.
import { PantauError } from '../../domain/errors.ts';
import { zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, withWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { listAlerts } from '../alerts/alerts.service.ts';
import { listSubjects, subjectHitsBetween } from '../subjects/subjects.service.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { dashboardPolicy } from './dashboard.policy.ts';
import { periodArticles, periodIssueHits } from './dashboard.repo.ts';
import type { Dashboard, DashboardQuery } from './dashboard.schema.ts';
import { dashboardFigures, defaultInterval, type Period } from './dashboard-figures.ts';

const DAY = 86_400_000;
/** Longer periods are read from the daily counts of a report, not recomputed on every view. */
const MAX_DAYS = 731;
const ALERTS = 20;

export async function workspaceDashboard(on: Store | Ctx, input: DashboardQuery): Promise<Dashboard> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, dashboardPolicy.can('read'), ws.id);

  const to = input.to ? Date.parse(input.to) : ctx.now().getTime();
  const from = input.from ? Date.parse(input.from) : to - 30 * DAY;
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
    offsetMinutes: zoneOffsetMinutes(ws.timeZone),
  };

  const inWorkspace = withWorkspace(ctx, ws);
  const all = (await listSubjects(inWorkspace)).filter((s) => s.enabled);
  const chosen = input.subjects ? all.filter((s) => input.subjects?.includes(s.id)) : all;
  const missing = (input.subjects ?? []).filter((id) => !all.some((s) => s.id === id));
  if (missing.length > 0) {
    throw new PantauError('not_found', `Subjek tidak ditemukan: ${missing.join(', ')} — subject not found`);
  }

  const start = new Date(period.previousFrom);
  const end = new Date(period.to);
  const [articles, subjectHits, issueHits, alerts] = await Promise.all([
    periodArticles(ctx, ws.id, start, end),
    subjectHitsBetween(
      inWorkspace,
      chosen.map((s) => s.id),
      start,
      end,
    ),
    periodIssueHits(ctx, ws.id, start, end),
    listAlerts(inWorkspace, null, ALERTS),
  ]);
  const figures = dashboardFigures(period, chosen, articles, subjectHits, issueHits);
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

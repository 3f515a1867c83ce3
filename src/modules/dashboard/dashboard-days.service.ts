// The day summaries a dashboard adds up: read from the store while still current, else built again
// from the day's articles and stored (see src/kernel/db/dashboard-days.ts for when a day is current).
// Recently read days stay parsed in memory, keyed by their version: a 90-day view beside the 90
// days before reads 180 summaries, and reading and parsing them again for every view is most of
// its cost.
import { localDayOf, zoneOffsetMinutes } from '../../domain/workspace.ts';
import type { AppContext } from '../../kernel/context.ts';
import { type Ctx, systemCtx, withWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { letOthersRun } from '../../kernel/db/let-others-run.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { listSubjects, subjectHitsBetween } from '../subjects/subjects.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { refreshDashboardJob } from './dashboard.jobs.ts';
import {
  claimDays,
  dayStates,
  firstCountedAt,
  periodArticles,
  periodIssueHits,
  saveDaySummary,
  storedSummaries,
} from './dashboard.repo.ts';
import { type DaySummary, dayStart, SUMMARY_FORMAT, summariseDay } from './dashboard-day.ts';

const DAY = 86_400_000;
/** Days built from one read of the articles: bounds the memory a cold build of two years takes. */
const DAYS_PER_READ = 14;

/** One build at a time per workspace: 50 people opening a cold dashboard build its days once. */
const building = new WeakMap<object, Map<number, Promise<unknown>>>();

function oneAtATime<T>(ctx: Ctx, workspaceId: number, work: () => Promise<T>): Promise<T> {
  let perStore = building.get(ctx.db);
  if (!perStore) {
    perStore = new Map();
    building.set(ctx.db, perStore);
  }
  const before = perStore.get(workspaceId) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  perStore.set(workspaceId, tail);
  void tail.then(() => {
    if (perStore.get(workspaceId) === tail) perStore.delete(workspaceId);
  });
  return run;
}

/** Parsed days kept in memory per store (about 50 KB of JSON each at a large office's volume). */
const PARSED_DAYS = 800;
const parsed = new WeakMap<object, Map<string, DayFigures>>();

function parsedDays(ctx: Ctx) {
  let perStore = parsed.get(ctx.db);
  if (!perStore) {
    perStore = new Map();
    parsed.set(ctx.db, perStore);
  }
  return perStore;
}

function remember(ctx: Ctx, workspaceId: number, day: string, figures: DayFigures): void {
  const memory = parsedDays(ctx);
  const key = `${workspaceId}|${day}`;
  memory.delete(key);
  memory.set(key, figures);
  if (memory.size > PARSED_DAYS) memory.delete(memory.keys().next().value as string);
}

/** How a current summary's JSON starts: a summary of another format or zone is built again. */
function expectedHead(offset: number): string {
  return `{"format":${SUMMARY_FORMAT},"offsetMinutes":${offset},`;
}

/** The consecutive days of `days` (sorted) in runs of at most DAYS_PER_READ. */
function runs(days: string[]): string[][] {
  const out: string[][] = [];
  for (const day of days) {
    const run = out.at(-1);
    const last = run?.at(-1);
    if (run && last && run.length < DAYS_PER_READ && Date.parse(day) - Date.parse(last) === DAY)
      run.push(day);
    else out.push([day]);
  }
  return out;
}

export interface DayFigures {
  summary: DaySummary;
  /** The day's version the summary counts: figures made from it are current while it still is. */
  version: number;
}

/** The workspace's day summaries for `days` (local YYYY-MM-DD, ascending), building stale ones. */
export async function daySummaries(
  ctx: Ctx,
  workspaceId: number,
  offset: number,
  days: string[],
): Promise<Map<string, DayFigures>> {
  const first = days[0];
  const last = days[days.length - 1];
  const found = new Map<string, DayFigures>();
  const memory = parsedDays(ctx);
  // A summary of another format or zone is stale whatever its version says.
  const current = (summary: DaySummary) =>
    summary.format === SUMMARY_FORMAT && summary.offsetMinutes === offset;
  const read = async () => {
    const toLoad: string[] = [];
    for (const state of await dayStates(ctx, workspaceId, first, last)) {
      if (state.builtVersion !== state.version) continue;
      const known = memory.get(`${workspaceId}|${state.day}`);
      if (known && known.version === state.version) {
        if (current(known.summary)) found.set(state.day, known);
      } else toLoad.push(state.day);
    }
    for (const stored of await storedSummaries(ctx, workspaceId, toLoad)) {
      const figures = { summary: JSON.parse(stored.summary) as DaySummary, version: stored.version };
      if (!current(figures.summary)) continue;
      found.set(stored.day, figures);
      remember(ctx, workspaceId, stored.day, figures);
    }
    return days.filter((d) => !found.has(d));
  };
  if ((await read()).length === 0) return found;

  return oneAtATime(ctx, workspaceId, async () => {
    const stale = await read();
    if (stale.length === 0) return found;
    await claimDays(ctx, workspaceId, stale);
    // Versions are read before the articles: a change after this point leaves the day stale.
    const versions = new Map(
      (await dayStates(ctx, workspaceId, stale[0], stale[stale.length - 1])).map((v) => [v.day, v.version]),
    );
    const subjectIds = (await listSubjects(ctx)).map((s) => s.id);
    for (const run of runs(stale)) {
      const from = new Date(dayStart(run[0], offset));
      const to = new Date(dayStart(run[run.length - 1], offset) + DAY);
      const [articles, subjectHits, issueHits] = await Promise.all([
        periodArticles(ctx, workspaceId, from, to),
        subjectHitsBetween(ctx, subjectIds, from, to),
        periodIssueHits(ctx, workspaceId, from, to),
      ]);
      const dayOf = (at: number) => localDayOf(at, offset);
      const articleDay = new Map(articles.map((a) => [a.id, dayOf(a.at)]));
      const byDay = <T>(rows: T[], key: (row: T) => string | undefined) => {
        const grouped = new Map<string, T[]>();
        for (const row of rows) {
          const day = key(row);
          if (day === undefined) continue;
          const list = grouped.get(day);
          if (list) list.push(row);
          else grouped.set(day, [row]);
        }
        return grouped;
      };
      const dayArticles = byDay(articles, (a) => articleDay.get(a.id));
      const daySubjectHits = byDay(subjectHits, (h) => dayOf(h.at));
      const dayIssueHits = byDay(issueHits, (h) => articleDay.get(h.articleId));
      for (const day of run) {
        const summary = summariseDay(
          offset,
          dayArticles.get(day) ?? [],
          daySubjectHits.get(day) ?? [],
          dayIssueHits.get(day) ?? [],
        );
        const version = versions.get(day) ?? 0;
        found.set(day, { summary, version });
        remember(ctx, workspaceId, day, { summary, version });
        await saveDaySummary(ctx, workspaceId, day, version, JSON.stringify(summary));
      }
      await letOthersRun();
    }
    return found;
  });
}

/** Days kept built: a view of up to a year beside the year before it reads only stored days. */
const KEPT_BUILT_DAYS = 732;

/**
 * Builds every workspace's stale days of the last two years, newest first and one day at a time,
 * letting requests run between days (SQLite reads block the process while they run).
 */
export async function refreshDashboardDays(store: Store, now = new Date()): Promise<number> {
  const ctx = systemCtx(store);
  let built = 0;
  for (const ws of await listWorkspaces(ctx)) {
    const offset = zoneOffsetMinutes(ws.timeZone);
    const inWorkspace = withWorkspace(ctx, ws);
    // From the workspace's first article on: a new install builds nothing.
    const first = await firstCountedAt(ctx, ws.id);
    if (first === null) continue;
    const days: string[] = [];
    for (let i = KEPT_BUILT_DAYS - 1; i >= 0; i--) {
      const at = now.getTime() - i * DAY;
      if (at + DAY > first) days.push(localDayOf(at, offset));
    }
    if (days.length === 0) continue;
    const head = expectedHead(offset);
    const current = new Set(
      (await dayStates(ctx, ws.id, days[0], days[days.length - 1], { head: true }))
        .filter((s) => s.builtVersion === s.version && s.head?.startsWith(head))
        .map((s) => s.day),
    );
    for (const day of days.reverse()) {
      if (current.has(day)) continue;
      await daySummaries(inWorkspace, ws.id, offset, [day]);
      built++;
      await letOthersRun();
    }
  }
  return built;
}

/** The dashboard's jobs as a worker process runs them. */
export function dashboardJobs(app: AppContext): JobRegistration[] {
  return [
    handle(refreshDashboardJob, async () => {
      const built = await refreshDashboardDays(app.store);
      if (built > 0) app.logger.info({ built }, 'dashboard days built');
    }),
  ] as JobRegistration[];
}

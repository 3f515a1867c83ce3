// The day summaries a dashboard adds up: read from the store while still current, else built again
// from the day's articles and stored (see src/kernel/db/dashboard-days.ts for when a day is current).

import { localDayOf } from '../../domain/workspace.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { listSubjects, subjectHitsBetween } from '../subjects/subjects.service.ts';
import {
  claimDays,
  dayVersions,
  periodArticles,
  periodIssueHits,
  saveDaySummary,
  storedDays,
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

function usable(
  stored: { version: number; builtVersion: number | null; summary: string | null },
  offset: number,
) {
  if (stored.summary === null || stored.builtVersion !== stored.version) return null;
  const summary = JSON.parse(stored.summary) as DaySummary;
  return summary.format === SUMMARY_FORMAT && summary.offsetMinutes === offset ? summary : null;
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
  const read = async () => {
    for (const stored of await storedDays(ctx, workspaceId, first, last)) {
      const summary = usable(stored, offset);
      if (summary) found.set(stored.day, { summary, version: stored.version });
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
      (await dayVersions(ctx, workspaceId, stale[0], stale[stale.length - 1])).map((v) => [v.day, v.version]),
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
        await saveDaySummary(ctx, workspaceId, day, version, JSON.stringify(summary));
      }
    }
    return found;
  });
}

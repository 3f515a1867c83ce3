// Reading issues as analysts see them: the busiest recent issues with their tone breakdown, and one
// issue in full — label, summary, timeline, tone, top outlets and its articles, with corrections
// winning. A link to an issue that was merged away resolves to the issue it went into.
import { issueTimeline } from '../../analyze/issues/index.ts';
import { compareTerms } from '../../analyze/issues/vector.ts';
import { PantauError } from '../../domain/errors.ts';
import { localDayOf, localDayStart, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findWorkspace } from '../workspaces/workspaces.repo.ts';
import { inWorkspaceNamed, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { issuesPolicy } from './issues.policy.ts';
import {
  findIssueRow,
  issueArticleRows,
  issueDailyCounts,
  issueMemberships,
  issueToneCounts,
  listIssueRows,
  type StoredIssue,
} from './issues.repo.ts';

const DAY = 86_400_000;
/** The longest trend the list gives each issue: a longer period shows its last 90 days. */
export const TREND_DAYS = 90;

/** The last `count` local days up to the one `now` falls in, oldest first. */
function lastLocalDays(now: Date, count: number, offsetMinutes: number): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) days.push(localDayOf(now.getTime() - i * DAY, offsetMinutes));
  return days;
}

export async function listIssues(
  on: Store | Ctx,
  input: { workspace?: string | null; days?: number; limit?: number; minArticles?: number; now?: Date },
) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, issuesPolicy.can('read'), ws.id);
  const now = input.now ?? new Date();
  const days = input.days ?? 7;
  const rows = await listIssueRows(store.db, ws.id, {
    since: new Date(now.getTime() - days * DAY).toISOString(),
    limit: input.limit ?? 50,
    minArticles: input.minArticles ?? 1,
  });
  const ids = rows.map((r) => r.id);
  const tones = await issueToneCounts(store.db, ids);
  // The trend: articles per local day of the workspace (as the dashboard counts them), today last.
  const offsetMinutes = zoneOffsetMinutes(ws.timeZone);
  const trendDays = lastLocalDays(now, Math.min(days, TREND_DAYS), offsetMinutes);
  const perDay = await issueDailyCounts(store, ws.id, ids, {
    from: new Date(localDayStart(trendDays[0], offsetMinutes)).toISOString(),
    to: new Date(localDayStart(trendDays[trendDays.length - 1], offsetMinutes) + DAY).toISOString(),
    offsetMinutes,
  });
  return rows.map((r) => ({
    ...r,
    tones: tones.get(r.id) ?? { positive: 0, negative: 0, neutral: 0 },
    daily: trendDays.map((day) => perDay.get(r.id)?.get(day) ?? 0),
  }));
}

/** The issue with this id, following merges (so old links keep working). */
export async function resolveIssue(on: Store | Ctx, id: number): Promise<StoredIssue> {
  const store = asCtx(on);
  let issue = await findIssueRow(store.db, id);
  for (let hops = 0; issue?.mergedInto && hops < 10; hops++)
    issue = await findIssueRow(store.db, issue.mergedInto);
  if (!issue || !sameWorkspace(store, issue.workspaceId))
    throw new PantauError('not_found', `Isu #${id} tidak ditemukan — issue not found`);
  return issue;
}

export async function showIssue(
  on: Store | Ctx,
  id: number,
  input: { bucket?: 'day' | 'hour'; articles?: number; workspace?: string | null } = {},
) {
  const store = await inWorkspaceNamed(asCtx(on), input.workspace);
  const issue = await resolveIssue(store, id);
  authorize(store.actor, issuesPolicy.can('read'), issue.workspaceId);
  const ws = await findWorkspace(store, issue.workspaceId);
  const offset = zoneOffsetMinutes(ws?.timeZone ?? 'WIB');
  const articles = await issueArticleRows(store.db, [issue.id]);
  const tones = { positive: 0, negative: 0, neutral: 0 };
  const outlets = new Map<string, number>();
  for (const a of articles) {
    tones[a.tone ?? 'neutral']++;
    if (a.outlet) outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
  }
  // The article closest to the issue's centre tells its story best: its summary is the issue's.
  const members = await issueMemberships(store.db, issue.id);
  let central: number | null = null;
  let best = -1;
  for (const m of members) {
    const { similarity } = compareTerms(m.member.terms, issue.state.terms);
    if (similarity > best) {
      best = similarity;
      central = m.articleId;
    }
  }
  const centre = articles.find((a) => a.articleId === central);
  return {
    id: issue.id,
    requestedId: id,
    label: issue.label,
    manual: issue.state.manualLabel !== null,
    locked: issue.state.locked,
    editedBy: issue.editedBy,
    firstAt: issue.state.firstAt,
    lastAt: issue.state.lastAt,
    articleCount: articles.length,
    summary: centre?.summary ?? '',
    summaryFrom: central,
    tones,
    topOutlets: [...outlets]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([outlet, n]) => ({ outlet, articles: n })),
    timeline: issueTimeline(
      articles.map((a) => ({ publishedAt: a.publishedAt ?? issue.state.lastAt, tone: a.tone })),
      { bucket: input.bucket ?? 'day', utcOffsetMinutes: offset },
    ),
    articles: articles.slice(0, input.articles ?? 100),
  };
}

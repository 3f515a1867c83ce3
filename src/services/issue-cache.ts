// Each process keeps the open issues of a workspace in memory, so filing an article compares it with
// hundreds of issues without reading and parsing them all again. The cache follows the workspace's
// issue clock: it holds every change up to `seq` and catches up on the ones after it.
import type { IssueState } from '../analyze/issues/index.ts';
import type { Store } from '../store/connect.ts';
import { issuesActiveBetween, issuesChangedSince, type StoredIssue } from '../store/issues.ts';

const DAY = 86_400_000;
/** Issues quiet for longer than this are not kept; older articles look their issues up directly. */
export const CACHED_DAYS = 45;

interface WorkspaceIssues {
  seq: number;
  issues: Map<number, IssueState>;
  prunedAt: number;
}

const caches = new WeakMap<Store, Map<number, WorkspaceIssues>>();

function cacheOf(store: Store): Map<number, WorkspaceIssues> {
  let map = caches.get(store);
  if (!map) {
    map = new Map();
    caches.set(store, map);
  }
  return map;
}

function put(entry: WorkspaceIssues, issue: StoredIssue): void {
  if (issue.mergedInto !== null || issue.state.articleCount === 0) entry.issues.delete(issue.id);
  else entry.issues.set(issue.id, issue.state);
}

/**
 * The workspace's recently active open issues, brought up to clock value `seq` (called inside a
 * transaction holding the issue clock, so every change up to `seq` is committed and visible).
 */
export async function recentIssues(
  store: Store,
  db: Store['db'],
  workspaceId: number,
  seq: number,
  now: Date,
): Promise<IssueState[]> {
  const map = cacheOf(store);
  let entry = map.get(workspaceId);
  const horizon = new Date(now.getTime() - CACHED_DAYS * DAY).toISOString();
  if (!entry) {
    entry = { seq, issues: new Map(), prunedAt: now.getTime() };
    for (const issue of await issuesActiveBetween(db, workspaceId, horizon, '9999-12-31T00:00:00.000Z'))
      put(entry, issue);
    map.set(workspaceId, entry);
  } else if (entry.seq < seq) {
    for (const issue of await issuesChangedSince(db, workspaceId, entry.seq)) put(entry, issue);
    entry.seq = seq;
  }
  if (now.getTime() - entry.prunedAt > DAY) {
    for (const [id, state] of entry.issues) if (state.lastAt < horizon) entry.issues.delete(id);
    entry.prunedAt = now.getTime();
  }
  return [...entry.issues.values()];
}

/**
 * Records this process's own committed change (clock `previous` → `now`). If the cache was not
 * exactly at `previous`, it is left alone: its next catch-up reads the change from the store.
 */
export function rememberIssueChange(
  store: Store,
  workspaceId: number,
  clock: { previous: number; now: number },
  changed: StoredIssue[],
): void {
  const entry = cacheOf(store).get(workspaceId);
  if (!entry || entry.seq !== clock.previous) return;
  for (const issue of changed) put(entry, issue);
  entry.seq = clock.now;
}

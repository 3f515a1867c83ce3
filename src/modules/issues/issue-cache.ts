// Each process keeps the open issues of a workspace in memory, so filing an article compares it with
// the few issues that share its terms instead of reading, parsing and scoring them all again. The
// cache follows the workspace's issue clock: it holds every change up to `seq` and catches up on the
// ones after it. Alongside the issues it keeps, per term, which issues carry it: that gives both the
// candidates for an article and how rare each term is.
import type { IssueState, IssueTerm } from '../../analyze/issues/index.ts';
import { rarityFrom, type TermRarity } from '../../analyze/issues/vector.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { issuesActiveBetween, issuesChangedSince, type StoredIssue } from './issues.repo.ts';

const DAY = 86_400_000;
/** Issues quiet for longer than this are not kept; older articles look their issues up directly. */
export const CACHED_DAYS = 45;
/** A term carried by more than this share of the issues finds no useful candidates on its own. */
const COMMON_SHARE = 0.25;

export interface OpenIssues {
  /** The issues sharing at least one telling term with the article. */
  candidates(terms: Record<string, IssueTerm>): IssueState[];
  rarity: TermRarity;
}

interface WorkspaceIssues {
  seq: number;
  issues: Map<number, IssueState>;
  /** Term key → ids of the cached issues carrying it. */
  postings: Map<string, Set<number>>;
  prunedAt: number;
}

function cacheOf(store: Store): Map<number, WorkspaceIssues> {
  return store.caches.get('issues', () => new Map<number, WorkspaceIssues>());
}

function remove(entry: WorkspaceIssues, id: number): void {
  const old = entry.issues.get(id);
  if (!old) return;
  for (const key of Object.keys(old.terms)) {
    const ids = entry.postings.get(key);
    ids?.delete(id);
    if (ids?.size === 0) entry.postings.delete(key);
  }
  entry.issues.delete(id);
}

function put(entry: WorkspaceIssues, issue: StoredIssue): void {
  remove(entry, issue.id);
  if (issue.mergedInto !== null || issue.state.articleCount === 0) return;
  entry.issues.set(issue.id, issue.state);
  for (const key of Object.keys(issue.state.terms)) {
    let ids = entry.postings.get(key);
    if (!ids) {
      ids = new Set();
      entry.postings.set(key, ids);
    }
    ids.add(issue.id);
  }
}

/** Issues scored in full for one article; the rest share too little to come close. */
const CANDIDATES = 30;

function view(entry: WorkspaceIssues): OpenIssues {
  const count = entry.issues.size;
  const common = Math.max(5, COMMON_SHARE * count);
  const rarity = rarityFrom((key) => entry.postings.get(key)?.size ?? 0, count);
  return {
    rarity,
    candidates(terms) {
      // A search engine's first pass: add up the shared terms' products through the postings and
      // keep the issues with the largest sums for the full comparison.
      const partial = new Map<number, number>();
      for (const [key, t] of Object.entries(terms)) {
        const carrying = entry.postings.get(key);
        if (!carrying || carrying.size > common) continue;
        const r = rarity(key);
        for (const id of carrying) {
          const weight = entry.issues.get(id)?.terms[key]?.weight ?? 0;
          partial.set(id, (partial.get(id) ?? 0) + t.weight * weight * r * r);
        }
      }
      return [...partial]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, CANDIDATES)
        .map(([id]) => entry.issues.get(id) as IssueState);
    },
  };
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
): Promise<OpenIssues> {
  const map = cacheOf(store);
  let entry = map.get(workspaceId);
  const horizon = new Date(now.getTime() - CACHED_DAYS * DAY).toISOString();
  if (!entry) {
    entry = { seq, issues: new Map(), postings: new Map(), prunedAt: now.getTime() };
    for (const issue of await issuesActiveBetween(db, workspaceId, horizon, '9999-12-31T00:00:00.000Z'))
      put(entry, issue);
    map.set(workspaceId, entry);
  } else if (entry.seq < seq) {
    for (const issue of await issuesChangedSince(db, workspaceId, entry.seq)) put(entry, issue);
    entry.seq = seq;
  }
  if (now.getTime() - entry.prunedAt > DAY) {
    for (const [id, state] of entry.issues) if (state.lastAt < horizon) remove(entry, id);
    entry.prunedAt = now.getTime();
  }
  return view(entry);
}

/**
 * Shows a change made inside a filing transaction that is still running to the next articles of the
 * same batch. Should the transaction fail, `forgetIssueCache` throws the cache away.
 */
export function noteIssueChange(store: Store, workspaceId: number, issue: StoredIssue): void {
  const entry = cacheOf(store).get(workspaceId);
  if (entry) put(entry, issue);
}

/**
 * The batch ticked the clock `previous` → `now` and committed: a cache that was exactly at `previous`
 * now holds everything up to `now`. Otherwise its next catch-up reads the change from the store.
 */
export function issueCacheCommitted(
  store: Store,
  workspaceId: number,
  clock: { previous: number; now: number },
): void {
  const entry = cacheOf(store).get(workspaceId);
  if (entry && entry.seq === clock.previous) entry.seq = clock.now;
}

export function forgetIssueCache(store: Store, workspaceId: number): void {
  cacheOf(store).delete(workspaceId);
}

// Files every analysed article into an issue as it arrives: a copy of a syndicated story joins its
// story's issue, a re-analysed article keeps its issue (analysts' placements and the grouping stay
// stable), and anything else joins the most similar recent issue or starts a new one.
import {
  type AssignOptions,
  assignIssue,
  automaticLabel,
  emptyIssue,
  type IssueInput,
  type IssueState,
  type IssueTerm,
  memberOf,
  withMember,
  withReplacedMember,
} from '../../analyze/issues/index.ts';
import { rarityOver, type TermRarity } from '../../analyze/issues/vector.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { CACHED_DAYS, recentIssues, rememberIssueChange } from './issue-cache.ts';
import {
  findIssueRow,
  findMembership,
  insertIssue,
  issuesActiveBetween,
  type StoredIssue,
  saveMembership,
  storyIssue,
  updateIssueRow,
  withIssueClock,
} from './issues.repo.ts';

const DAY = 86_400_000;

export interface IssueFiling extends Omit<IssueInput, 'id'> {
  articleId: number;
  workspaceId: number;
  storyId: number | null;
}

export interface FiledIssue {
  issueId: number;
  created: boolean;
  similarity: number;
  reason: string;
}

/** Open issues an article published at `at` could belong to, and how rare each term is among them. */
async function candidates(
  store: Store,
  trx: Store['db'],
  filing: { workspaceId: number; terms: Record<string, IssueTerm> },
  seq: number,
  at: Date,
  now: Date,
  quietDays: number,
): Promise<{ issues: IssueState[]; rarity: TermRarity }> {
  if (at.getTime() >= now.getTime() - (CACHED_DAYS - 2 * quietDays) * DAY) {
    const open = await recentIssues(store, trx, filing.workspaceId, seq, now);
    return { issues: open.candidates(filing.terms), rarity: open.rarity };
  }
  // An old article (a sitemap back-fill) is compared with the issues of its own time.
  const from = new Date(at.getTime() - 2 * quietDays * DAY).toISOString();
  const to = new Date(at.getTime() + quietDays * DAY).toISOString();
  const issues = (await issuesActiveBetween(trx, filing.workspaceId, from, to)).map((i) => i.state);
  return { issues, rarity: rarityOver(issues) };
}

/** Per store and workspace, the last filing queued in this process. */

/**
 * Runs one workspace's filings one after another in this process. They serialise on the issue clock
 * anyway; queueing here keeps the waiting ones from each holding a pooled connection while they
 * wait, which starved the crawler's other work on PostgreSQL.
 */
function oneAtATime<T>(store: Store, workspaceId: number, fn: () => Promise<T>): Promise<T> {
  const map = store.caches.get('issue-filing-queues', () => new Map<number, Promise<unknown>>());
  const run = (map.get(workspaceId) ?? Promise.resolve()).then(fn, fn);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  map.set(workspaceId, settled);
  void settled.then(() => {
    if (map.get(workspaceId) === settled) map.delete(workspaceId);
  });
  return run;
}

export async function fileArticleInIssue(
  store: Store,
  filing: IssueFiling,
  options: AssignOptions & { now?: Date } = {},
): Promise<FiledIssue> {
  // Read before queueing and before taking the clock, so other filings wait less: a new article
  // cannot gain an issue meanwhile (only its own job files it), and a story sibling seen a moment
  // late only means the copy is placed by similarity instead.
  const filedBefore = (await findMembership(store.db, filing.articleId)) !== null;
  const sibling = filing.storyId ? await storyIssue(store.db, filing.storyId, filing.articleId) : null;
  return oneAtATime(store, filing.workspaceId, () =>
    fileNow(store, filing, options, { filedBefore, sibling }),
  );
}

async function fileNow(
  store: Store,
  filing: IssueFiling,
  options: AssignOptions & { now?: Date },
  { filedBefore, sibling }: { filedBefore: boolean; sibling: number | null },
): Promise<FiledIssue> {
  const now = options.now ?? new Date();
  const quietDays = options.quietDays ?? 14;
  const input: IssueInput = { ...filing, id: String(filing.articleId) };
  let changed: StoredIssue[] = [];
  const { result, clock } = await withIssueClock(
    store,
    filing.workspaceId,
    async (trx, clock) => {
      /** Writes an issue's new state; the cache learns it once the transaction has committed. */
      const save = async (id: number, state: IssueState) => {
        const label = automaticLabel(state);
        if (state.id) await updateIssueRow(trx, id, { state, label, seq: clock.now });
        else id = await insertIssue(trx, { workspaceId: filing.workspaceId, state, label, seq: clock.now });
        const saved = { ...state, id: String(id) };
        changed = [
          {
            id,
            workspaceId: filing.workspaceId,
            label,
            mergedInto: null,
            editedBy: null,
            updatedAt: '',
            state: saved,
          },
        ];
        return id;
      };
      const existing = filedBefore ? await findMembership(trx, filing.articleId) : null;
      if (existing) {
        const issue = (await findIssueRow(trx, existing.issueId)) as StoredIssue;
        const member = memberOf(input, existing.pinned);
        await save(issue.id, withReplacedMember(issue.state, existing.member, member));
        await saveMembership(trx, { ...existing, member, workspaceId: filing.workspaceId });
        const result: FiledIssue = {
          issueId: issue.id,
          created: false,
          similarity: existing.similarity,
          reason: existing.reason,
        };
        return { result, clock };
      }
      const member = memberOf(input);
      // The issue it joins (its current state, read under the clock), or null for a new one.
      let target: IssueState | null = null;
      let similarity = 0;
      let reason = '';
      const storyTarget = sibling ? await findIssueRow(trx, sibling) : null;
      if (storyTarget && !storyTarget.state.locked && storyTarget.mergedInto === null) {
        target = storyTarget.state;
        similarity = 1;
        reason = `Salinan berita yang sama dengan artikel lain di isu "${storyTarget.label}".`;
      } else {
        const at = new Date(Math.min(filing.publishedAt.getTime(), now.getTime()));
        const open = await candidates(
          store,
          trx,
          { workspaceId: filing.workspaceId, terms: member.terms },
          clock.previous,
          at,
          now,
          quietDays,
        );
        const assignment = assignIssue(
          input,
          open.issues,
          now,
          { ...options, rarity: open.rarity },
          member.terms,
        );
        similarity = assignment.similarity;
        reason = assignment.reason;
        target = open.issues.find((i) => i.id === assignment.issueId) ?? null;
      }
      const issueId = await save(Number(target?.id ?? 0), withMember(target ?? emptyIssue(''), member));
      const created = !target;
      await saveMembership(trx, {
        articleId: filing.articleId,
        issueId,
        pinned: false,
        member,
        similarity,
        reason,
        workspaceId: filing.workspaceId,
      });
      return { result: { issueId, created, similarity, reason }, clock };
    },
    { derived: true },
  );
  rememberIssueChange(store, filing.workspaceId, clock, changed);
  return result;
}

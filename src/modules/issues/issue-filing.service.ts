// Files every analysed article into an issue as it arrives: a copy of a syndicated story joins its
// story's issue, a re-analysed article keeps its issue (analysts' placements and the grouping stay
// stable), and anything else joins the most similar recent issue or starts a new one.
//
// Filings of one workspace are batched: the articles that arrive while a batch is being written are
// filed together in the next one, under one tick of the issue clock, with their memberships and story
// siblings read in one query each and each changed issue written once. Under a steady crawl this turns
// about ten round trips per article, all holding the workspace's clock, into two or three.
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
import {
  CACHED_DAYS,
  forgetIssueCache,
  issueCacheCommitted,
  noteIssueChange,
  type OpenIssues,
  recentIssues,
} from './issue-cache.ts';
import {
  findIssueRow,
  findMemberships,
  insertIssue,
  issuesActiveBetween,
  type Membership,
  type StoredIssue,
  saveMemberships,
  storyIssues,
  updateIssueRow,
  withIssueClock,
} from './issues.repo.ts';

const DAY = 86_400_000;
/** More than this waits for the next batch, so one transaction never holds the clock for long. */
const MAX_BATCH = 64;

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

type Options = AssignOptions & { now?: Date };

interface Waiting {
  filing: IssueFiling;
  options: Options;
  resolve(filed: FiledIssue): void;
  reject(error: unknown): void;
}

interface WorkspaceQueue {
  waiting: Waiting[];
  running: boolean;
}

export function fileArticleInIssue(
  store: Store,
  filing: IssueFiling,
  options: Options = {},
): Promise<FiledIssue> {
  const queues = store.caches.get('issue-filing-queues', () => new Map<number, WorkspaceQueue>());
  let queue = queues.get(filing.workspaceId);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(filing.workspaceId, queue);
  }
  const q = queue;
  return new Promise<FiledIssue>((resolve, reject) => {
    q.waiting.push({ filing, options, resolve, reject });
    if (!q.running) void drain(store, q);
  });
}

/** Files what is waiting, a batch at a time, until nothing is. */
async function drain(store: Store, queue: WorkspaceQueue): Promise<void> {
  queue.running = true;
  try {
    while (queue.waiting.length > 0) {
      // A batch shares one clock reading, so filings asking for another `now` (tests, back-fills
      // replayed at a fixed time) wait for a batch of their own.
      const at = queue.waiting[0].options.now?.getTime();
      let size = 1;
      while (
        size < Math.min(MAX_BATCH, queue.waiting.length) &&
        queue.waiting[size].options.now?.getTime() === at
      )
        size++;
      const batch = queue.waiting.splice(0, size);
      try {
        const filed = await fileBatch(store, batch);
        for (const [i, w] of batch.entries()) w.resolve(filed[i]);
      } catch (error) {
        if (batch.length === 1) {
          batch[0].reject(error);
          continue;
        }
        // One bad article must not cost the others their filing: each goes again on its own.
        for (const w of batch) {
          await fileBatch(store, [w]).then(
            ([filed]) => w.resolve(filed),
            (e: unknown) => w.reject(e),
          );
        }
      }
    }
  } finally {
    queue.running = false;
  }
}

/** Open issues an article published at `at` could belong to, and how rare each term is among them. */
async function candidates(
  trx: Store['db'],
  recent: OpenIssues,
  pending: Map<number, StoredIssue>,
  filing: { workspaceId: number; terms: Record<string, IssueTerm> },
  at: Date,
  now: Date,
  quietDays: number,
): Promise<{ issues: IssueState[]; rarity: TermRarity }> {
  if (at.getTime() >= now.getTime() - (CACHED_DAYS - 2 * quietDays) * DAY) {
    return { issues: recent.candidates(filing.terms), rarity: recent.rarity };
  }
  // An old article (a sitemap back-fill) is compared with the issues of its own time, as this batch
  // has left them so far.
  const from = new Date(at.getTime() - 2 * quietDays * DAY).toISOString();
  const to = new Date(at.getTime() + quietDays * DAY).toISOString();
  const issues = (await issuesActiveBetween(trx, filing.workspaceId, from, to)).map(
    (i) => pending.get(i.id)?.state ?? i.state,
  );
  return { issues, rarity: rarityOver(issues) };
}

/** Files a batch of one workspace's articles in one transaction; results in the batch's order. */
async function fileBatch(store: Store, batch: Waiting[]): Promise<FiledIssue[]> {
  const workspaceId = batch[0].filing.workspaceId;
  let ticked: { previous: number; now: number } | null = null;
  try {
    const results = await withIssueClock(
      store,
      workspaceId,
      async (trx, clock) => {
        ticked = clock;
        const now = batch[0].options.now ?? new Date();
        // Brought up to date before this batch changes anything, so the catch-up never reads over it.
        await recentIssues(store, trx, workspaceId, clock.previous, now);
        const articleIds = batch.map((w) => w.filing.articleId);
        const memberships = await findMemberships(trx, articleIds);
        const storyIds = [...new Set(batch.flatMap((w) => (w.filing.storyId ? [w.filing.storyId] : [])))];
        const siblings = await storyIssues(trx, storyIds);
        /** Issues as this batch has left them; those in `changed` are written once at its end. */
        const pending = new Map<number, StoredIssue>();
        const changed = new Set<number>();
        const issueRow = async (id: number) => pending.get(id) ?? (await findIssueRow(trx, id));
        const save = async (id: number, state: IssueState): Promise<number> => {
          const label = automaticLabel(state);
          if (state.id) changed.add(id);
          else id = await insertIssue(trx, { workspaceId, state, label, seq: clock.now });
          const saved: StoredIssue = {
            id,
            workspaceId,
            label: state.manualLabel ?? label,
            mergedInto: null,
            editedBy: null,
            updatedAt: '',
            state: { ...state, id: String(id) },
          };
          pending.set(id, saved);
          noteIssueChange(store, workspaceId, saved);
          return id;
        };
        const filed: Membership[] = [];
        const results: FiledIssue[] = [];

        for (const { filing, options } of batch) {
          const input: IssueInput = { ...filing, id: String(filing.articleId) };
          const existing = memberships.get(filing.articleId);
          if (existing) {
            // Re-analysed: it stays where it is, with its new terms.
            const issue = (await issueRow(existing.issueId)) as StoredIssue;
            const member = memberOf(input, existing.pinned);
            await save(issue.id, withReplacedMember(issue.state, existing.member, member));
            const moved = { ...existing, member };
            memberships.set(filing.articleId, moved);
            filed.push(moved);
            results.push({
              issueId: issue.id,
              created: false,
              similarity: existing.similarity,
              reason: existing.reason,
            });
            continue;
          }
          const member = memberOf(input);
          let target: IssueState | null = null;
          let similarity = 0;
          let reason = '';
          const copy = filing.storyId
            ? siblings.get(filing.storyId)?.find((s) => s.articleId !== filing.articleId)
            : undefined;
          const storyTarget = copy ? await issueRow(copy.issueId) : null;
          if (storyTarget && !storyTarget.state.locked && storyTarget.mergedInto === null) {
            target = storyTarget.state;
            similarity = 1;
            reason = `Salinan berita yang sama dengan artikel lain di isu "${storyTarget.label}".`;
          } else {
            const published = new Date(Math.min(filing.publishedAt.getTime(), now.getTime()));
            // Asked again per article: the cache already holds this batch's changes, and the
            // term rarities must count the issues it has started.
            const recent = await recentIssues(store, trx, workspaceId, clock.previous, now);
            const open = await candidates(
              trx,
              recent,
              pending,
              { workspaceId, terms: member.terms },
              published,
              now,
              options.quietDays ?? 14,
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
          const membership: Membership = {
            articleId: filing.articleId,
            issueId,
            pinned: false,
            member,
            similarity,
            reason,
          };
          memberships.set(filing.articleId, membership);
          filed.push(membership);
          // A later copy of the same story in this batch joins this one.
          if (filing.storyId) {
            const copies = siblings.get(filing.storyId) ?? [];
            copies.push({ articleId: filing.articleId, issueId });
            siblings.set(filing.storyId, copies);
          }
          results.push({ issueId, created: !target, similarity, reason });
        }

        for (const id of changed) {
          const issue = pending.get(id) as StoredIssue;
          await updateIssueRow(trx, issue.id, {
            state: issue.state,
            label: automaticLabel(issue.state),
            seq: clock.now,
          });
        }
        await saveMemberships(
          trx,
          filed.map((m) => ({ ...m, workspaceId })),
        );
        return results;
      },
      { derived: true },
    );
    if (ticked) issueCacheCommitted(store, workspaceId, ticked);
    return results;
  } catch (error) {
    // The cache may hold changes of the batch that rolled back.
    forgetIssueCache(store, workspaceId);
    throw error;
  }
}

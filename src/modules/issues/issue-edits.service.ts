// Analysts' edits to issues — rename, lock, merge, split, move an article — applied under the
// workspace's issue clock so they never interleave with the pipeline filing new articles. Moved
// articles are pinned (the pipeline never moves them back) and each move is kept as a correction
// with who and when.
import {
  automaticLabel,
  type IssueGroup,
  type IssueMember,
  type IssueState,
  lockIssue as lockState,
  mergeIssues as mergeGroups,
  moveArticle as moveInGroups,
  renameIssue as renameState,
  splitIssue as splitGroup,
} from '../../analyze/issues/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, editorName, joined, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findArticle } from '../articles/articles.repo.ts';
import { recordChange } from '../audit/audit.service.ts';
import { insertCorrection } from '../corrections/corrections.repo.ts';
import { inWorkspaceNamed } from '../workspaces/workspaces.service.ts';
import { issuesPolicy } from './issues.policy.ts';
import {
  findIssueRow,
  findMembership,
  insertIssue,
  issueMemberships,
  markMerged,
  moveAllMemberships,
  type StoredIssue,
  saveMembership,
  updateIssueRow,
  withIssueClock,
} from './issues.repo.ts';
import { resolveIssue } from './issues.service.ts';

type Db = Store['db'];
type Clock = { now: number };

/** The issue, checked to be in the context's workspace and editable by the actor. */
async function editable(ctx: Ctx, id: number): Promise<StoredIssue> {
  const issue = await resolveIssue(ctx, id);
  authorize(ctx.actor, issuesPolicy.can('edit'), issue.workspaceId);
  return issue;
}

/** The edit's audit row, in the transaction the issue clock holds. */
function audit(
  ctx: Ctx,
  trx: Db,
  issue: { id: number; workspaceId: number },
  change: { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> },
) {
  return recordChange(joined(ctx, trx), {
    ...change,
    recordType: 'issue',
    recordId: issue.id,
    workspaceId: issue.workspaceId,
  });
}

/**
 * The issue as it stands under the clock: a filing may have changed it since it was looked up, and
 * an edit written from the earlier read would drop that article's contribution.
 */
async function current(db: Db, issue: StoredIssue): Promise<StoredIssue> {
  return (await findIssueRow(db, issue.id)) ?? issue;
}

async function groupOf(db: Db, issue: StoredIssue): Promise<IssueGroup> {
  const members = (await issueMemberships(db, issue.id)).map((m) => ({ ...m.member, pinned: m.pinned }));
  return { issue: issue.state, members };
}

/** Writes an issue's state after an analyst's edit. */
function writeIssue(db: Db, id: number, state: IssueState, clock: Clock, by: string) {
  return updateIssueRow(db, id, { state, label: automaticLabel(state), seq: clock.now, editedBy: by });
}

/** Places the articles in `issueId`, pinned, with the analyst's reason. */
async function placeMembers(
  db: Db,
  issueId: number,
  members: IssueMember[],
  input: { reason: string; workspaceId: number },
): Promise<void> {
  for (const m of members) {
    await saveMembership(db, {
      articleId: Number(m.id),
      issueId,
      pinned: m.pinned,
      member: m,
      similarity: 1,
      reason: input.reason,
      workspaceId: input.workspaceId,
    });
  }
}

export async function renameIssue(
  on: Store | Ctx,
  input: { id: number; label: string; by?: string; workspace?: string | null },
) {
  const ctx = await inWorkspaceNamed(asCtx(on), input.workspace);
  const by = editorName(ctx, input.by);
  const issue = await editable(ctx, input.id);
  renameState(issue.state, input.label); // a name that is too long is refused before the clock
  await withIssueClock(ctx, issue.workspaceId, async (trx, clock) => {
    const before = await current(trx, issue);
    await writeIssue(trx, issue.id, renameState(before.state, input.label), clock, by);
    await audit(ctx, trx, issue, {
      action: 'issues.rename',
      before: { label: before.label },
      after: { label: input.label },
    });
  });
  return resolveIssue(ctx, issue.id);
}

export async function lockIssue(
  on: Store | Ctx,
  input: { id: number; locked: boolean; by?: string; workspace?: string | null },
) {
  const ctx = await inWorkspaceNamed(asCtx(on), input.workspace);
  const by = editorName(ctx, input.by);
  const issue = await editable(ctx, input.id);
  await withIssueClock(ctx, issue.workspaceId, async (trx, clock) => {
    const before = await current(trx, issue);
    await writeIssue(trx, issue.id, lockState(before.state, input.locked), clock, by);
    await audit(ctx, trx, issue, {
      action: input.locked ? 'issues.lock' : 'issues.unlock',
      before: { locked: before.state.locked },
      after: { locked: input.locked },
    });
  });
  return resolveIssue(ctx, issue.id);
}

/** Folds issue `from` into issue `into`; links to `from` resolve to `into` from now on. */
export async function mergeIssues(
  on: Store | Ctx,
  input: { into: number; from: number; by?: string; workspace?: string | null },
) {
  const ctx = await inWorkspaceNamed(asCtx(on), input.workspace);
  const by = editorName(ctx, input.by);
  const into = await editable(ctx, input.into);
  const from = await editable(ctx, input.from);
  if (into.workspaceId !== from.workspaceId)
    throw new PantauError('validation', 'Isu dari workspace lain tidak dapat digabung.');
  await withIssueClock(ctx, into.workspaceId, async (trx, clock) => {
    await audit(ctx, trx, into, {
      action: 'issues.merge',
      before: { mergedFrom: null },
      after: { mergedFrom: from.id },
    });
    const merged = mergeGroups(
      await groupOf(trx, await current(trx, into)),
      await groupOf(trx, await current(trx, from)),
    );
    await moveAllMemberships(trx, from.id, into.id);
    await writeIssue(trx, into.id, merged.issue, clock, by);
    await markMerged(trx, from.id, into.id, clock.now, by);
  });
  return resolveIssue(ctx, into.id);
}

/** Takes some articles out of an issue into a new one (pinned there), optionally named. */
export async function splitIssue(
  on: Store | Ctx,
  input: { id: number; articleIds: number[]; by?: string; label?: string; workspace?: string | null },
) {
  const ctx = await inWorkspaceNamed(asCtx(on), input.workspace);
  const by = editorName(ctx, input.by);
  const issue = await editable(ctx, input.id);
  const newId = await withIssueClock(ctx, issue.workspaceId, async (trx, clock) => {
    const { kept, split } = splitGroup(
      await groupOf(trx, await current(trx, issue)),
      input.articleIds.map(String),
      'baru',
    );
    const named = input.label ? renameState(split.issue, input.label) : split.issue;
    const id = await insertIssue(trx, {
      workspaceId: issue.workspaceId,
      state: named,
      label: automaticLabel(named),
      seq: clock.now,
      editedBy: by,
    });
    const reason = `Dipisah oleh ${by} dari isu #${issue.id}.`;
    await placeMembers(trx, id, split.members, { reason, workspaceId: issue.workspaceId });
    await writeIssue(trx, issue.id, kept.issue, clock, by);
    const log = joined(ctx, trx);
    await audit(
      ctx,
      trx,
      { id, workspaceId: issue.workspaceId },
      {
        action: 'issues.split',
        before: null,
        after: { splitFrom: issue.id, articles: input.articleIds, label: input.label ?? null },
      },
    );
    for (const articleId of input.articleIds)
      await insertCorrection(log, {
        workspaceId: issue.workspaceId,
        articleId,
        kind: 'issue',
        value: id,
        actor: by,
      });
    return id;
  });
  return resolveIssue(ctx, newId);
}

/** Moves one article into another issue, pinned there (an analyst's correction of its issue). */
export async function moveArticleToIssue(
  on: Store | Ctx,
  input: { articleId: number; issueId: number; by?: string; workspace?: string | null },
) {
  const ctx = await inWorkspaceNamed(asCtx(on), input.workspace);
  const by = editorName(ctx, input.by);
  const article = await findArticle(ctx, input.articleId);
  if (!article || !sameWorkspace(ctx, article.workspaceId)) {
    throw new PantauError('not_found', `Artikel #${input.articleId} tidak ditemukan — article not found`);
  }
  const target = await editable(ctx, input.issueId);
  if (target.workspaceId !== article.workspaceId)
    throw new PantauError('validation', 'Isu tujuan ada di workspace lain.');
  await withIssueClock(ctx, target.workspaceId, async (trx, clock) => {
    const membership = await findMembership(trx, article.id);
    if (!membership)
      throw new PantauError(
        'conflict',
        `Artikel #${article.id} belum masuk isu mana pun (belum dianalisis).`,
      );
    const source = await resolveIssue(joined(ctx, trx), membership.issueId);
    await audit(ctx, trx, target, {
      action: 'issues.move_article',
      before: { article: article.id, issue: source.id },
      after: { article: article.id, issue: target.id },
    });
    const moved = moveInGroups(
      await groupOf(trx, source),
      await groupOf(trx, await current(trx, target)),
      String(article.id),
    );
    const reason = `Dipindahkan oleh ${by} dari isu #${source.id}.`;
    await writeIssue(trx, target.id, moved.to.issue, clock, by);
    const arrived = moved.to.members.filter((m) => m.id === String(article.id));
    await placeMembers(trx, target.id, arrived, { reason, workspaceId: target.workspaceId });
    // An issue left without articles is gone; links to it lead to where its article went.
    if (moved.from.members.length === 0) await markMerged(trx, source.id, target.id, clock.now, by);
    else await writeIssue(trx, source.id, moved.from.issue, clock, by);
    await insertCorrection(joined(ctx, trx), {
      workspaceId: target.workspaceId,
      articleId: article.id,
      kind: 'issue',
      value: target.id,
      actor: by,
    });
  });
  return resolveIssue(ctx, target.id);
}

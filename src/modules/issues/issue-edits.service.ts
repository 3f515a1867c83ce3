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
import { findArticle } from '../articles/articles.repo.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { insertCorrection } from '../corrections/corrections.repo.ts';
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

function analyst(by: string): string {
  const actor = by.trim();
  if (!actor) throw new PantauError('validation', 'Nama analis wajib diisi — who edits is required');
  return actor;
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

export async function renameIssue(store: Store, input: { id: number; label: string; by: string }) {
  const by = analyst(input.by);
  const issue = await resolveIssue(store, input.id);
  renameState(issue.state, input.label); // a name that is too long is refused before the clock
  await withIssueClock(store, issue.workspaceId, async (trx, clock) =>
    writeIssue(trx, issue.id, renameState((await current(trx, issue)).state, input.label), clock, by),
  );
  return resolveIssue(store, issue.id);
}

export async function lockIssue(store: Store, input: { id: number; locked: boolean; by: string }) {
  const by = analyst(input.by);
  const issue = await resolveIssue(store, input.id);
  await withIssueClock(store, issue.workspaceId, async (trx, clock) =>
    writeIssue(trx, issue.id, lockState((await current(trx, issue)).state, input.locked), clock, by),
  );
  return resolveIssue(store, issue.id);
}

/** Folds issue `from` into issue `into`; links to `from` resolve to `into` from now on. */
export async function mergeIssues(store: Store, input: { into: number; from: number; by: string }) {
  const by = analyst(input.by);
  const into = await resolveIssue(store, input.into);
  const from = await resolveIssue(store, input.from);
  if (into.workspaceId !== from.workspaceId)
    throw new PantauError('validation', 'Isu dari workspace lain tidak dapat digabung.');
  await withIssueClock(store, into.workspaceId, async (trx, clock) => {
    const merged = mergeGroups(
      await groupOf(trx, await current(trx, into)),
      await groupOf(trx, await current(trx, from)),
    );
    await moveAllMemberships(trx, from.id, into.id);
    await writeIssue(trx, into.id, merged.issue, clock, by);
    await markMerged(trx, from.id, into.id, clock.now, by);
  });
  return resolveIssue(store, into.id);
}

/** Takes some articles out of an issue into a new one (pinned there), optionally named. */
export async function splitIssue(
  store: Store,
  input: { id: number; articleIds: number[]; by: string; label?: string },
) {
  const by = analyst(input.by);
  const issue = await resolveIssue(store, input.id);
  const newId = await withIssueClock(store, issue.workspaceId, async (trx, clock) => {
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
    const log = { ...store, db: trx };
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
  return resolveIssue(store, newId);
}

/** Moves one article into another issue, pinned there (an analyst's correction of its issue). */
export async function moveArticleToIssue(
  store: Store,
  input: { articleId: number; issueId: number; by: string },
) {
  const by = analyst(input.by);
  const article = await findArticle(store, input.articleId);
  if (!article) throw new PantauError('not_found', `Artikel #${input.articleId} tidak ditemukan`);
  const target = await resolveIssue(store, input.issueId);
  if (target.workspaceId !== article.workspaceId)
    throw new PantauError('validation', 'Isu tujuan ada di workspace lain.');
  await withIssueClock(store, target.workspaceId, async (trx, clock) => {
    const membership = await findMembership(trx, article.id);
    if (!membership)
      throw new PantauError(
        'conflict',
        `Artikel #${article.id} belum masuk isu mana pun (belum dianalisis).`,
      );
    const source = await resolveIssue({ ...store, db: trx }, membership.issueId);
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
    await insertCorrection(
      { ...store, db: trx },
      { workspaceId: target.workspaceId, articleId: article.id, kind: 'issue', value: target.id, actor: by },
    );
  });
  return resolveIssue(store, target.id);
}

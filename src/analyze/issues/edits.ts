// Analyst edits to issues as pure operations (rename, lock, merge, split, move) that the store
// persists; articles an analyst places are pinned so automatic processing never moves them back.
import { PantauError } from '../../domain/errors.ts';
import { rebuildIssue } from './state.ts';
import type { IssueGroup, IssueMember, IssueState } from './types.ts';

const MAX_LABEL = 200;

/** The issue under the analyst's name; an empty name hands naming back to the automatic label. */
export function renameIssue<T extends IssueState>(state: T, label: string): T {
  const name = label.replace(/\s+/g, ' ').trim();
  if (name.length > MAX_LABEL) {
    throw new PantauError('validation', `Nama isu terlalu panjang (maksimal ${MAX_LABEL} karakter).`);
  }
  return { ...state, manualLabel: name || null };
}

/** Closes (or reopens) an issue to automatic assignment of new articles. */
export function lockIssue<T extends IssueState>(state: T, locked = true): T {
  return { ...state, locked };
}

/** `b` folded into `a`: a's id and name win, b's name is used only if a has none. */
export function mergeIssues(a: IssueGroup, b: IssueGroup): IssueGroup {
  if (a.issue.id === b.issue.id)
    throw new PantauError('conflict', 'Isu tidak dapat digabung dengan dirinya sendiri.');
  const ids = new Set(a.members.map((m) => m.id));
  const members = [...a.members, ...b.members.filter((m) => !ids.has(m.id))];
  const issue = rebuildIssue(
    {
      ...a.issue,
      manualLabel: a.issue.manualLabel ?? b.issue.manualLabel,
      locked: a.issue.locked || b.issue.locked,
      mergedIds: [...new Set([...a.issue.mergedIds, b.issue.id, ...b.issue.mergedIds])],
    },
    members,
  );
  return { issue, members };
}

/** The articles `articleIds` taken out of `group` into a new issue `newId`, pinned there. */
export function splitIssue(
  group: IssueGroup,
  articleIds: string[],
  newId: string,
): { kept: IssueGroup; split: IssueGroup } {
  const wanted = new Set(articleIds);
  const leaving = group.members.filter((m) => wanted.has(m.id));
  if (leaving.length !== wanted.size) {
    throw new PantauError('not_found', 'Sebagian artikel yang dipisah tidak ada di isu ini.');
  }
  if (leaving.length === 0 || leaving.length === group.members.length) {
    throw new PantauError(
      'validation',
      'Pilih sebagian artikel isu ini untuk dipisah, bukan nol atau semuanya.',
    );
  }
  if (newId === group.issue.id) throw new PantauError('conflict', 'Isu baru harus punya id lain.');
  const staying = group.members.filter((m) => !wanted.has(m.id));
  const pinned: IssueMember[] = leaving.map((m) => ({ ...m, pinned: true }));
  const fresh: IssueState = { ...group.issue, id: newId, manualLabel: null, locked: false, mergedIds: [] };
  return {
    kept: { issue: rebuildIssue(group.issue, staying), members: staying },
    split: { issue: rebuildIssue(fresh, pinned), members: pinned },
  };
}

/** One article moved from one issue to another by an analyst, pinned in its new place. */
export function moveArticle(
  from: IssueGroup,
  to: IssueGroup,
  article: string | { id: string },
): { from: IssueGroup; to: IssueGroup } {
  const id = typeof article === 'string' ? article : article.id;
  if (from.issue.id === to.issue.id) throw new PantauError('conflict', 'Artikel sudah berada di isu ini.');
  const member = from.members.find((m) => m.id === id);
  if (!member) throw new PantauError('not_found', `Artikel ${id} tidak ada di isu asal.`);
  if (to.members.some((m) => m.id === id))
    throw new PantauError('conflict', `Artikel ${id} sudah ada di isu tujuan.`);
  const staying = from.members.filter((m) => m.id !== id);
  const arriving = [...to.members, { ...member, pinned: true }];
  return {
    from: { issue: rebuildIssue(from.issue, staying), members: staying },
    to: { issue: rebuildIssue(to.issue, arriving), members: arriving },
  };
}

/** Whether an analyst placed this article in this issue (automatic re-grouping must leave it). */
export function isPinned(group: IssueGroup, articleId: string): boolean {
  return group.members.some((m) => m.id === articleId && m.pinned);
}

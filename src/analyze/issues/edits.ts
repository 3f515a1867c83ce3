// Analyst edits to issues as pure operations (rename, merge, split, move) that the store persists;
// articles an analyst places are pinned so automatic processing never moves them back.
import { PantauError } from '../../domain/errors.ts';
import { rebuildIssue } from './state.ts';
import type { IssueMember, IssueState } from './types.ts';

const MAX_LABEL = 200;

/** The issue under the analyst's name; an empty name hands naming back to the automatic label. */
export function renameIssue(state: IssueState, label: string): IssueState {
  const name = label.replace(/\s+/g, ' ').trim();
  if (name.length > MAX_LABEL) {
    throw new PantauError('validation', `Nama isu terlalu panjang (maksimal ${MAX_LABEL} karakter).`);
  }
  return { ...state, manualLabel: name || null };
}

/** Closes (or reopens) an issue to automatic assignment of new articles. */
export function lockIssue(state: IssueState, locked = true): IssueState {
  return { ...state, locked };
}

/** `b` folded into `a`: a's id and name win, b's name is used only if a has none. */
export function mergeIssues(a: IssueState, b: IssueState): IssueState {
  if (a.id === b.id) throw new PantauError('conflict', 'Isu tidak dapat digabung dengan dirinya sendiri.');
  const ids = new Set(a.members.map((m) => m.id));
  const members = [...a.members, ...b.members.filter((m) => !ids.has(m.id))];
  const merged = rebuildIssue(
    {
      ...a,
      manualLabel: a.manualLabel ?? b.manualLabel,
      locked: a.locked || b.locked,
      mergedIds: [...new Set([...a.mergedIds, b.id, ...b.mergedIds])],
    },
    members,
  );
  return merged;
}

/** The articles `articleIds` taken out of `state` into a new issue `newId`, pinned there. */
export function splitIssue(
  state: IssueState,
  articleIds: string[],
  newId: string,
): { kept: IssueState; split: IssueState } {
  const wanted = new Set(articleIds);
  const leaving = state.members.filter((m) => wanted.has(m.id));
  if (leaving.length !== wanted.size) {
    throw new PantauError('not_found', 'Sebagian artikel yang dipisah tidak ada di isu ini.');
  }
  if (leaving.length === 0 || leaving.length === state.members.length) {
    throw new PantauError(
      'validation',
      'Pilih sebagian artikel isu ini untuk dipisah, bukan nol atau semuanya.',
    );
  }
  if (newId === state.id) throw new PantauError('conflict', 'Isu baru harus punya id lain.');
  const staying = state.members.filter((m) => !wanted.has(m.id));
  const pinned: IssueMember[] = leaving.map((m) => ({ ...m, pinned: true }));
  const fresh: IssueState = { ...state, id: newId, manualLabel: null, locked: false, mergedIds: [] };
  return { kept: rebuildIssue(state, staying), split: rebuildIssue(fresh, pinned) };
}

/** One article moved from one issue to another by an analyst, pinned in its new place. */
export function moveArticle(
  from: IssueState,
  to: IssueState,
  article: string | { id: string },
): { from: IssueState; to: IssueState } {
  const id = typeof article === 'string' ? article : article.id;
  if (from.id === to.id) throw new PantauError('conflict', 'Artikel sudah berada di isu ini.');
  const member = from.members.find((m) => m.id === id);
  if (!member) throw new PantauError('not_found', `Artikel ${id} tidak ada di isu asal.`);
  if (to.members.some((m) => m.id === id))
    throw new PantauError('conflict', `Artikel ${id} sudah ada di isu tujuan.`);
  return {
    from: rebuildIssue(
      from,
      from.members.filter((m) => m.id !== id),
    ),
    to: rebuildIssue(to, [...to.members, { ...member, pinned: true }]),
  };
}

/** Whether an analyst placed this article in this issue (automatic re-grouping must leave it). */
export function isPinned(state: IssueState, articleId: string): boolean {
  return state.members.some((m) => m.id === articleId && m.pinned);
}

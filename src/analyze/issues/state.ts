// Building an issue's state: adding or replacing one article incrementally (what the pipeline does
// for every arrival, without reading the other members), or rebuilding exactly from all members
// after an analyst's edit.
import type { ToneLabel } from '../types.ts';
import type { IssueGroup, IssueInput, IssueMember, IssueState, IssueTerm } from './types.ts';
import { articleTerms } from './vector.ts';

/** Terms an issue keeps; its long tail never decides a match. */
const TERMS_PER_ISSUE = 80;
/** A term whose weight fell below this after a member left carries nothing. */
const NEGLIGIBLE = 1e-9;

export function memberOf(article: IssueInput, pinned = false): IssueMember {
  return {
    id: article.id,
    publishedAt: article.publishedAt.toISOString(),
    tone: article.tone ?? null,
    outlet: article.outlet ?? null,
    pinned,
    terms: articleTerms(article),
  };
}

export function emptyIssue(id: string): IssueState {
  return {
    id,
    terms: {},
    firstAt: '',
    lastAt: '',
    articleCount: 0,
    tones: { positive: 0, negative: 0, neutral: 0 },
    outlets: {},
    manualLabel: null,
    locked: false,
    mergedIds: [],
  };
}

function strongest(terms: Record<string, IssueTerm>): Record<string, IssueTerm> {
  const entries = Object.entries(terms);
  if (entries.length <= TERMS_PER_ISSUE) return terms;
  entries.sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, TERMS_PER_ISSUE));
}

function copy(state: IssueState): IssueState {
  return { ...state, terms: { ...state.terms }, tones: { ...state.tones }, outlets: { ...state.outlets } };
}

/** Adds a member's contribution to a fresh copy of the state. */
function absorb(state: IssueState, member: IssueMember): void {
  for (const [key, t] of Object.entries(member.terms)) {
    const known = state.terms[key];
    state.terms[key] = known ? { ...known, weight: known.weight + t.weight } : { ...t };
  }
  if (!state.firstAt || member.publishedAt < state.firstAt) state.firstAt = member.publishedAt;
  if (!state.lastAt || member.publishedAt > state.lastAt) state.lastAt = member.publishedAt;
  const tone: ToneLabel = member.tone ?? 'neutral';
  state.tones[tone]++;
  if (member.outlet) state.outlets[member.outlet] = (state.outlets[member.outlet] ?? 0) + 1;
  state.articleCount++;
}

/** The state with one more member; the input is not changed. */
export function withMember(state: IssueState, member: IssueMember): IssueState {
  const next = copy(state);
  absorb(next, member);
  next.terms = strongest(next.terms);
  return next;
}

/**
 * The state with a member's old contribution replaced by its new one (a re-analysis). Terms the
 * issue had already dropped from its tail are not taken off again, so this is close to, not
 * exactly, a rebuild; the active period only ever widens.
 */
export function withReplacedMember(state: IssueState, old: IssueMember, next: IssueMember): IssueState {
  const out = copy(state);
  for (const [key, t] of Object.entries(old.terms)) {
    const known = out.terms[key];
    if (!known) continue;
    const weight = known.weight - t.weight;
    if (weight <= NEGLIGIBLE) delete out.terms[key];
    else out.terms[key] = { ...known, weight };
  }
  out.tones[old.tone ?? 'neutral'] = Math.max(0, out.tones[old.tone ?? 'neutral'] - 1);
  if (old.outlet && out.outlets[old.outlet]) {
    out.outlets[old.outlet]--;
    if (out.outlets[old.outlet] === 0) delete out.outlets[old.outlet];
  }
  out.articleCount--;
  absorb(out, next);
  out.terms = strongest(out.terms);
  return out;
}

/** The state recomputed from `members`, keeping the issue's identity and analyst flags. */
export function rebuildIssue(base: IssueState, members: IssueMember[]): IssueState {
  const state = {
    ...emptyIssue(base.id),
    manualLabel: base.manualLabel,
    locked: base.locked,
    mergedIds: [...base.mergedIds],
  };
  const ordered = [...members].sort((a, b) =>
    a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0,
  );
  for (const m of ordered) absorb(state, m);
  state.terms = strongest(state.terms);
  return state;
}

/** A new issue started by one article. */
export function createIssue(id: string, article: IssueInput): IssueGroup {
  const member = memberOf(article);
  return { issue: withMember(emptyIssue(id), member), members: [member] };
}

/**
 * The issue with `article` added, in memory. Adding an article already there replaces its
 * contribution (a re-analysis) and keeps an analyst's pin; the input is not changed.
 */
export function updateIssue(group: IssueGroup, article: IssueInput): IssueGroup {
  const existing = group.members.find((m) => m.id === article.id);
  if (existing) {
    const members = group.members.map((m) => (m.id === article.id ? memberOf(article, m.pinned) : m));
    return { issue: rebuildIssue(group.issue, members), members };
  }
  const member = memberOf(article);
  return { issue: withMember(group.issue, member), members: [...group.members, member] };
}

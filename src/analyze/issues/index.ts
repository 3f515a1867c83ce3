// Issues: articles grouped into topics as they arrive, with labels, timelines and analyst edits.
export { type Assignment, assignIssue } from './assign.ts';
export { isPinned, lockIssue, mergeIssues, moveArticle, renameIssue, splitIssue } from './edits.ts';
export { automaticLabel, labelIssue, topOutlets } from './label.ts';
export {
  createIssue,
  emptyIssue,
  memberOf,
  rebuildIssue,
  updateIssue,
  withMember,
  withReplacedMember,
} from './state.ts';
export { issueTimeline, type TimelineBucket, type TimelineOptions, type TimelinePoint } from './timeline.ts';
export type {
  AssignOptions,
  IssueGroup,
  IssueInput,
  IssueMember,
  IssueState,
  IssueTerm,
} from './types.ts';

// Issues: articles grouped into topics as they arrive, with labels, timelines and analyst edits.
export { type Assignment, assignIssue } from './assign.ts';
export { isPinned, lockIssue, mergeIssues, moveArticle, renameIssue, splitIssue } from './edits.ts';
export { labelIssue, topOutlets } from './label.ts';
export { createIssue, updateIssue } from './state.ts';
export { issueTimeline, type TimelineBucket, type TimelineOptions, type TimelinePoint } from './timeline.ts';
export type { AssignOptions, IssueInput, IssueMember, IssueState, IssueTerm } from './types.ts';

// Issues: news grouped by topic as it arrives, and analysts' edits (rename, lock, merge, split,
// move an article). The routes declare their bodies loosely; these are the shapes they return.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export interface ToneTally {
  positive: number;
  neutral: number;
  negative: number;
}

export interface IssueSummary {
  id: number;
  label: string;
  articleCount: number;
  firstAt: string | null;
  lastAt: string | null;
  locked: boolean;
  manual: boolean;
  tones: ToneTally;
}

/** An issue as the list gives it: with its trend. */
export interface IssueListItem extends IssueSummary {
  /** Articles per local day of the workspace, oldest first, today last (the last 90 days at most). */
  daily: number[];
}

export interface IssueArticle {
  articleId: number;
  title: string | null;
  url: string;
  outlet: string | null;
  publishedAt: string | null;
  tone: string | null;
  summary: string | null;
  pinned: boolean;
  similarity: number | null;
  reason: string | null;
}

export interface IssueDetail extends IssueSummary {
  /** The id asked for; differs from `id` when that issue was merged into this one. */
  requestedId: number;
  editedBy: string | null;
  summary: string | null;
  topOutlets: { outlet: string; articles: number }[];
  timeline: ({ period: string; articles: number } & ToneTally)[];
  articles: IssueArticle[];
}

export function useIssues(workspace: string, days: number, limit = 50) {
  return useQuery({
    queryKey: ['issues', workspace, 'list', days, limit],
    queryFn: () => api<{ issues: IssueListItem[] }>('/api/v1/issues', { query: { workspace, days, limit } }),
    select: (d) => d.issues,
  });
}

export function useIssue(workspace: string, id: number) {
  return useQuery({
    queryKey: ['issues', workspace, 'one', id],
    queryFn: () =>
      api<{ issue: IssueDetail }>(`/api/v1/issues/${id}`, { query: { workspace, articles: 200 } }),
    select: (d) => d.issue,
  });
}

/** Any issue edit: the lists, the issue, the analysis of its articles and the dashboard change. */
function useIssueEdit<V>(send: (v: V) => Promise<{ issue: IssueSummary }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      for (const key of ['issues', 'analysis', 'dashboard', 'search']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    },
  });
}

export function useEditIssue(workspace: string, id: number) {
  return useIssueEdit((body: { label?: string; locked?: boolean }) =>
    api(`/api/v1/issues/${id}`, { method: 'PATCH', query: { workspace }, body }),
  );
}

export function useMergeIssue(workspace: string, into: number) {
  return useIssueEdit((from: number) =>
    api(`/api/v1/issues/${into}/merge`, { method: 'POST', query: { workspace }, body: { from } }),
  );
}

export function useSplitIssue(workspace: string, id: number) {
  return useIssueEdit((body: { articles: number[]; label?: string }) =>
    api(`/api/v1/issues/${id}/split`, { method: 'POST', query: { workspace }, body }),
  );
}

export function useMoveArticle(workspace: string) {
  return useIssueEdit((v: { articleId: number; issueId: number }) =>
    api(`/api/v1/articles/${v.articleId}/issue`, {
      method: 'PUT',
      query: { workspace },
      body: { issueId: v.issueId },
    }),
  );
}

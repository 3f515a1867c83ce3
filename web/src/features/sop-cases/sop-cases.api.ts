// SOP cases: what waits for me (the inbox), the list, one case with its clock and history, starting
// one, and the actions on its current step. Every action answers with the case as it now is.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  caseActionSchema,
  caseEventSchema,
  caseListItemSchema,
  caseSchema,
  inboxItemSchema,
} from '../../../../src/modules/sop-cases/sop-cases.schema.ts';
import { api } from '../../app/api/client.ts';
import { ApiError } from '../../app/api/problem.ts';

export type SopCase = z.infer<typeof caseSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export type InboxItem = z.infer<typeof inboxItemSchema>;
export type CaseAction = z.infer<typeof caseActionSchema>;
export type CaseStatus = SopCase['status'];
export const CASE_STATUSES: CaseStatus[] = ['open', 'done', 'cancelled'];

/** Minutes left are counted by the server when asked: asking again each minute keeps them true. */
const CLOCK_REFRESH_MS = 60_000;
const PAGE = 50;

export const inboxKey = (workspace: string) => ['sop-cases', workspace, 'inbox'] as const;

export function useInbox(workspace: string | null, enabled = true) {
  return useQuery({
    queryKey: inboxKey(workspace ?? ''),
    queryFn: () =>
      api<{ items: InboxItem[] }>('/api/v1/inbox', { query: { workspace: workspace ?? undefined } }),
    select: (d) => d.items,
    enabled: enabled && workspace !== null,
    refetchInterval: CLOCK_REFRESH_MS,
    staleTime: 15_000,
  });
}

export function useCases(workspace: string, filter: { status: CaseStatus | null; sop: string | null }) {
  return useInfiniteQuery({
    queryKey: ['sop-cases', workspace, 'list', filter.status, filter.sop],
    queryFn: ({ pageParam }) =>
      api<{ cases: CaseListItem[] }>('/api/v1/sop-cases', {
        query: { workspace, status: filter.status, sop: filter.sop, limit: PAGE, before: pageParam },
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) =>
      last.cases.length < PAGE ? undefined : last.cases[last.cases.length - 1]?.id,
    select: (d) => d.pages.flatMap((p) => p.cases),
  });
}

const casePath = (id: number | string) => `/api/v1/sop-cases/${encodeURIComponent(String(id))}`;
const caseKey = (workspace: string, id: string) => ['sop-cases', workspace, 'one', id] as const;

export function useCase(workspace: string, id: string) {
  return useQuery({
    queryKey: caseKey(workspace, id),
    queryFn: () => api<{ case: SopCase }>(casePath(id), { query: { workspace } }),
    select: (d) => d.case,
    enabled: id !== '',
    refetchInterval: (q) => (q.state.data?.case.status === 'open' ? CLOCK_REFRESH_MS : false),
  });
}

export function useStartCase(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { sop: string; title: string }) =>
      api<{ case: SopCase }>('/api/v1/sop-cases', { method: 'POST', body: { workspace, ...body } }),
    onSuccess: (data) => {
      queryClient.setQueryData(caseKey(workspace, String(data.case.id)), data);
      void queryClient.invalidateQueries({ queryKey: ['sop-cases', workspace, 'list'] });
      void queryClient.invalidateQueries({ queryKey: inboxKey(workspace) });
    },
  });
}

export function useCaseAction(workspace: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CaseAction) =>
      api<{ case: SopCase }>(`${casePath(id)}/actions`, {
        method: 'POST',
        query: { workspace },
        body: action,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(caseKey(workspace, String(id)), data);
      void queryClient.invalidateQueries({ queryKey: ['sop-cases', workspace, 'list'] });
      void queryClient.invalidateQueries({ queryKey: inboxKey(workspace) });
    },
    // Refused because the case moved on meanwhile (a colleague acted first): show it as it now is,
    // with the refusal still in the form.
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 403))
        void queryClient.invalidateQueries({ queryKey: caseKey(workspace, String(id)) });
    },
  });
}

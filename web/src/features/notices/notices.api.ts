// My notices in the current workspace (what waits for me, what reached my agency) and marking them
// read. Asked again every minute and when a page loads (live updates go to a whole workspace,
// notices to one person).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { noticeListSchema, noticeSchema } from '../../../../src/modules/inbox-notices/notices.schema.ts';
import { api } from '../../app/api/client.ts';

export type Notice = z.infer<typeof noticeSchema>;
export type NoticeList = z.infer<typeof noticeListSchema>;

const REFRESH_MS = 60_000;
export const noticesKey = (workspace: string) => ['notices', workspace] as const;

export function useNotices(workspace: string | null) {
  return useQuery({
    queryKey: noticesKey(workspace ?? ''),
    queryFn: () =>
      api<NoticeList>('/api/v1/notices', { query: { workspace: workspace ?? undefined, limit: 20 } }),
    enabled: workspace !== null,
    refetchInterval: REFRESH_MS,
    staleTime: 15_000,
  });
}

export function useMarkRead(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') =>
      api(id === 'all' ? '/api/v1/notices/read-all' : `/api/v1/notices/${id}/read`, {
        method: 'POST',
        query: { workspace },
        body: {},
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: noticesKey(workspace) }),
  });
}

const preferencesKey = ['notices', 'preferences'] as const;

/** Whether notices also come to me by e-mail (my own choice, the same in every workspace). */
export function useNoticePreferences(enabled: boolean) {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => api<{ preferences: { email: boolean } }>('/api/v1/notices/preferences'),
    select: (d) => d.preferences,
    enabled,
  });
}

export function useSaveNoticePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: boolean }) =>
      api<{ preferences: { email: boolean } }>('/api/v1/notices/preferences', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(preferencesKey, data),
  });
}

// When notice e-mails wait: the workspace's quiet hours, on its own clock.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  quietHoursInputSchema,
  quietHoursSchema,
} from '../../../../src/modules/inbox-notices/notices.schema.ts';
import { api } from '../../app/api/client.ts';

export type QuietHours = z.infer<typeof quietHoursSchema>;
export type QuietHoursInput = z.infer<typeof quietHoursInputSchema>;

const URL = '/api/v1/settings/notice-quiet-hours';
const key = (workspace: string) => ['notice-quiet-hours', workspace] as const;

export function useQuietHours(workspace: string) {
  return useQuery({
    queryKey: key(workspace),
    queryFn: () => api<{ quietHours: QuietHours }>(URL, { query: { workspace } }),
    select: (d) => d.quietHours,
  });
}

export function useSaveQuietHours(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuietHoursInput) =>
      api<{ quietHours: QuietHours }>(URL, { method: 'PUT', query: { workspace }, body }),
    onSuccess: (data) => queryClient.setQueryData(key(workspace), data),
  });
}

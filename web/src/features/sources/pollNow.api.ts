// "Ambil sekarang": ask for one source to be polled at once, and follow that poll until the new
// articles it found have all been fetched (or failed).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PollRequestView } from '../../../../src/modules/crawl/poll-requests.schema.ts';
import { api } from '../../app/api/client.ts';

export type PollRequest = PollRequestView;

/** How often a poll in progress is asked for again. */
const POLL_MS = 2000;

/** Still moving: waiting for a worker, reading the source, or fetching the new articles' pages. */
export const inProgress = (poll: PollRequest | null | undefined) =>
  poll?.status === 'queued' ||
  poll?.status === 'running' ||
  (poll?.status === 'done' && poll.articles.pending > 0);

export const pollKey = (workspace: string, sourceId: number) =>
  ['sources', workspace, 'poll', sourceId] as const;

export function useLatestPoll(workspace: string, sourceId: number) {
  return useQuery({
    queryKey: pollKey(workspace, sourceId),
    queryFn: () =>
      api<{ poll: PollRequest | null }>(`/api/v1/sources/${sourceId}/poll`, { query: { workspace } }),
    select: (d) => d.poll,
    refetchInterval: (query) => (inProgress(query.state.data?.poll) ? POLL_MS : false),
  });
}

export function useRequestPoll(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sourceId: number) =>
      api<{ poll: PollRequest }>(`/api/v1/sources/${sourceId}/poll`, {
        method: 'POST',
        query: { workspace },
        body: {},
      }),
    onSuccess: (data, sourceId) => queryClient.setQueryData(pollKey(workspace, sourceId), data),
  });
}

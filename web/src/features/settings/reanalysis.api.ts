// Re-analysis of the workspace's stored articles: ask for a run, and follow the latest one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReanalysisRunView } from '../../../../src/modules/analysis/reanalysis.schema.ts';
import { api } from '../../app/api/client.ts';

export type ReanalysisRun = ReanalysisRunView;

/** How often a waiting or running run is asked for again: the worker writes progress every ~2 s. */
const POLL_MS = 2000;

const active = (run: ReanalysisRun | null | undefined) =>
  run?.status === 'queued' || run?.status === 'running';

export function useLatestReanalysis(workspace: string) {
  return useQuery({
    queryKey: ['reanalysis', workspace],
    queryFn: () => api<{ run: ReanalysisRun | null }>('/api/v1/analysis/reanalyze', { query: { workspace } }),
    select: (d) => d.run,
    refetchInterval: (query) => (active(query.state.data?.run) ? POLL_MS : false),
  });
}

export function useStartReanalysis(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ run: ReanalysisRun }>('/api/v1/analysis/reanalyze', {
        method: 'POST',
        query: { workspace },
        body: {},
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(['reanalysis', workspace], data);
    },
    // A refusal (409) means a run already waits or runs: show it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reanalysis', workspace] }),
  });
}

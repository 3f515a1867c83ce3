// The dashboard's one request: every figure of the period beside the period before it.
import { useQuery } from '@tanstack/react-query';
import type { Dashboard, Interval } from '../../../../src/modules/dashboard/dashboard.schema.ts';
import { api } from '../../app/api/client.ts';

export type { Dashboard, Interval };

export interface DashboardRequest {
  workspace: string;
  from: string;
  to: string;
  subjects: number[];
  interval: Interval | null;
}

export function useDashboard(req: DashboardRequest) {
  return useQuery({
    queryKey: ['dashboard', req.workspace, req.from, req.to, req.subjects.join(','), req.interval],
    queryFn: ({ signal }) =>
      api<Dashboard>('/api/v1/dashboard', {
        query: {
          workspace: req.workspace,
          from: req.from,
          to: req.to,
          subjects: req.subjects,
          interval: req.interval,
        },
        signal,
      }),
    // Switching the period keeps the old figures on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

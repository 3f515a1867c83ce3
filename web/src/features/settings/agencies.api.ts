// The workspace's agencies (OPD), which receive the leadership's directions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export interface Agency {
  id: number;
  name: string;
  shortName: string;
  head: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  createdAt: string;
}

export type AgencyFields = Pick<Agency, 'name' | 'shortName' | 'head' | 'email' | 'phone'> & {
  active?: boolean;
};

export function useAgencies(workspace: string) {
  return useQuery({
    queryKey: ['agencies', workspace],
    queryFn: () => api<{ agencies: Agency[] }>('/api/v1/agencies', { query: { workspace } }),
    select: (d) => d.agencies,
  });
}

export function useSaveAgency(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: number; fields: Partial<AgencyFields> }) =>
      v.id === undefined
        ? api('/api/v1/agencies', { method: 'POST', body: { workspace, ...v.fields } })
        : api(`/api/v1/agencies/${v.id}`, { method: 'PATCH', query: { workspace }, body: v.fields }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['agencies', workspace] }),
  });
}

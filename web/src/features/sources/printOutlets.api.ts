// Print outlets (media cetak) in the source registry: the newspapers clippings come from, with
// region, frequency, circulation and partner.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outletInputSchema, outletSchema } from '../../../../src/modules/clippings/clippings.schema.ts';
import { api } from '../../app/api/client.ts';

export type PrintOutlet = z.infer<typeof outletSchema>;
export type PrintOutletFields = z.input<typeof outletInputSchema>;
export type Frequency = PrintOutlet['frequency'];
export const FREQUENCIES: Frequency[] = ['harian', 'mingguan', 'bulanan', 'lainnya'];

export const printOutletsKey = (workspace: string) => ['print-outlets', workspace] as const;

export function usePrintOutlets(workspace: string) {
  return useQuery({
    queryKey: printOutletsKey(workspace),
    queryFn: () => api<PrintOutlet[]>('/api/v1/print-outlets', { query: { workspace } }),
  });
}

export function useSavePrintOutlet(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: number; fields: PrintOutletFields }) =>
      v.id === undefined
        ? api('/api/v1/print-outlets', { method: 'POST', query: { workspace }, body: v.fields })
        : api(`/api/v1/print-outlets/${v.id}`, { method: 'PUT', query: { workspace }, body: v.fields }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: printOutletsKey(workspace) }),
  });
}

/** Refused (409) while the outlet still has clippings; the server's message says so. */
export function useRemovePrintOutlet(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      api(`/api/v1/print-outlets/${id}`, { method: 'DELETE', query: { workspace } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: printOutletsKey(workspace) }),
  });
}

// The audit trail (newest first, paged by `before`) and the check of its hash chain.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export interface AuditEntry {
  id: number;
  at: string;
  workspaceId: number | null;
  actor: string;
  role: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  address: string | null;
}

export interface AuditFilter {
  /** Installation administrators read everything; others their workspace. */
  workspace?: string;
  action?: string;
  recordType?: string;
}

export function useAuditTrail(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) =>
      api<{ entries: AuditEntry[]; next: number | null }>('/api/v1/audit', {
        query: { ...filter, before: pageParam ?? undefined, limit: 100 },
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
  });
}

export interface Verification {
  intact: boolean;
  rows: number;
  broken: { id: number; reason: 'altered' | 'previous_missing' } | null;
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<Verification>('/api/v1/audit/verify') });
}

// The workspace's sources: the sources page, naming outlets in search filters, the outlet catalogue
// and the preview of an address before it is added.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OutletCatalogue,
  SourcePreview,
  sourceSchema,
} from '../../../../src/modules/sources/sources.schema.ts';
import { api } from './client.ts';

/** A source as listed, with what it yielded (the list adds these to the stored fields). */
export type Source = z.infer<typeof sourceSchema> & {
  outlet?: string | null;
  articleCount?: number;
  failedCount?: number;
  consecutiveFailures?: number;
  lastPolledAt?: string | null;
  lastSuccessAt?: string | null;
  lastNewArticleAt?: string | null;
  lastErrorAt?: string | null;
  staleReason?: string | null;
  createdAt?: string;
};

export const sourcesKey = (workspace: string) => ['sources', workspace] as const;

export function useSources(workspace: string) {
  return useQuery({
    queryKey: sourcesKey(workspace),
    queryFn: () => api<{ sources: Source[] }>('/api/v1/sources', { query: { workspace } }),
    select: (data) => data.sources,
  });
}

export type { OutletCatalogue, SourcePreview };

export const catalogueKey = (workspace: string) => ['sources', workspace, 'catalogue'] as const;

export function useOutletCatalogue(workspace: string) {
  return useQuery({
    queryKey: catalogueKey(workspace),
    queryFn: () => api<OutletCatalogue>('/api/v1/sources/catalogue', { query: { workspace } }),
  });
}

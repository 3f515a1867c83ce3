// The SOP B archive: letters of the agenda book and press releases in one search.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';
import type { PublicClass } from '../letters/letters.api.ts';

export type ArchiveKind = 'letter' | 'publication';

export interface ArchiveItem {
  kind: ArchiveKind;
  id: number;
  reference: string;
  title: string;
  detail: string;
  publicClass: PublicClass;
  at: string;
  link: string;
}

export function useArchive(
  workspace: string,
  f: { q: string; publicClass: PublicClass | null; kind: ArchiveKind | null },
) {
  return useQuery({
    queryKey: ['archive', workspace, f.q, f.publicClass, f.kind],
    queryFn: () =>
      api<{ items: ArchiveItem[]; total: number }>('/api/v1/archive', {
        query: { workspace, q: f.q || undefined, publicClass: f.publicClass, kind: f.kind, limit: 200 },
      }),
    placeholderData: keepPreviousData,
  });
}

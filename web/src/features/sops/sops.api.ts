// The workspace's SOPs: the list, one version's whole definition, its versions, its documents
// (flowchart SVG, PDF) and a new version from an imported JSON (administrators).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  sopDefinitionSchema,
  sopSummarySchema,
  sopVersionSchema,
} from '../../../../src/modules/sops/sops.schema.ts';
import { api, apiUrl } from '../../app/api/client.ts';

export type SopSummary = z.infer<typeof sopSummarySchema>;
export type SopVersionInfo = z.infer<typeof sopVersionSchema>;
export type SopDefinition = z.infer<typeof sopDefinitionSchema>;
export type SopStep = SopDefinition['steps'][number];
export type SopVersion = SopVersionInfo & { definition: SopDefinition };

const sopPath = (key: string) => `/api/v1/sops/${encodeURIComponent(key)}`;

export function useSops(workspace: string) {
  return useQuery({
    queryKey: ['sops', workspace, 'list'],
    queryFn: () => api<{ sops: SopSummary[] }>('/api/v1/sops', { query: { workspace } }),
    select: (d) => d.sops,
    staleTime: 5 * 60_000,
  });
}

/** One version of an SOP (the newest without `version`); a version never changes once saved. */
export function useSop(workspace: string, key: string, version?: number) {
  return useQuery(sopQuery(workspace, key, version));
}

export function sopQuery(workspace: string, key: string, version?: number) {
  return {
    queryKey: ['sops', workspace, 'one', key, version ?? 'newest'] as const,
    queryFn: () => api<{ sop: SopVersion }>(sopPath(key), { query: { workspace, version } }),
    select: (d: { sop: SopVersion }) => d.sop,
    staleTime: version === undefined ? 5 * 60_000 : Number.POSITIVE_INFINITY,
    enabled: key !== '',
  };
}

export function useSopVersions(workspace: string, key: string) {
  return useQuery({
    queryKey: ['sops', workspace, 'versions', key],
    queryFn: () => api<{ versions: SopVersionInfo[] }>(`${sopPath(key)}/versions`, { query: { workspace } }),
    select: (d) => [...d.versions].sort((a, b) => b.version - a.version),
  });
}

export function flowchartUrl(workspace: string, key: string, version: number): string {
  return apiUrl(`${sopPath(key)}/flowchart.svg`, { workspace, version });
}

export function documentPdfUrl(workspace: string, key: string, version: number): string {
  return apiUrl(`${sopPath(key)}/document.pdf`, { workspace, version });
}

export interface SopImport {
  definition: unknown;
  note?: string;
  /** The newest version the administrator saw: a colleague's newer save is refused, not overwritten. */
  baseVersion?: number;
}

export function useImportSop(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SopImport) =>
      api<{ sop: SopVersion }>('/api/v1/sops', { method: 'POST', body: { workspace, ...body } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sops', workspace] }),
  });
}

const UNIT_MINUTES = { minute: 1, hour: 60, day: 8 * 60 } as const;

/** A step's standard in working minutes, counted as the server counts it (a "day" is 8 working hours). */
export function standardMinutes(step: Pick<SopStep, 'time'>): number {
  return Math.round(step.time.amount * UNIT_MINUTES[step.time.unit]);
}

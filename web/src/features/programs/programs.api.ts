// The inventory of programs and activities: the list with its filters, one program with its
// coverage, removing one, the public issues of the last days, and the two-step import (preview
// with a mapping, then import all rows or none).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProgramField } from '../../../../src/modules/programs/program-columns.ts';
import type {
  coverageSchema,
  previewSchema,
  programSchema,
  publicIssueSchema,
} from '../../../../src/modules/programs/programs.schema.ts';
import { api } from '../../app/api/client.ts';

export type Program = z.infer<typeof programSchema>;
export type ProgramDetail = Program & { coverage: z.infer<typeof coverageSchema> };
export type ImportPreview = z.infer<typeof previewSchema>;
export type PublicIssue = z.infer<typeof publicIssueSchema>;
export type Mapping = (ProgramField | null)[];
export type ProgramStatus = Program['status'];
export const STATUSES: ProgramStatus[] = ['rencana', 'berjalan', 'selesai', 'ditunda'];

export interface ProgramFilter {
  year: number | null;
  agency: number | null;
  status: ProgramStatus | null;
  search: string;
}

export function usePrograms(workspace: string, f: ProgramFilter) {
  return useQuery({
    queryKey: ['programs', workspace, 'list', f.year, f.agency, f.status, f.search],
    queryFn: () =>
      api<{ programs: Program[]; total: number; years: number[] }>('/api/v1/programs', {
        query: { workspace, year: f.year, agency: f.agency, status: f.status, search: f.search, limit: 500 },
      }),
  });
}

export function useProgram(workspace: string, id: string) {
  return useQuery({
    queryKey: ['programs', workspace, 'one', id],
    queryFn: () =>
      api<{ program: ProgramDetail }>(`/api/v1/programs/${encodeURIComponent(id)}`, { query: { workspace } }),
    select: (d) => d.program,
  });
}

export function useRemoveProgram(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/v1/programs/${id}`, { method: 'DELETE', query: { workspace } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['programs', workspace] }),
  });
}

export function usePublicIssues(workspace: string) {
  return useQuery({
    queryKey: ['programs', workspace, 'public-issues'],
    queryFn: () =>
      api<{ from: string; to: string; issues: PublicIssue[] }>('/api/v1/programs/public-issues', {
        query: { workspace, limit: 10 },
      }),
    select: (d) => d.issues,
  });
}

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export function usePreviewImport(workspace: string) {
  return useMutation({
    mutationFn: (v: ImportFile & { mapping?: Mapping }) =>
      api<ImportPreview>('/api/v1/programs/import/preview', { method: 'POST', body: { workspace, ...v } }),
  });
}

export function useImportPrograms(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: ImportFile & { mapping: Mapping }) =>
      api<{ imported: number; ids: number[] }>('/api/v1/programs/import', {
        method: 'POST',
        body: { workspace, ...v },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['programs', workspace] }),
  });
}

// Monitoring reports: the list, drafting one for a period, one report with its sections and case,
// saving a section as a new version, a section's versions, and comments on a section.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  commentSchema,
  reportListItemSchema,
  reportSchema,
  sectionVersionSchema,
} from '../../../../src/modules/reports/reports.schema.ts';
import { api, apiUrl } from '../../app/api/client.ts';
import type { RichDoc } from './richText.ts';

export type Report = z.infer<typeof reportSchema>;
export type ReportListItem = z.infer<typeof reportListItemSchema>;
export type SectionVersion = z.infer<typeof sectionVersionSchema>;
export type SectionComment = z.infer<typeof commentSchema>;
export type ReportChart = Report['charts'][number];

const reportPath = (id: number | string) => `/api/v1/reports/${encodeURIComponent(String(id))}`;
const reportKey = (workspace: string, id: string) => ['reports', workspace, 'one', id] as const;

export function useReports(workspace: string) {
  return useQuery({
    queryKey: ['reports', workspace, 'list'],
    queryFn: () => api<{ reports: ReportListItem[] }>('/api/v1/reports', { query: { workspace } }),
    select: (d) => d.reports,
  });
}

export function useReport(workspace: string, id: string) {
  return useQuery({
    queryKey: reportKey(workspace, id),
    queryFn: () => api<{ report: Report }>(reportPath(id), { query: { workspace } }),
    select: (d) => d.report,
    enabled: id !== '',
  });
}

export function useDraftReport(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: string; to: string; title?: string }) =>
      api<{ report: Report }>('/api/v1/reports', { method: 'POST', body: { workspace, ...body } }),
    onSuccess: (data) => {
      queryClient.setQueryData(reportKey(workspace, String(data.report.id)), data);
      void queryClient.invalidateQueries({ queryKey: ['reports', workspace, 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['sop-cases', workspace] });
    },
  });
}

export function useSectionVersions(workspace: string, id: number, key: string, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', workspace, 'one', String(id), 'versions', key],
    queryFn: () =>
      api<{ versions: SectionVersion[] }>(`${reportPath(id)}/sections/${encodeURIComponent(key)}/versions`, {
        query: { workspace },
      }),
    select: (d) => d.versions,
    enabled,
  });
}

export function useSaveSection(workspace: string, id: number, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { body: RichDoc; baseVersion: number; note?: string }) =>
      api<{ section: SectionVersion }>(`${reportPath(id)}/sections/${encodeURIComponent(key)}`, {
        method: 'PUT',
        query: { workspace },
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportKey(workspace, String(id)) });
    },
  });
}

export function useCommentOnSection(workspace: string, id: number, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<{ comment: SectionComment }>(`${reportPath(id)}/sections/${encodeURIComponent(key)}/comments`, {
        method: 'POST',
        query: { workspace },
        body: { body },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportKey(workspace, String(id)) });
    },
  });
}

export function reportFileUrl(
  workspace: string,
  id: number,
  file: 'report.pdf' | 'report.docx' | 'annex.xlsx',
) {
  return apiUrl(`${reportPath(id)}/${file}`, { workspace });
}

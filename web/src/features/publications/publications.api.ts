// Press releases (siaran pers) of SOP B: the list, drafting one from an issue, one material with its
// versions, evidence, case, deliveries and pickup; saving a version, publishing, correcting and
// withdrawing it; and the newsroom and webhook settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  deliverySchema,
  materialContentSchema,
  materialVersionSchema,
  pickupReportSchema,
  publicationListItemSchema,
  publicationSchema,
} from '../../../../src/modules/publications/publications.schema.ts';
import type { Evidence } from '../../../../src/publish/release-draft.ts';
import { api, apiUrl } from '../../app/api/client.ts';

export type Publication = z.infer<typeof publicationSchema>;
export type PublicationListItem = z.infer<typeof publicationListItemSchema>;
export type MaterialVersion = z.infer<typeof materialVersionSchema>;
export type MaterialContent = z.infer<typeof materialContentSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type PickupReport = z.infer<typeof pickupReportSchema>;
export type { Evidence };
export interface NewsroomSettings {
  title: string;
  host: string;
}
export interface SavedWebhook {
  url: string;
  secretSet: boolean;
}

/** What the web summary and the social post may hold (the server's limits). */
export const WEB_SUMMARY_MAX = 600;
export const SOCIAL_MAX = 280;

const path = (id: number | string) => `/api/v1/publications/${encodeURIComponent(String(id))}`;

/** The release as a PDF with the letterhead, or the head of agency's approval disposition. */
export function publicationFileUrl(workspace: string, id: number, file: 'release.pdf' | 'approval.pdf') {
  return apiUrl(`${path(id)}/${file}`, { workspace });
}
export const publicationKey = (workspace: string, id: string) =>
  ['publications', workspace, 'one', id] as const;

export function usePublications(workspace: string) {
  return useQuery({
    queryKey: ['publications', workspace, 'list'],
    queryFn: () =>
      api<{ publications: PublicationListItem[] }>('/api/v1/publications', { query: { workspace } }),
    select: (d) => d.publications,
  });
}

export function usePublication(workspace: string, id: string) {
  return useQuery({
    queryKey: publicationKey(workspace, id),
    queryFn: () => api<{ publication: Publication }>(path(id), { query: { workspace } }),
    select: (d) => d.publication,
    enabled: id !== '',
    // Partner e-mails and webhooks go out from the workers: while any wait, their state is asked again.
    refetchInterval: (q) =>
      q.state.data?.publication.deliveries.some((d) => d.state === 'pending' || d.state === 'sending')
        ? 15_000
        : false,
  });
}

export function usePickup(workspace: string, id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['publications', workspace, 'one', String(id), 'pickup'],
    queryFn: () => api<PickupReport>(`${path(id)}/pickup`, { query: { workspace } }),
    enabled,
  });
}

/** After a change the material, the list and the case (inbox) are asked again. */
function useRefresh(workspace: string) {
  const queryClient = useQueryClient();
  return (data?: { publication: Publication }) => {
    if (data) queryClient.setQueryData(publicationKey(workspace, String(data.publication.id)), data);
    void queryClient.invalidateQueries({ queryKey: ['publications', workspace] });
    void queryClient.invalidateQueries({ queryKey: ['sop-cases', workspace] });
  };
}

export function useDraftPublication(workspace: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (issueId: number) =>
      api<{ publication: Publication }>('/api/v1/publications', {
        method: 'POST',
        query: { workspace },
        body: { issueId },
      }),
    onSuccess: refresh,
  });
}

export function useSaveMaterial(workspace: string, id: number) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (body: { content: MaterialContent; baseVersion: number; note?: string }) =>
      api<{ version: MaterialVersion }>(`${path(id)}/material`, {
        method: 'PUT',
        query: { workspace },
        body,
      }),
    onSuccess: () => refresh(),
  });
}

export function usePublish(workspace: string, id: number) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: () =>
      api<{ publication: Publication }>(`${path(id)}/publish`, {
        method: 'POST',
        query: { workspace },
        body: {},
      }),
    onSuccess: refresh,
  });
}

export function useCorrect(workspace: string, id: number) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (body: { content: MaterialContent; note: string }) =>
      api<{ publication: Publication }>(`${path(id)}/corrections`, {
        method: 'POST',
        query: { workspace },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useWithdraw(workspace: string, id: number) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (reason: string) =>
      api<{ publication: Publication }>(`${path(id)}/withdraw`, {
        method: 'POST',
        query: { workspace },
        body: { reason },
      }),
    onSuccess: refresh,
  });
}

export function useNewsroomSettings(workspace: string) {
  return useQuery({
    queryKey: ['publications', workspace, 'newsroom-settings'],
    queryFn: () => api<NewsroomSettings>('/api/v1/settings/newsroom', { query: { workspace } }),
  });
}

export function useSaveNewsroomSettings(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewsroomSettings) =>
      api<NewsroomSettings>('/api/v1/settings/newsroom', { method: 'PUT', query: { workspace }, body }),
    onSuccess: (data) => queryClient.setQueryData(['publications', workspace, 'newsroom-settings'], data),
  });
}

export function usePublicationWebhooks(workspace: string, enabled: boolean) {
  return useQuery({
    queryKey: ['publications', workspace, 'webhooks'],
    queryFn: () =>
      api<{ webhooks: SavedWebhook[] }>('/api/v1/settings/publication-webhooks', { query: { workspace } }),
    select: (d) => d.webhooks,
    enabled,
  });
}

export function useSavePublicationWebhooks(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (webhooks: { url: string; secret?: string }[]) =>
      api<{ webhooks: SavedWebhook[] }>('/api/v1/settings/publication-webhooks', {
        method: 'PUT',
        query: { workspace },
        body: { webhooks },
      }),
    onSuccess: (data) => queryClient.setQueryData(['publications', workspace, 'webhooks'], data),
  });
}

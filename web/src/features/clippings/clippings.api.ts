// Print clippings (kliping media cetak): uploading scans and photos of newspaper pages, following
// each one while it is read, and confirming the article regions of its pages.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  boxSchema,
  clippingDetailSchema,
  clippingInputSchema,
  clippingPageSchema,
  clippingSchema,
} from '../../../../src/modules/clippings/clippings.schema.ts';
import { api } from '../../app/api/client.ts';

/** A rectangle in the page image's own pixels. */
export type Box = z.infer<typeof boxSchema>;
export type ClippingSummary = z.infer<typeof clippingSchema>;
export type ClippingStatus = ClippingSummary['status'];
export type ClippingPage = z.infer<typeof clippingPageSchema>;
export type ClippingDetail = z.infer<typeof clippingDetailSchema>;
export type NewClipping = z.input<typeof clippingInputSchema>;

export interface ClippingFilter {
  outlet: number | null;
  from: string;
  to: string;
}

export const clippingsKey = (workspace: string) => ['clippings', workspace] as const;

export function useClippings(workspace: string, filter: ClippingFilter) {
  return useQuery({
    queryKey: [...clippingsKey(workspace), 'list', filter],
    queryFn: () =>
      api<ClippingSummary[]>('/api/v1/clippings', {
        query: { workspace, outlet: filter.outlet, from: filter.from, to: filter.to },
      }),
    // Clippings still being read are followed until each one is ready or failed.
    refetchInterval: (q) => (q.state.data?.some((c) => c.status === 'processing') ? 2000 : false),
  });
}

export function useClipping(workspace: string, id: number) {
  return useQuery({
    queryKey: [...clippingsKey(workspace), 'one', id],
    queryFn: () => api<ClippingDetail>(`/api/v1/clippings/${id}`, { query: { workspace } }),
    refetchInterval: (q) => (q.state.data?.status === 'processing' ? 2000 : false),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** One file sent; the answer is the clipping in 'processing'. */
export function addClipping(
  workspace: string,
  body: NewClipping,
  options: { signal?: AbortSignal; onUploadProgress?: (fraction: number) => void } = {},
) {
  return api<ClippingSummary>('/api/v1/clippings', {
    method: 'POST',
    query: { workspace },
    body,
    ...options,
  });
}

/** One clipping as it is now (the upload panel follows each file it sent). */
export function fetchClipping(workspace: string, id: number, signal?: AbortSignal) {
  return api<ClippingDetail>(`/api/v1/clippings/${id}`, { query: { workspace }, signal });
}

export function useRemoveClipping(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/v1/clippings/${id}`, { method: 'DELETE', query: { workspace } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clippingsKey(workspace) }),
  });
}

export function pageImageUrl(workspace: string, pageId: number): string {
  return `/api/v1/clipping-pages/${pageId}/image?workspace=${encodeURIComponent(workspace)}`;
}

/** The text the server reads inside a box (nothing is stored): the side panel's preview. */
export function useRegionText(workspace: string, pageId: number, box: Box | null) {
  return useQuery({
    queryKey: ['clipping-region-text', workspace, pageId, box],
    queryFn: ({ signal }) =>
      api<{ title: string | null; text: string }>(`/api/v1/clipping-pages/${pageId}/region-text`, {
        method: 'POST',
        query: { workspace },
        body: { box },
        signal,
      }),
    enabled: box !== null,
    staleTime: 5 * 60_000,
  });
}

/** Confirms a page's regions in reading order; each becomes one article. */
export function useConfirmRegions(workspace: string, pageId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (regions: Box[]) =>
      api<ClippingPage>(`/api/v1/clipping-pages/${pageId}/regions`, {
        method: 'PUT',
        query: { workspace },
        body: { regions },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: clippingsKey(workspace) });
      void queryClient.invalidateQueries({ queryKey: ['article', workspace] });
    },
  });
}

// Directions (arahan): the list and the per-agency summary, one direction with its recipients and
// timeline, giving one, and the follow-up by agencies (their own row) and by the office. Every action
// answers with the direction as it now is.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agencySummarySchema,
  directionEventSchema,
  directionListItemSchema,
  directionSchema,
  giveDirectionSchema,
  recipientActionSchema,
  recipientSchema,
} from '../../../../src/modules/directions/directions.schema.ts';
import { api, apiUrl } from '../../app/api/client.ts';
import { ApiError } from '../../app/api/problem.ts';

export type Direction = z.infer<typeof directionSchema>;
export type DirectionListItem = z.infer<typeof directionListItemSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type DirectionEvent = z.infer<typeof directionEventSchema>;
export type AgencySummary = z.infer<typeof agencySummarySchema>;
export type RecipientAction = z.input<typeof recipientActionSchema>;
export type GiveDirection = Omit<z.input<typeof giveDirectionSchema>, 'workspace'>;
export type Nature = Direction['nature'];
export const NATURES: Nature[] = ['biasa', 'segera', 'sangat_segera', 'rahasia'];

export interface DirectionFilter {
  status: 'open' | 'closed' | null;
  agency: number | null;
  overdue: boolean;
}

const path = (id: number | string) => `/api/v1/directions/${encodeURIComponent(String(id))}`;
const oneKey = (workspace: string, id: string) => ['directions', workspace, 'one', id] as const;

export function useDirections(workspace: string, filter: DirectionFilter) {
  return useQuery({
    queryKey: ['directions', workspace, 'list', filter.status, filter.agency, filter.overdue],
    queryFn: () =>
      api<{ directions: DirectionListItem[] }>('/api/v1/directions', {
        query: {
          workspace,
          status: filter.status,
          agency: filter.agency,
          overdue: filter.overdue ? 'true' : undefined,
          limit: 100,
        },
      }),
    select: (d) => d.directions,
  });
}

export function useDirectionSummary(workspace: string, enabled: boolean) {
  return useQuery({
    queryKey: ['directions', workspace, 'summary'],
    queryFn: () => api<{ agencies: AgencySummary[] }>('/api/v1/directions/summary', { query: { workspace } }),
    select: (d) => d.agencies,
    enabled,
  });
}

export function useDirection(workspace: string, id: string) {
  return useQuery({
    queryKey: oneKey(workspace, id),
    queryFn: () => api<{ direction: Direction }>(path(id), { query: { workspace } }),
    select: (d) => d.direction,
    enabled: id !== '',
  });
}

function useDirectionChange<V>(
  workspace: string,
  send: (v: V) => Promise<{ direction: Direction }>,
  id?: number,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => {
      queryClient.setQueryData(oneKey(workspace, String(data.direction.id)), data);
      void queryClient.invalidateQueries({ queryKey: ['directions', workspace, 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['directions', workspace, 'summary'] });
    },
    // Refused because the direction moved on meanwhile (closed, already done): show it as it now is.
    onError: (error) => {
      if (id !== undefined && error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: oneKey(workspace, String(id)) });
    },
  });
}

export function useGiveDirection(workspace: string) {
  return useDirectionChange(workspace, (body: GiveDirection) =>
    api<{ direction: Direction }>('/api/v1/directions', { method: 'POST', body: { workspace, ...body } }),
  );
}

export function useRecipientAction(workspace: string, id: number, recipientId: number) {
  return useDirectionChange(
    workspace,
    (action: RecipientAction) =>
      api<{ direction: Direction }>(`${path(id)}/recipients/${recipientId}/actions`, {
        method: 'POST',
        query: { workspace },
        body: action,
      }),
    id,
  );
}

export type OfficeAction =
  | { kind: 'answer'; recipientId: number; answer: string }
  | { kind: 'remind'; note: string }
  | { kind: 'close'; note: string };

export function useOfficeAction(workspace: string, id: number) {
  return useDirectionChange(
    workspace,
    (a: OfficeAction) => {
      const { kind, ...body } = a;
      return api<{ direction: Direction }>(`${path(id)}/${kind}`, {
        method: 'POST',
        query: { workspace },
        body,
      });
    },
    id,
  );
}

export const dispositionUrl = (workspace: string, id: number, recipient?: number) =>
  apiUrl(`${path(id)}/disposition.pdf`, { workspace, recipient });

export const evidenceFileUrl = (workspace: string, id: number, fileId: number) =>
  apiUrl(`${path(id)}/files/${fileId}`, { workspace });

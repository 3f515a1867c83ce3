// Crisis alerts sent, the thresholds that decide them, and who receives them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertDetail } from '../../../../src/modules/alerts/alert-handling.schema.ts';
import type { CrisisSettingsChangeInput } from '../../../../src/modules/alerts/alerts.schema.ts';
import { api } from '../../app/api/client.ts';

export type { AlertDetail };
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertRecord {
  id: string | number;
  scopeType: 'subject' | 'issue' | string;
  scopeId: string;
  scopeLabel: string;
  kind: string;
  level: string;
  reason: string;
  deliveries: unknown[];
  createdAt: string;
  status: AlertStatus;
  assignee: { id: number; name: string } | null;
}

export interface LevelThresholds {
  windowHours: number;
  minNegative: number;
  minOutlets: number;
  minRatio: number;
}

export const LEVELS = ['waspada', 'siaga', 'krisis'] as const;
export type Level = (typeof LEVELS)[number];

export interface CrisisSettings {
  levels: Record<Level, LevelThresholds>;
  quietPeriodMinutes: number;
  recoveryMinutes: number;
  maxPerOutlet: number;
  baselineDays: number;
  holidays: string[];
}

export interface SettingsResponse {
  settings: CrisisSettings;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Recipients {
  channels: ('email' | 'webhook')[];
  problems: string[];
  emailTo: string[];
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  emailServerConfigured: boolean;
  fromDefaults: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface RecipientsChange {
  emailTo?: string[];
  webhookUrl?: string | null;
  webhookSecret?: string | null;
}

export function useAlerts(workspace: string, limit = 100, status: AlertStatus | null = null) {
  return useQuery({
    queryKey: ['alerts', workspace, 'list', limit, status],
    queryFn: () => api<{ alerts: AlertRecord[] }>('/api/v1/alerts', { query: { workspace, limit, status } }),
    select: (d) => d.alerts,
  });
}

const alertPath = (id: string) => `/api/v1/alerts/${encodeURIComponent(id)}`;

export function useAlert(workspace: string, id: string) {
  return useQuery({
    queryKey: ['alerts', workspace, 'one', id],
    queryFn: () => api<{ alert: AlertDetail }>(alertPath(id), { query: { workspace } }),
    select: (d) => d.alert,
    enabled: id !== '',
  });
}

/** A handling request: answers with the alert as it now is; the lists are refreshed too. */
function useHandling<V>(workspace: string, id: string, send: (v: V) => Promise<{ alert: AlertDetail }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => {
      queryClient.setQueryData(['alerts', workspace, 'one', id], data);
      void queryClient.invalidateQueries({ queryKey: ['alerts', workspace, 'list'] });
    },
  });
}

export function useChangeAlertStatus(workspace: string, id: string) {
  return useHandling(workspace, id, (change: 'acknowledge' | 'resolve' | 'reopen') =>
    api<{ alert: AlertDetail }>(`${alertPath(id)}/${change}`, {
      method: 'POST',
      query: { workspace },
      body: {},
    }),
  );
}

export function useAssignAlert(workspace: string, id: string) {
  return useHandling(workspace, id, (userId: number | null) =>
    api<{ alert: AlertDetail }>(`${alertPath(id)}/assignee`, {
      method: 'PUT',
      query: { workspace },
      body: { userId },
    }),
  );
}

export function useCommentOnAlert(workspace: string, id: string) {
  return useHandling(workspace, id, (body: string) =>
    api<{ alert: AlertDetail }>(`${alertPath(id)}/comments`, {
      method: 'POST',
      query: { workspace },
      body: { body },
    }),
  );
}

export function useCrisisSettings(workspace: string) {
  return useQuery({
    queryKey: ['alerts', workspace, 'settings'],
    queryFn: () => api<SettingsResponse>('/api/v1/alerts/settings', { query: { workspace } }),
  });
}

export function useSaveCrisisSettings(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CrisisSettingsChangeInput & { reset?: boolean }) =>
      api<SettingsResponse>('/api/v1/alerts/settings', { method: 'PUT', query: { workspace }, body }),
    onSuccess: (data) => queryClient.setQueryData(['alerts', workspace, 'settings'], data),
  });
}

export function useRecipients(workspace: string, enabled: boolean) {
  return useQuery({
    queryKey: ['alerts', workspace, 'recipients'],
    queryFn: () => api<Recipients>('/api/v1/alerts/recipients', { query: { workspace } }),
    enabled,
  });
}

export function useSaveRecipients(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecipientsChange) =>
      api<Recipients>('/api/v1/alerts/recipients', { method: 'PUT', query: { workspace }, body }),
    onSuccess: (data) => queryClient.setQueryData(['alerts', workspace, 'recipients'], data),
  });
}

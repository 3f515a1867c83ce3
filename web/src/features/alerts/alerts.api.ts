// Crisis alerts sent, the thresholds that decide them, and who receives them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CrisisSettingsChangeInput } from '../../../../src/modules/alerts/alerts.schema.ts';
import { api } from '../../app/api/client.ts';

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

export function useAlerts(workspace: string, limit = 100) {
  return useQuery({
    queryKey: ['alerts', workspace, 'list', limit],
    queryFn: () => api<{ alerts: AlertRecord[] }>('/api/v1/alerts', { query: { workspace, limit } }),
    select: (d) => d.alerts,
  });
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

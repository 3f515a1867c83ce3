// Accounts and roles, for administrators: list, create (a one-time password comes back once),
// disable, reset the password, grant or revoke a role in this workspace.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';
import type { Role, User } from '../../app/session/types.ts';

const KEY = ['users'] as const;

export function useUsers(workspace: string) {
  return useQuery({
    queryKey: [...KEY, workspace],
    queryFn: () => api<{ users: User[] }>('/api/v1/users', { query: { workspace } }),
    select: (d) => d.users,
  });
}

function useUserChange<V, R>(send: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export interface NewUser {
  email: string;
  name: string;
  role?: Role;
  agency?: string;
  administrator?: boolean;
}

export const useCreateUser = (workspace: string) =>
  useUserChange((body: NewUser) =>
    api<{ user: User; password: string }>('/api/v1/users', { method: 'POST', body: { ...body, workspace } }),
  );

export const useSetDisabled = (workspace: string) =>
  useUserChange((v: { id: number; disabled: boolean }) =>
    api(`/api/v1/users/${v.id}`, { method: 'PATCH', query: { workspace }, body: { disabled: v.disabled } }),
  );

export const useResetPassword = (workspace: string) =>
  useUserChange((id: number) =>
    api<{ password: string }>(`/api/v1/users/${id}/reset-password`, {
      method: 'POST',
      query: { workspace },
      body: {},
    }),
  );

export const useGrantRole = (workspace: string) =>
  useUserChange((v: { id: number; role: Role; agency?: string }) =>
    api(`/api/v1/users/${v.id}/role`, { method: 'PUT', body: { role: v.role, agency: v.agency, workspace } }),
  );

export const useRevokeRole = (workspace: string) =>
  useUserChange((id: number) => api(`/api/v1/users/${id}/role`, { method: 'DELETE', query: { workspace } }));

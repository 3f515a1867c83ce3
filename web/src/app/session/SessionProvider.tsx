// Who is signed in, which workspaces they may open, which one they are looking at, and what their
// role there lets them do. The chosen workspace is remembered on this device.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { rememberCsrfToken } from '../api/csrf.ts';
import { ApiError } from '../api/problem.ts';
import { type ZoneLabel, zoneOf } from '../format/zones.ts';
import { allows, type Capability, roleIn } from './permissions.ts';
import type { Me, Role, User, Workspace, WorkspaceList } from './types.ts';

const WORKSPACE_KEY = 'pantau.workspace';
export const ME_KEY = ['me'] as const;
export const WORKSPACES_KEY = ['workspaces'] as const;

export interface Session {
  user: User;
  workspaces: Workspace[];
  /** The workspace being looked at; null when the user belongs to none. */
  workspace: Workspace | null;
  zone: ZoneLabel;
  role: Role | null;
  can(capability: Capability): boolean;
  chooseWorkspace(slug: string): void;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        const me = await api<Me>('/api/v1/auth/me', { expectUnauthorized: true });
        rememberCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: (count, e) => !(e instanceof ApiError) && count < 2,
  });
}

export function useWorkspaceList(enabled: boolean) {
  return useQuery({
    queryKey: WORKSPACES_KEY,
    queryFn: () => api<WorkspaceList>('/api/v1/workspaces'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

function storedSlug(): string | null {
  try {
    return localStorage.getItem(WORKSPACE_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider(props: { user: User; list: WorkspaceList; children: ReactNode }) {
  const { user, list } = props;
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(storedSlug);
  const chooseWorkspace = useCallback(
    (slug: string) => {
      try {
        localStorage.setItem(WORKSPACE_KEY, slug);
      } catch {
        // Remembered for this visit only.
      }
      setChosen(slug);
      // Everything on screen belongs to the old workspace.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
    [queryClient],
  );
  const session = useMemo<Session>(() => {
    const workspace =
      list.workspaces.find((w) => w.slug === chosen) ??
      list.workspaces.find((w) => w.slug === list.default) ??
      list.workspaces[0] ??
      null;
    const workspaceId = workspace?.id ?? null;
    return {
      user,
      workspaces: list.workspaces,
      workspace,
      zone: zoneOf(workspace?.timeZone),
      role: roleIn(user, workspaceId),
      can: (capability) => allows(user, workspaceId, capability),
      chooseWorkspace,
    };
  }, [user, list, chosen, chooseWorkspace]);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The current workspace's slug, for API calls that name it. */
export function useWorkspaceSlug(): string {
  const { workspace } = useSession();
  if (!workspace) throw new Error('useWorkspaceSlug without a workspace');
  return workspace.slug;
}

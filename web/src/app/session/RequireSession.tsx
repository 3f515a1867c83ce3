// The gate in front of every signed-in page: who is signed in (else the sign-in page, then back to
// where they were), a one-time password changed first, and their workspaces loaded.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { onSessionEnded } from '../api/client.ts';
import { ErrorState, FullPageLoader } from '../ui/States.tsx';
import { ME_KEY, SessionProvider, useMe, useWorkspaceList } from './SessionProvider.tsx';

/** Pages reachable before the one-time password is changed. */
const PASSWORD_PAGE = '/ganti-sandi';

export function RequireSession() {
  const queryClient = useQueryClient();
  const location = useLocation();
  const me = useMe();
  const [ended, setEnded] = useState(false);
  const signedIn = Boolean(me.data);
  const list = useWorkspaceList(signedIn && !me.data?.user.mustChangePassword);

  useEffect(
    () =>
      onSessionEnded(() => {
        setEnded(true);
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient],
  );

  if (me.isPending) return <FullPageLoader />;
  if (me.isError)
    return (
      <div style={{ padding: 24 }}>
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  const here = location.pathname + location.search;
  if (!me.data) {
    const params = new URLSearchParams();
    if (here !== '/') params.set('next', here);
    if (ended) params.set('berakhir', '1');
    const qs = params.toString();
    return <Navigate to={`/masuk${qs ? `?${qs}` : ''}`} replace />;
  }
  const { user } = me.data;
  if (user.mustChangePassword && location.pathname !== PASSWORD_PAGE) {
    return <Navigate to={`${PASSWORD_PAGE}?next=${encodeURIComponent(here)}`} replace />;
  }
  if (user.mustChangePassword) return <Outlet />;
  if (list.isPending) return <FullPageLoader />;
  if (list.isError)
    return (
      <div style={{ padding: 24 }}>
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      </div>
    );
  return (
    <SessionProvider user={user} list={list.data}>
      <Outlet />
    </SessionProvider>
  );
}

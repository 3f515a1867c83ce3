// Signing out: the server ends the session, and nothing of it stays in this tab's memory.
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { rememberCsrfToken } from '../api/csrf.ts';
import { ME_KEY } from '../session/SessionProvider.tsx';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (everywhere = false) => {
    try {
      if (everywhere) await api('/api/v1/auth/sign-out-everywhere', { method: 'POST', body: {} });
      else await api('/api/v1/auth/session', { method: 'DELETE', expectUnauthorized: true });
    } finally {
      rememberCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate('/masuk', { replace: true });
    }
  };
}

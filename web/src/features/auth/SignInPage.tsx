// Signing in: e-mail and password; the server sets an httpOnly session cookie and hands over the
// CSRF token. Afterwards the user returns to the page they were sent away from.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api/client.ts';
import { rememberCsrfToken } from '../../app/api/csrf.ts';
import { ME_KEY, useMe } from '../../app/session/SessionProvider.tsx';
import type { Me } from '../../app/session/types.ts';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

/** Only our own pages are places to return to (never another site named in the address). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  const signIn = useMutation({
    mutationFn: () =>
      api<Me>('/auth/session', { method: 'POST', body: { email, password }, expectUnauthorized: true }),
    onSuccess: (signed) => {
      rememberCsrfToken(signed.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, signed);
      navigate(next, { replace: true });
    },
  });

  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main" id="main">
      <Stack w="100%" maw={400} gap="md">
        <Group justify="space-between">
          <Group gap={8}>
            <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="#0b5563" />
              <circle cx="14" cy="14" r="7" fill="none" stroke="#fff" strokeWidth="3" />
              <path d="M19 19l7 7" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
            </svg>
            <Text fw={700} size="xl" c="pantau.8">
              {t('common.appName')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="lg">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={1} size="h3">
                  {t('auth.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.subtitle')}
                </Text>
              </div>
              {params.get('berakhir') && !signIn.error && (
                <Alert color="yellow" variant="light" role="status">
                  {t('auth.sessionEnded')}
                </Alert>
              )}
              <ProblemAlert error={signIn.error} />
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                withAsterisk={false}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                withAsterisk={false}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={signIn.isPending} disabled={!email || !password} fullWidth>
                {signIn.isPending ? t('auth.signingIn') : t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}

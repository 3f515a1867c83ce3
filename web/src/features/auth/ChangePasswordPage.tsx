// The first thing after signing in with a one-time password: choosing one's own.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ME_KEY } from '../../app/session/SessionProvider.tsx';
import { showToast } from '../../app/toasts/toasts.ts';
import { PasswordForm } from './PasswordForm.tsx';
import { safeNext } from './SignInPage.tsx';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main" id="main">
      <Paper withBorder shadow="sm" radius="md" p="lg" w="100%" maw={460}>
        <Stack gap="md">
          <Title order={1} size="h3">
            {t('auth.changeTitle')}
          </Title>
          <Text size="sm">{t('auth.mustChange')}</Text>
          <PasswordForm
            oneTime
            onChanged={async () => {
              showToast({ title: t('auth.changed') });
              await queryClient.invalidateQueries({ queryKey: ME_KEY });
              navigate(safeNext(params.get('next')), { replace: true });
            }}
          />
        </Stack>
      </Paper>
    </Center>
  );
}

// The user's own account: who they are and where, their password, and ending every session.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch.tsx';
import { useSignOut } from '../../app/shell/useSignOut.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { PasswordForm } from './PasswordForm.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const { user, workspaces } = useSession();
  const signOut = useSignOut();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameOf = (slug: string) => workspaces.find((w) => w.slug === slug)?.name ?? slug;

  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="md" maw={720}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-title">
          <Title order={2} size="h4" id="profile-title" mb="xs">
            {t('account.profile')}
          </Title>
          <Text fw={600}>{user.name}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
          <Text size="sm" fw={600} mt="sm">
            {t('account.roles')}
          </Text>
          <Group gap="xs" mt={4}>
            {user.isAdmin && <Badge variant="light">{t('account.installationAdmin')}</Badge>}
            {user.memberships.map((m) => (
              <Badge key={m.workspaceId} variant="outline" style={{ textTransform: 'none' }}>
                {`${nameOf(m.workspaceSlug)}: ${t(`roles.${m.role}`)}`}
              </Badge>
            ))}
            {!user.isAdmin && user.memberships.length === 0 && <Text size="sm">{t('account.noRoles')}</Text>}
          </Group>
          <Group mt="md" gap="sm">
            <Text size="sm" fw={600}>
              {t('account.language')}
            </Text>
            <LanguageSwitch />
          </Group>
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-title">
          <Title order={2} size="h4" id="password-title" mb="sm">
            {t('account.changePassword')}
          </Title>
          <PasswordForm onChanged={() => showToast({ title: t('auth.changed') })} />
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sessions-title">
          <Title order={2} size="h4" id="sessions-title" mb="xs">
            {t('account.sessions')}
          </Title>
          <Text size="sm" mb="sm">
            {t('account.signOutEverywhereHelp')}
          </Text>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('account.signOutEverywhere')}
          </Button>
        </Paper>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('account.signOutEverywhere')}
        body={t('account.signOutEverywhereConfirm')}
        confirmLabel={t('account.signOutEverywhere')}
        danger
        busy={busy}
        error={error}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          setBusy(true);
          setError(null);
          try {
            await signOut(true);
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}

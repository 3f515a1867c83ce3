// The frame of every signed-in page: a skip link, the header, the navigation (a sidebar, or a
// drawer behind the burger on phones), the page itself, toasts and live updates.
import { AppShell, Burger, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { NoticeBell } from '../../features/notices/NoticeBell.tsx';
import { useLiveEvents } from '../live/useLiveEvents.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { Toaster } from '../toasts/Toaster.tsx';
import { EmptyState, ForbiddenState, LoadingState } from '../ui/States.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavLinks } from './NavLinks.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceSwitch } from './WorkspaceSwitch.tsx';

function Brand() {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      component={Link}
      to="/"
      aria-label={`${t('common.appName')} — ${t('shell.nav.dashboard')}`}
    >
      <Group gap={8} wrap="nowrap">
        <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#0b5563" />
          <circle cx="14" cy="14" r="7" fill="none" stroke="#fff" strokeWidth="3" />
          <path d="M19 19l7 7" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        </svg>
        <Text fw={700} size="lg" c="pantau.8">
          {t('common.appName')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

/** Pages a user without any workspace may still open. */
const WITHOUT_WORKSPACE = ['/akun'];

function PageContent() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  if (!session.workspace && !WITHOUT_WORKSPACE.includes(pathname)) {
    // First run: the installation's administrator creates the first workspace.
    if (session.user.isAdmin) return <Navigate to="/mulai" replace />;
    return <EmptyState title={t('states.noWorkspaceTitle')} body={t('states.noWorkspaceBody')} />;
  }
  // An agency officer works only on the directions to their agency: Arahan is their home page.
  if (session.role === 'agency_officer' && pathname === '/') return <Navigate to="/arahan" replace />;
  if (
    session.role === 'agency_officer' &&
    !WITHOUT_WORKSPACE.includes(pathname) &&
    !/^\/arahan(\/|$)/.test(pathname)
  ) {
    return <ForbiddenState body={t('states.limitedRoleBody')} />;
  }
  return (
    <Suspense fallback={<LoadingState rows={6} />}>
      <Outlet />
    </Suspense>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useSession();
  const { pathname } = useLocation();
  useLiveEvents(session.workspace?.slug ?? null);
  // After moving to another page, focus goes to its content (screen readers announce it); not on
  // the first load, so the first Tab still reaches the skip link.
  const firstPage = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the page changes
  useEffect(() => {
    close();
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Brand />
              <Group visibleFrom="md" gap="xs" ml="md" style={{ minWidth: 0 }}>
                <WorkspaceSwitch />
              </Group>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NoticeBell />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" id="main-navigation" aria-label={t('shell.mainNav')}>
          <Stack gap="sm">
            <Group hiddenFrom="md" px="xs" pt={4}>
              <WorkspaceSwitch />
            </Group>
            <NavLinks onNavigate={close} />
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <div className="page">
            <PageContent />
          </div>
        </AppShell.Main>
      </AppShell>
      <Toaster />
    </>
  );
}

// The navigation list: the sidebar on a laptop, the drawer behind the burger on a phone.
import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../session/SessionProvider.tsx';
import { UserIcon } from '../ui/icons.tsx';
import { NAV_ITEMS } from './navigation.ts';

function isCurrent(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

export function NavLinks(props: { onNavigate(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  // Article pages belong to search; the sidebar shows where the user came from.
  const path = pathname.startsWith('/artikel/') ? '/cari' : pathname;
  const items = session.workspace ? NAV_ITEMS.filter((item) => !item.needs || session.can(item.needs)) : [];
  const links = [
    ...items.map((item) => ({ to: item.to, label: t(`shell.nav.${item.label}`), Icon: item.icon })),
    { to: '/akun', label: t('shell.nav.account'), Icon: UserIcon },
  ];
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {links.map(({ to, label, Icon }) => (
        <li key={to}>
          <MantineNavLink
            component={NavLink}
            to={to}
            end={to === '/'}
            label={label}
            leftSection={<Icon />}
            active={isCurrent(path, to)}
            aria-current={isCurrent(path, to) ? 'page' : undefined}
            onClick={props.onNavigate}
            variant="light"
            style={{ borderRadius: 6 }}
          />
        </li>
      ))}
    </Stack>
  );
}

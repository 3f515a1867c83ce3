// The navigation list: the sidebar on a laptop, the drawer behind the burger on a phone.
import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../session/SessionProvider.tsx';
import { UserIcon } from '../ui/icons.tsx';
import { NAV_ITEMS } from './navigation.ts';

function under(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

function isCurrent(path: string, to: string, covers: string[] = []): boolean {
  return under(path, to) || covers.some((c) => under(path, c));
}

export function NavLinks(props: { onNavigate(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  // Article pages belong to search; the sidebar shows where the user came from.
  const path = pathname.startsWith('/artikel/') ? '/cari' : pathname;
  const items = session.workspace ? NAV_ITEMS.filter((item) => !item.needs || session.can(item.needs)) : [];
  const links = [
    ...items.map((item) => ({
      to: item.to,
      label: t(`shell.nav.${item.label}`),
      Icon: item.icon,
      Badge: item.badge,
      covers: item.covers,
    })),
    { to: '/akun', label: t('shell.nav.account'), Icon: UserIcon, Badge: undefined, covers: undefined },
  ];
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {links.map(({ to, label, Icon, Badge, covers }) => (
        <li key={to}>
          <MantineNavLink
            component={NavLink}
            to={to}
            end={to === '/'}
            label={label}
            leftSection={<Icon />}
            rightSection={Badge ? <Badge /> : undefined}
            active={isCurrent(path, to, covers)}
            aria-current={isCurrent(path, to, covers) ? 'page' : undefined}
            onClick={props.onNavigate}
            variant="light"
            style={{ borderRadius: 6 }}
          />
        </li>
      ))}
    </Stack>
  );
}

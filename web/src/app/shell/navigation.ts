// The main pages, in the order an office uses them, and what a role needs to see each.
import type { ComponentType, SVGProps } from 'react';
import type { Capability } from '../session/permissions.ts';
import {
  AlertIcon,
  AuditIcon,
  DashboardIcon,
  IssuesIcon,
  SearchIcon,
  SettingsIcon,
  SourcesIcon,
} from '../ui/icons.tsx';

export interface NavItem {
  to: string;
  label: 'dashboard' | 'search' | 'issues' | 'alerts' | 'sources' | 'settings' | 'audit';
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Shown only to roles with this capability; none: everyone with a workspace. */
  needs?: Capability;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'dashboard', icon: DashboardIcon, needs: 'read' },
  { to: '/cari', label: 'search', icon: SearchIcon, needs: 'read' },
  { to: '/isu', label: 'issues', icon: IssuesIcon, needs: 'read' },
  { to: '/peringatan', label: 'alerts', icon: AlertIcon, needs: 'read' },
  { to: '/sumber', label: 'sources', icon: SourcesIcon, needs: 'read' },
  { to: '/pengaturan', label: 'settings', icon: SettingsIcon, needs: 'read' },
  { to: '/audit', label: 'audit', icon: AuditIcon, needs: 'audit' },
];

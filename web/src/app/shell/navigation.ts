// The main pages, in the order an office uses them, and what a role needs to see each.
import type { ComponentType, SVGProps } from 'react';
import { ClippingIcon } from '../../features/clippings/ClippingIcon.tsx';
import { DirectionIcon } from '../../features/directions/DirectionIcon.tsx';
import { LetterIcon } from '../../features/letters/LetterIcon.tsx';
import { PartnerIcon } from '../../features/partners/PartnerIcon.tsx';
import { ProgramIcon } from '../../features/programs/ProgramIcon.tsx';
import { PublicationIcon } from '../../features/publications/PublicationIcon.tsx';
import { ReportIcon } from '../../features/reports/ReportIcon.tsx';
import { InboxCount } from '../../features/sop-cases/InboxCount.tsx';
import type { Capability } from '../session/permissions.ts';
import {
  AlertIcon,
  AuditIcon,
  DashboardIcon,
  InboxIcon,
  IssuesIcon,
  SearchIcon,
  SettingsIcon,
  SopIcon,
  SourcesIcon,
} from '../ui/icons.tsx';

export interface NavItem {
  to: string;
  label:
    | 'dashboard'
    | 'inbox'
    | 'directions'
    | 'partners'
    | 'programs'
    | 'letters'
    | 'reports'
    | 'publications'
    | 'search'
    | 'clippings'
    | 'issues'
    | 'alerts'
    | 'sources'
    | 'sops'
    | 'settings'
    | 'audit';
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** A count beside the label (what waits in the inbox). */
  badge?: ComponentType;
  /** Other pages that belong under this entry (a case is opened from the inbox). */
  covers?: string[];
  /** Shown only to roles with this capability; none: everyone with a workspace. */
  needs?: Capability;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'dashboard', icon: DashboardIcon, needs: 'read' },
  {
    to: '/kotak-masuk',
    label: 'inbox',
    icon: InboxIcon,
    needs: 'read',
    badge: InboxCount,
    covers: ['/kasus'],
  },
  { to: '/arahan', label: 'directions', icon: DirectionIcon, needs: 'directions' },
  { to: '/mitra', label: 'partners', icon: PartnerIcon, needs: 'partners' },
  { to: '/program', label: 'programs', icon: ProgramIcon, needs: 'programs' },
  { to: '/agenda', label: 'letters', icon: LetterIcon, needs: 'letters' },
  { to: '/laporan', label: 'reports', icon: ReportIcon, needs: 'read' },
  { to: '/siaran-pers', label: 'publications', icon: PublicationIcon, needs: 'read' },
  { to: '/cari', label: 'search', icon: SearchIcon, needs: 'read' },
  { to: '/isu', label: 'issues', icon: IssuesIcon, needs: 'read' },
  { to: '/peringatan', label: 'alerts', icon: AlertIcon, needs: 'read' },
  { to: '/kliping', label: 'clippings', icon: ClippingIcon, needs: 'read' },
  { to: '/sumber', label: 'sources', icon: SourcesIcon, needs: 'read' },
  { to: '/sop', label: 'sops', icon: SopIcon, needs: 'read' },
  { to: '/pengaturan', label: 'settings', icon: SettingsIcon, needs: 'read' },
  { to: '/audit', label: 'audit', icon: AuditIcon, needs: 'audit' },
];

// The few icons the app uses, drawn inline (no icon font, nothing fetched). Decorative: the text
// beside each icon, or the button's aria-label, carries the meaning.
import type { SVGProps } from 'react';

function Icon(props: SVGProps<SVGSVGElement> & { d: string }) {
  const { d, ...rest } = props;
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      <path d={d} />
    </svg>
  );
}

type P = SVGProps<SVGSVGElement>;
export const DashboardIcon = (p: P) => <Icon d="M3 3h7v9H3zM14 3h7v5h-7zM14 12h7v9h-7zM3 16h7v5H3z" {...p} />;
export const SearchIcon = (p: P) => <Icon d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-5-5" {...p} />;
export const IssuesIcon = (p: P) => <Icon d="M4 6h16M4 12h10M4 18h6" {...p} />;
export const AlertIcon = (p: P) => <Icon d="M12 3l10 18H2zM12 10v5M12 18v.01" {...p} />;
export const SourcesIcon = (p: P) => <Icon d="M4 11a9 9 0 0 1 9 9M4 4a16 16 0 0 1 16 16M5 19h.01" {...p} />;
export const SettingsIcon = (p: P) => (
  <Icon
    d="M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2 .3-1.3-1.3L17 5l-3-1-1 2h-2L10 4 7 5l.3 2L6 8.3 4 8l-1 3 2 1v0l-2 1 1 3 2-.3L7.3 17 7 19l3 1 1-2h2l1 2 3-1-.3-2 1.3-1.3 2 .3 1-3z"
    {...p}
  />
);
export const AuditIcon = (p: P) => <Icon d="M9 4h6l1 2h3v15H5V6h3zM9 12l2 2 4-4" {...p} />;
export const UserIcon = (p: P) => <Icon d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0" {...p} />;
export const DownloadIcon = (p: P) => <Icon d="M12 4v12M7 11l5 5 5-5M5 20h14" {...p} />;
export const ExternalIcon = (p: P) => <Icon d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" {...p} />;
export const DotsIcon = (p: P) => <Icon d="M5 12h.01M12 12h.01M19 12h.01" strokeWidth={3} {...p} />;
export const FilterIcon = (p: P) => <Icon d="M3 5h18l-7 8v6l-4 2v-8z" {...p} />;
export const ArrowLeftIcon = (p: P) => <Icon d="M19 12H5M11 6l-6 6 6 6" {...p} />;
export const LinkIcon = (p: P) => (
  <Icon d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" {...p} />
);
export const PlusIcon = (p: P) => <Icon d="M12 5v14M5 12h14" {...p} />;
export const InboxIcon = (p: P) => <Icon d="M3 13l3-8h12l3 8v6H3zM3 13h5l1 3h6l1-3h5" {...p} />;
export const SopIcon = (p: P) => <Icon d="M6 3h9l4 4v14H6zM9 10h7M9 14h7M9 18h4" {...p} />;
export const CloseIcon = (p: P) => <Icon d="M6 6l12 12M18 6L6 18" {...p} />;
export const CheckIcon = (p: P) => <Icon d="M5 12l5 5L20 7" {...p} />;
export const UploadIcon = (p: P) => <Icon d="M12 20V8M7 13l5-5 5 5M5 4h14" {...p} />;
export const BellIcon = (p: P) => <Icon d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0" {...p} />;

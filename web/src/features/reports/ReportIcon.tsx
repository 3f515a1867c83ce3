// The navigation icon of Laporan: a document with a small bar chart (a monitoring report).
import type { SVGProps } from 'react';

export function ReportIcon(props: SVGProps<SVGSVGElement>) {
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
      {...props}
    >
      <path d="M6 3h9l4 4v14H6zM9 17v-3M12 17v-6M15 17v-4" />
    </svg>
  );
}

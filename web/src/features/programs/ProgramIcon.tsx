// The navigation icon of Program & kegiatan: a clipboard with a list (the inventory).
import type { SVGProps } from 'react';

export function ProgramIcon(props: SVGProps<SVGSVGElement>) {
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
      <path d="M9 4h6v3H9zM7 5H5v16h14V5h-2M8 11h8M8 15h8M8 19h5" />
    </svg>
  );
}

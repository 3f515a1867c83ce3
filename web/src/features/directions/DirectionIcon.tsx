// The navigation icon of Arahan: a letter sent onward (the disposition travels to the agencies).
import type { SVGProps } from 'react';

export function DirectionIcon(props: SVGProps<SVGSVGElement>) {
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
      <path d="M3 5h12v14H3zM3 5l6 6 6-6M17 12h5M19 9l3 3-3 3" />
    </svg>
  );
}

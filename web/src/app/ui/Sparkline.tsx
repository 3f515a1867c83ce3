// A day-by-day series as a small inline line, for rows of a list where a chart would be too much
// (no chart library: a few dozen bytes of SVG per row). The label says in words what the line shows.
import { Tooltip } from '@mantine/core';

export function Sparkline(props: {
  values: number[];
  /** What the line shows, in words: the accessible name and the tooltip. */
  label: string;
  width?: number;
  height?: number;
  color?: string;
}) {
  const { values, width = 72, height = 20, color = 'var(--mantine-color-blue-6)' } = props;
  const pad = 2;
  const n = values.length;
  const max = Math.max(1, ...values);
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const line = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const base = (height - pad).toFixed(1);
  return (
    <Tooltip label={props.label} withArrow>
      <svg
        role="img"
        aria-label={props.label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ display: 'block', flexShrink: 0 }}
      >
        {n > 1 && (
          <polygon
            points={`${x(0).toFixed(1)},${base} ${line} ${x(n - 1).toFixed(1)},${base}`}
            fill={color}
            fillOpacity={0.12}
          />
        )}
        {n > 1 && (
          <polyline
            points={line}
            fill="none"
            stroke={color}
            strokeWidth={1.5}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        )}
        {n > 0 && <circle cx={x(n - 1)} cy={y(values[n - 1])} r={2} fill={color} />}
      </svg>
    </Tooltip>
  );
}

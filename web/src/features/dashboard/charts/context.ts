// What every dashboard chart builder needs besides the figures: words, formats, and the view.
import type { TFunction } from 'i18next';
import type { useFormat } from '../../../app/format/useFormat.ts';
import type { Dashboard } from '../dashboard.api.ts';

export interface ChartContext {
  t: TFunction;
  fmt: ReturnType<typeof useFormat>;
  period: Dashboard['period'];
  /** Subjects the user picked (empty: all enabled ones), carried into search links. */
  chosenSubjects: number[];
  /** A phone-wide chart: shorter labels, legends that wrap instead of scrolling. */
  narrow: boolean;
}

/** Distinct, print-safe colours for subjects (tone colours are kept for tone only). */
export const SERIES_COLORS = [
  '#037284',
  '#e8590c',
  '#5f3dc4',
  '#1971c2',
  '#c2255c',
  '#66a80f',
  '#f08c00',
  '#495057',
];

export const TEXT_STYLE = {
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  color: '#343a40',
};

/** A long label cut for an axis (the tooltip and the table carry it whole). */
export function shortLabel(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The search filters of the whole period, for links from charts. */
export function periodFilters(ctx: ChartContext) {
  return { from: ctx.period.from, to: ctx.period.to };
}

/** Axis labels cut to fit: shorter on a phone. */
export function labelLength(ctx: ChartContext): number {
  return ctx.narrow ? 16 : 24;
}

/**
 * A legend under the chart that wraps onto more lines rather than hiding entries behind arrows,
 * and the room it needs (for the grid's bottom).
 */
export function bottomLegend(ctx: ChartContext, names: string[]) {
  const perLine = ctx.narrow ? 2 : 5;
  const lines = Math.max(1, Math.ceil(names.length / perLine));
  return { legend: { type: 'plain' as const, bottom: 0, left: 'center' as const }, room: 12 + lines * 24 };
}

// The pieces the flowchart is drawn from, in table coordinates: the format's symbols, arrows as
// orthogonal polylines, and the small words (Ya, Tidak, Setuju) placed beside them.
import type { SopDefinition, SopStep } from './definition.ts';
import type { Column } from './flowchart-layout.ts';
import { textWidth } from './svg-text.ts';

export type SymbolKind = 'terminator' | 'process' | 'decision' | 'connector';

export interface FlowSymbol {
  kind: SymbolKind;
  cx: number;
  cy: number;
  w: number;
  h: number;
  /** The step the symbol stands for, or for a connector the step it leads to. */
  step?: number;
  label?: string;
}

export type Point = [number, number];
export type ArrowKind = 'next' | 'handover' | 'yes' | 'no' | 'end';

export interface FlowArrow {
  kind: ArrowKind;
  from: number;
  to: number | null;
  points: Point[];
}

export interface FlowLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle';
}

export interface Flow {
  symbols: FlowSymbol[];
  arrows: FlowArrow[];
  labels: FlowLabel[];
}

export const LABEL_FONT = 7;
export const CONNECTOR = { w: 18, h: 20 };

export const center = (col: Column) => col.x + col.width / 2;
export const top = (s: FlowSymbol): Point => [s.cx, s.cy - s.h / 2];
export const bottom = (s: FlowSymbol): Point => [s.cx, s.cy + s.h / 2];
export const side = (s: FlowSymbol, dir: -1 | 1): Point => [s.cx + (dir * s.w) / 2, s.cy];

export function stepSymbol(
  def: SopDefinition,
  step: SopStep,
  col: Column,
  rowY: number,
  rowHeight: number,
): FlowSymbol {
  const cx = center(col);
  if (step.decision) {
    const h = 32;
    const cy = step.decision.yes === null ? rowY + 13 + h / 2 : rowY + rowHeight / 2;
    return { kind: 'decision', step: step.no, cx, cy, w: Math.min(col.width - 20, 50), h };
  }
  const ends = step.no === def.steps[0].no || step.no === def.steps[def.steps.length - 1].no;
  const kind = ends ? 'terminator' : 'process';
  return { kind, step: step.no, cx, cy: rowY + rowHeight / 2, w: Math.min(col.width - 24, 54), h: 22 };
}

export const connector = (cx: number, cy: number, step: number): FlowSymbol => ({
  kind: 'connector',
  cx,
  cy,
  ...CONNECTOR,
  step,
  label: String(step),
});

/** Drops repeated points and joins straight runs, so a path has only its real corners. */
export function tidy(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/** Down, across under the target row's top edge, down into the target. */
export const downAcross = (from: Point, to: Point, turnY: number): Point[] =>
  tidy([from, [from[0], turnY], [to[0], turnY], to]);

/** A label beside the first run of an arrow: right of a vertical run, above a horizontal one. */
export function labelAlong(points: Point[], text: string, columns: Column[]): FlowLabel {
  const [a, b] = points;
  if (a[0] === b[0]) return { text, x: a[0] + 3, y: Math.min(a[1], b[1]) + 8, anchor: 'start' };
  const half = textWidth(text, LABEL_FONT) / 2 + 2;
  const lo = Math.min(a[0], b[0]);
  const hi = Math.max(a[0], b[0]);
  let x = (lo + hi) / 2;
  // On a long run, inside one column so the word does not straddle a grid line; on a short run (to
  // an off-page connector) centred, clear of the symbols at both ends.
  const col = columns.find((c) => x >= c.x && x < c.x + c.width);
  if (hi - lo >= 4 * half && col && col.width > 2 * half) {
    x = Math.min(Math.max(x, col.x + half), col.x + col.width - half);
    x = Math.min(Math.max(x, lo + half), hi - half);
  }
  return { text, x, y: a[1] - 3, anchor: 'middle' };
}

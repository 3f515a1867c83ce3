// How the arrows of the flowchart table run between the symbols. Arrows are orthogonal: a step's
// arrow goes down out of its symbol, across just under the next row's top edge, and down into the
// next symbol. A decision's NO (and a YES that skips rows) runs along a gutter at the edge of the
// target's column and enters it from the side, so it never lies on top of the straight arrows, which
// run down the column centres. Where an arrow leaves the page, an off-page connector takes it over.
import { type SopDefinition, type SopStep, stepByNo } from './definition.ts';
import { type Column, executorColumn, type FlowchartPage } from './flowchart-layout.ts';
import {
  bottom,
  CONNECTOR,
  center,
  connector,
  downAcross,
  type Flow,
  type FlowSymbol,
  labelAlong,
  type Point,
  side,
  stepSymbol,
  tidy,
  top,
} from './flowchart-shapes.ts';

/** How far under a row's top edge an arrow turns across, clear of the grid line. */
const TURN = 5;
/** Distance of a jump's vertical run from its column's edge. */
const GUTTER = 6;
/** Length of the arrow between a symbol and an off-page connector beside it: room for "Tidak". */
const STUB = 24;

interface Edge {
  kind: 'next' | 'yes' | 'no' | 'end';
  from: SopStep;
  to: number | null;
  via?: string;
}

function edgesOf(def: SopDefinition, step: SopStep): Edge[] {
  if (step.decision) {
    const { yes, no } = step.decision;
    const yesEdge: Edge =
      yes === null ? { kind: 'end', from: step, to: null } : { kind: 'yes', from: step, to: yes };
    return [yesEdge, { kind: 'no', from: step, to: no }];
  }
  const next = stepByNo(def, step.no + 1);
  if (!next) return [];
  const hands = step.handsTo;
  const via = hands && hands !== step.executor && hands !== next.executor ? hands : undefined;
  return [{ kind: 'next', from: step, to: next.no, via }];
}

const isStraight = (e: Edge) => e.kind !== 'no' && e.kind !== 'end' && e.to === e.from.no + 1;
/** The gutter side a jump runs along: the target's left edge when it lies left of (or under) the source. */
const jumpSide = (from: Column, to: Column): -1 | 1 => (to.x <= from.x ? -1 : 1);

/** The side an off-page connector beside a symbol goes: `dir`, unless it would leave the executor columns. */
function inside(columns: Column[], x: number, dir: -1 | 1, reach: number): -1 | 1 {
  const executors = columns.filter((c) => c.kind === 'executor');
  const left = executors[0].x;
  const right = executors[executors.length - 1].x + executors[executors.length - 1].width;
  const at = x + dir * reach;
  return at - CONNECTOR.w / 2 < left || at + CONNECTOR.w / 2 > right ? (dir === 1 ? -1 : 1) : dir;
}

function noSide(def: SopDefinition, page: FlowchartPage, step: SopStep): -1 | 1 {
  const columnOf = (no: number) => executorColumn(page.columns, (stepByNo(def, no) as SopStep).executor);
  return jumpSide(columnOf(step.no), columnOf((step.decision as { no: number }).no));
}

export function planFlow(def: SopDefinition, page: FlowchartPage): Flow {
  const flow: Flow = { symbols: [], arrows: [], labels: [] };
  const columnOf = (no: number) => executorColumn(page.columns, (stepByNo(def, no) as SopStep).executor);
  const symbols = new Map<number, FlowSymbol>();
  const rowTop = new Map<number, number>();
  for (const row of page.rows) {
    const symbol = stepSymbol(def, row.step, columnOf(row.step.no), row.y, row.height);
    symbols.set(row.step.no, symbol);
    rowTop.set(row.step.no, row.y);
    flow.symbols.push(symbol);
  }
  const label = (points: Point[], text: string) => flow.labels.push(labelAlong(points, text, page.columns));

  if (page.top) {
    const entry = connector(center(columnOf(page.top.step)), page.top.y + page.top.height / 2, page.top.step);
    const target = symbols.get(page.top.step) as FlowSymbol;
    flow.symbols.push(entry);
    flow.arrows.push({
      kind: 'next',
      from: page.top.step - 1,
      to: page.top.step,
      points: [bottom(entry), top(target)],
    });
  }
  const exit = page.bottom
    ? connector(center(columnOf(page.bottom.step)), page.bottom.y + page.bottom.height / 2, page.bottom.step)
    : undefined;
  if (exit) flow.symbols.push(exit);

  for (const row of page.rows) {
    const source = symbols.get(row.step.no) as FlowSymbol;
    for (const edge of edgesOf(def, row.step)) {
      const note =
        edge.kind === 'yes' || edge.kind === 'end' ? 'Ya' : edge.kind === 'no' ? 'Tidak' : undefined;
      const text = note ?? (row.step.approval ? 'Setuju' : undefined);
      if (edge.kind === 'end') {
        const from = bottom(source);
        const end: FlowSymbol = {
          kind: 'terminator',
          cx: source.cx,
          cy: from[1] + 19,
          w: 40,
          h: 14,
          label: 'Selesai',
        };
        const points: Point[] = [from, top(end)];
        flow.symbols.push(end);
        flow.arrows.push({ kind: 'end', from: row.step.no, to: null, points });
        label(points, 'Ya');
        continue;
      }
      const to = edge.to as number;
      if (isStraight(edge)) {
        const target = symbols.get(to) ?? (exit?.step === to ? exit : undefined);
        if (!target) continue;
        const turnY = (rowTop.get(to) ?? page.bottom?.y ?? 0) + TURN;
        let start = bottom(source);
        if (edge.via) {
          const vx = center(executorColumn(page.columns, edge.via));
          const dir = vx > source.cx ? 1 : -1;
          const handover: Point[] = [side(source, dir), [vx, source.cy]];
          flow.arrows.push({ kind: 'handover', from: row.step.no, to: null, points: handover });
          if (text) label(handover, text);
          start = [vx, source.cy];
        }
        const points = downAcross(start, top(target), turnY);
        flow.arrows.push({ kind: edge.kind === 'yes' ? 'yes' : 'next', from: row.step.no, to, points });
        if (text && !edge.via) label(points, text);
        continue;
      }
      // A jump: out of the symbol's side towards the target, along the gutter of the target's
      // column, into the target's side. A YES jump whose side the NO already takes leaves from the
      // bottom and crosses just above the row's lower edge.
      let dir = jumpSide(columnOf(row.step.no), columnOf(to));
      const taken = edge.kind === 'yes' && row.step.decision && noSide(def, page, row.step) === dir;
      const target = symbols.get(to);
      if (!target)
        dir = inside(page.columns, source.cx, dir, (taken ? 0 : source.w / 2) + STUB + CONNECTOR.w / 2);
      const start: Point[] = taken
        ? [bottom(source), [source.cx, row.y + row.height - TURN]]
        : [side(source, dir)];
      const [fromX, runY] = start[start.length - 1];
      let points: Point[];
      if (target) {
        const col = columnOf(to);
        const gx = dir === -1 ? col.x + GUTTER : col.x + col.width - GUTTER;
        points = tidy([...start, [gx, runY], [gx, target.cy], side(target, dir)]);
      } else {
        const away = connector(fromX + dir * (STUB + CONNECTOR.w / 2), runY, to);
        flow.symbols.push(away);
        points = tidy([...start, side(away, dir === 1 ? -1 : 1)]);
      }
      flow.arrows.push({ kind: edge.kind === 'no' ? 'no' : 'yes', from: row.step.no, to, points });
      if (text) label(points, text);
    }
  }

  // Jumps that arrive from another page start at a connector beside their target.
  const here = new Set(page.rows.map((r) => r.step.no));
  for (const step of def.steps) {
    if (here.has(step.no)) continue;
    for (const edge of edgesOf(def, step)) {
      if (edge.to === null || isStraight(edge) || !here.has(edge.to)) continue;
      const target = symbols.get(edge.to) as FlowSymbol;
      const reach = target.w / 2 + STUB + CONNECTOR.w / 2;
      const dir = inside(page.columns, target.cx, jumpSide(columnOf(step.no), columnOf(edge.to)), reach);
      const entry = connector(target.cx + dir * reach, target.cy, edge.to);
      flow.symbols.push(entry);
      const points: Point[] = [side(entry, dir === 1 ? -1 : 1), side(target, dir)];
      flow.arrows.push({ kind: edge.kind === 'no' ? 'no' : 'yes', from: step.no, to: edge.to, points });
    }
  }
  return flow;
}

// The SOP's flowchart table (Permenpan RB 35/2012) as standalone SVG, the drawing an office would
// otherwise make by hand in Word: one column per executor holding the format's symbols, the mutu
// baku columns beside them, and the total time underneath. Long SOPs split into page-sized SVGs
// that hand over to each other through off-page connectors.
import { type SopDefinition, validateDefinition } from './definition.ts';
import {
  type Column,
  column,
  type FlowchartPage,
  FONT,
  INSET,
  LINE,
  layoutPages,
  PAD,
} from './flowchart-layout.ts';
import { planFlow } from './flowchart-routes.ts';
import {
  type FlowArrow,
  type FlowLabel,
  type FlowSymbol,
  LABEL_FONT,
  type Point,
} from './flowchart-shapes.ts';
import { escapeXml, textWidth } from './svg-text.ts';

export interface FlowchartOptions {
  /** Language of the headings; the format is Indonesian. */
  lang?: 'id';
  /** Split the table after this many step rows; without it every step is on one page. */
  rowsPerPage?: number;
  /** Which page (1-based) to draw when the table is split. */
  page?: number;
}

const STROKE = 'stroke="#000" stroke-width="0.6"';
const LINE_STROKE = 'stroke="#000" stroke-width="0.9"';
const HEADER_FILL = '#e8e8e8';
const ARROW = 5;

const num = (n: number) => String(Math.round(n * 10) / 10);

function cell(x: number, y: number, w: number, h: number, fill = 'none'): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}" ${STROKE}/>`;
}

/** Lines of text centred vertically in a box; left-aligned with padding, or centred. */
function lines(
  texts: string[],
  x: number,
  y: number,
  w: number,
  h: number,
  how: { centre?: boolean; bold?: boolean } = {},
) {
  const startY = y + (h - texts.length * LINE) / 2 + LINE * 0.75;
  const tx = how.centre ? x + w / 2 : x + PAD;
  const attrs = `${how.centre ? ' text-anchor="middle"' : ''}${how.bold ? ' font-weight="bold"' : ''}`;
  return texts
    .map((t, i) => `<text x="${num(tx)}" y="${num(startY + i * LINE)}"${attrs}>${escapeXml(t)}</text>`)
    .join('');
}

function group(cls: string, data: Record<string, string | number>, body: string): string {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<g class="${cls}"${attrs}>${body}</g>`;
}

function drawHeader(def: SopDefinition, page: FlowchartPage): string {
  const { columns, header } = page;
  const out: string[] = [];
  const lower = header.height - header.tier;
  const bold = { centre: true, bold: true };
  const spanned = (col: Column, kind: string) =>
    group(
      'heading',
      { column: kind },
      cell(col.x, 0, col.width, header.height, HEADER_FILL) +
        lines(header.labels[kind], col.x, 0, col.width, header.height, bold),
    );
  const under = (col: Column, texts: string[], data: Record<string, string>) =>
    group(
      'heading',
      data,
      cell(col.x, header.tier, col.width, lower, HEADER_FILL) +
        lines(texts, col.x, header.tier, col.width, lower, bold),
    );
  const over = (from: Column, to: Column, text: string) => {
    const w = to.x + to.width - from.x;
    return (
      cell(from.x, 0, w, header.tier, HEADER_FILL) +
      lines([text], from.x, 0, w, header.tier, { centre: true, bold: true })
    );
  };
  out.push(spanned(column(columns, 'no'), 'no'), spanned(column(columns, 'activity'), 'activity'));
  const executors = columns.filter((c) => c.kind === 'executor');
  out.push(over(executors[0], executors[executors.length - 1], 'Pelaksana'));
  def.executors.forEach((e, i) => {
    out.push(under(executors[i], header.executorTitles[i], { column: 'executor', executor: e.key }));
  });
  out.push(over(column(columns, 'requirement'), column(columns, 'output'), 'Mutu Baku'));
  for (const kind of ['requirement', 'time', 'output'] as const)
    out.push(under(column(columns, kind), header.labels[kind], { column: kind }));
  out.push(spanned(column(columns, 'remarks'), 'remarks'));
  return `<g class="header">${out.join('')}</g>`;
}

function drawRows(page: FlowchartPage): string {
  const out: string[] = [];
  const blank = (y: number, h: number) => page.columns.map((c) => cell(c.x, y, c.width, h)).join('');
  if (page.top) out.push(`<g class="band">${blank(page.top.y, page.top.height)}</g>`);
  for (const row of page.rows) {
    const body = page.columns.map((c) => {
      const frame = cell(c.x, row.y, c.width, row.height);
      if (c.kind === 'executor') return group('cell', { column: c.kind, executor: c.executor ?? '' }, frame);
      const texts = c.kind === 'no' ? [String(row.step.no)] : row[c.kind];
      const centre = c.kind === 'no' || c.kind === 'time';
      return group(
        'cell',
        { column: c.kind },
        frame + lines(texts, c.x, row.y, c.width, row.height, { centre }),
      );
    });
    out.push(group('step-row', { step: row.step.no, y: num(row.y), height: num(row.height) }, body.join('')));
  }
  if (page.bottom) out.push(`<g class="band">${blank(page.bottom.y, page.bottom.height)}</g>`);
  if (page.total) {
    const { y, height, lines: text } = page.total;
    const time = column(page.columns, 'time');
    const output = column(page.columns, 'output');
    const rest = page.width - output.x;
    out.push(
      group(
        'total',
        {},
        cell(0, y, time.x, height) +
          lines(['Jumlah Total Waktu'], 0, y, time.x, height, { bold: true }) +
          cell(time.x, y, time.width, height) +
          lines(text, time.x, y, time.width, height, { centre: true, bold: true }) +
          cell(output.x, y, rest, height),
      ),
    );
  }
  return out.join('');
}

function drawSymbol(s: FlowSymbol): string {
  const cls = `symbol ${s.kind}`;
  const data = s.step === undefined ? '' : ` data-step="${s.step}"`;
  const x = s.cx - s.w / 2;
  const y = s.cy - s.h / 2;
  const paint = `fill="#fff" ${LINE_STROKE}`;
  let shape: string;
  if (s.kind === 'decision') {
    const pts: Point[] = [
      [s.cx, y],
      [x + s.w, s.cy],
      [s.cx, y + s.h],
      [x, s.cy],
    ];
    shape = `<polygon class="${cls}"${data} points="${pointList(pts)}" ${paint}/>`;
  } else if (s.kind === 'connector') {
    // The off-page connector: a pentagon pointing down to where the flow goes on.
    const shoulder = y + s.h * 0.6;
    const pts: Point[] = [
      [x, y],
      [x + s.w, y],
      [x + s.w, shoulder],
      [s.cx, y + s.h],
      [x, shoulder],
    ];
    shape = `<polygon class="${cls}"${data} points="${pointList(pts)}" ${paint}/>`;
  } else {
    const r = s.kind === 'terminator' ? ` rx="${num(s.h / 2)}" ry="${num(s.h / 2)}"` : '';
    shape = `<rect class="${cls}"${data} x="${num(x)}" y="${num(y)}" width="${num(s.w)}" height="${num(s.h)}"${r} ${paint}/>`;
  }
  if (!s.label) return shape;
  const labelY = s.kind === 'connector' ? y + s.h * 0.45 : s.cy;
  return `${shape}<text class="symbol-label" x="${num(s.cx)}" y="${num(labelY + LABEL_FONT * 0.36)}" text-anchor="middle" font-size="${LABEL_FONT}" font-weight="bold">${escapeXml(s.label)}</text>`;
}

const pointList = (pts: Point[]) => pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

function drawArrow(a: FlowArrow): string {
  const d = a.points.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join(' ');
  const [tx, ty] = a.points[a.points.length - 1];
  const [px, py] = a.points[a.points.length - 2];
  const len = Math.hypot(tx - px, ty - py) || 1;
  const ux = (tx - px) / len;
  const uy = (ty - py) / len;
  const head: Point[] = [
    [tx, ty],
    [tx - ux * ARROW - uy * ARROW * 0.45, ty - uy * ARROW + ux * ARROW * 0.45],
    [tx - ux * ARROW + uy * ARROW * 0.45, ty - uy * ARROW - ux * ARROW * 0.45],
  ];
  const data = { kind: a.kind, from: a.from, to: a.to ?? '' };
  return group(
    'arrow',
    data,
    `<path d="${d}" fill="none" ${LINE_STROKE}/><polygon class="arrowhead" points="${pointList(head)}" fill="#000"/>`,
  );
}

function drawLabel(l: FlowLabel): string {
  const w = textWidth(l.text, LABEL_FONT) + 2;
  const x = l.anchor === 'middle' ? l.x - w / 2 : l.x - 1;
  // A white ground keeps the word readable where it meets a line.
  return (
    `<rect x="${num(x)}" y="${num(l.y - LABEL_FONT * 0.8)}" width="${num(w)}" height="${num(LABEL_FONT)}" fill="#fff"/>` +
    `<text class="flow-label" x="${num(l.x)}" y="${num(l.y)}"${l.anchor === 'middle' ? ' text-anchor="middle"' : ''} font-size="${LABEL_FONT}">${escapeXml(l.text)}</text>`
  );
}

function drawPage(def: SopDefinition, page: FlowchartPage): string {
  const flow = planFlow(def, page);
  const w = num(page.width + 2 * INSET);
  const h = num(page.height + 2 * INSET);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="sans-serif" font-size="${FONT}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    `<g transform="translate(${INSET} ${INSET})">`,
    drawHeader(def, page),
    drawRows(page),
    `<g class="flow">${flow.arrows.map(drawArrow).join('')}${flow.symbols.map(drawSymbol).join('')}${flow.labels.map(drawLabel).join('')}</g>`,
    '</g></svg>',
  ].join('');
}

/** Every page of the flowchart table, split after rowsPerPage step rows. */
export function renderFlowchartPages(def: SopDefinition, rowsPerPage?: number): string[] {
  const valid = validateDefinition(def);
  return layoutPages(valid, rowsPerPage).map((page) => drawPage(valid, page));
}

/** The flowchart table as one SVG: the whole table, or one page of it with opts.rowsPerPage. */
export function renderFlowchartSvg(def: SopDefinition, opts: FlowchartOptions = {}): string {
  const pages = renderFlowchartPages(def, opts.rowsPerPage);
  const index = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pages.length) - 1;
  return pages[index];
}

// Where everything of the flowchart table sits: the columns of the national format, the two-tier
// header, one row per step sized to its wrapped texts, and how the rows fall onto pages. Units are
// PDF points: the table is drawn at the width of a landscape A4 page with its margins, so the PDF
// places it at scale 1 and the font sizes below are the printed sizes.
import { type SopDefinition, type SopStep, timeText, totalTimeText } from './definition.ts';
import { wrapText, wrapWords } from './svg-text.ts';

export const FONT = 8;
export const LINE = 9.6;
export const PAD = 4;
const TABLE_WIDTH = 778;
const MIN_ROW = 58;
/** A decision that ends the procedure on YES draws a small end symbol under its diamond. */
const MIN_ENDING_ROW = 84;
export const BAND = 44;
/** Room around the table in the picture, so its outer lines are not cut in half at the edge. */
export const INSET = 1;

export type ColumnKind = 'no' | 'activity' | 'executor' | 'requirement' | 'time' | 'output' | 'remarks';

export interface Column {
  kind: ColumnKind;
  x: number;
  width: number;
  /** Executor key, for executor columns. */
  executor?: string;
}

export interface StepRow {
  step: SopStep;
  y: number;
  height: number;
  activity: string[];
  requirement: string[];
  time: string[];
  output: string[];
  remarks: string[];
}

/** A strip without a step that holds an off-page connector, above or below the page's rows. */
export interface Band {
  y: number;
  height: number;
  /** The step the connector leads to. */
  step: number;
}

export interface FlowchartPage {
  width: number;
  height: number;
  columns: Column[];
  header: {
    y: number;
    tier: number;
    height: number;
    executorTitles: string[][];
    labels: Record<string, string[]>;
  };
  top?: Band;
  rows: StepRow[];
  bottom?: Band;
  total?: { y: number; height: number; lines: string[] };
}

const FIXED: Partial<Record<ColumnKind, number>> = { no: 22, time: 46, remarks: 56 };
const TEXT_SHARE = { activity: 0.46, requirement: 0.27 };
const MIN_TEXT = 320;
const EXECUTOR_MIN = 58;
const EXECUTOR_MAX = 80;

export function layoutColumns(def: SopDefinition): Column[] {
  const fixed = (FIXED.no ?? 0) + (FIXED.time ?? 0) + (FIXED.remarks ?? 0);
  const n = def.executors.length;
  // Whole points throughout, so neighbouring cells share their edges exactly and lines print thin.
  const executor = Math.floor(
    Math.min(EXECUTOR_MAX, Math.max(EXECUTOR_MIN, (TABLE_WIDTH - fixed - MIN_TEXT) / n)),
  );
  const text = Math.max(MIN_TEXT, TABLE_WIDTH - fixed - executor * n);
  const activity = Math.round(text * TEXT_SHARE.activity);
  const requirement = Math.round(text * TEXT_SHARE.requirement);
  const columns: Column[] = [];
  let x = 0;
  const add = (kind: ColumnKind, width: number, key?: string) => {
    columns.push(key === undefined ? { kind, x, width } : { kind, x, width, executor: key });
    x += width;
  };
  add('no', FIXED.no ?? 0);
  add('activity', activity);
  for (const e of def.executors) add('executor', executor, e.key);
  add('requirement', requirement);
  add('time', FIXED.time ?? 0);
  add('output', text - activity - requirement);
  add('remarks', FIXED.remarks ?? 0);
  return columns;
}

export function column(columns: Column[], kind: ColumnKind): Column {
  const found = columns.find((c) => c.kind === kind);
  if (!found) throw new Error(`column ${kind} missing`);
  return found;
}

export function executorColumn(columns: Column[], key: string): Column {
  const found = columns.find((c) => c.executor === key);
  if (!found) throw new Error(`executor column ${key} missing`);
  return found;
}

const HEADER_LABELS: Record<string, string> = {
  no: 'No',
  activity: 'Uraian Kegiatan',
  requirement: 'Kelengkapan',
  time: 'Waktu',
  output: 'Output',
  remarks: 'Keterangan',
};

const wrapIn = (text: string, col: Column, bold = false) => wrapText(text, col.width - 2 * PAD, FONT, bold);
const linesHeight = (lines: number) => Math.ceil(lines * LINE + 2 * PAD);

function layoutHeader(def: SopDefinition, columns: Column[]): FlowchartPage['header'] {
  const executorTitles = def.executors.map((e) => wrapIn(e.title, executorColumn(columns, e.key), true));
  const labels: Record<string, string[]> = {};
  for (const [kind, label] of Object.entries(HEADER_LABELS))
    labels[kind] = wrapIn(label, column(columns, kind as ColumnKind), true);
  const tier = linesHeight(1);
  const lower = Math.max(
    ...executorTitles.map((t) => t.length),
    labels.requirement.length,
    labels.time.length,
    labels.output.length,
  );
  const spanning = Math.max(labels.no.length, labels.activity.length, labels.remarks.length);
  const height = Math.max(tier + linesHeight(lower), linesHeight(spanning));
  return { y: 0, tier, height, executorTitles, labels };
}

function layoutRow(step: SopStep, columns: Column[], y: number): StepRow {
  const activity = wrapIn(step.activity, column(columns, 'activity'));
  const requirement = wrapIn(step.requirement, column(columns, 'requirement'));
  const time = wrapIn(timeText(step.time), column(columns, 'time'));
  const output = wrapIn(step.output, column(columns, 'output'));
  const remarks = wrapIn(step.remarks, column(columns, 'remarks'));
  const lines = Math.max(activity.length, requirement.length, time.length, output.length, remarks.length);
  const min = step.decision && step.decision.yes === null ? MIN_ENDING_ROW : MIN_ROW;
  return { step, y, height: Math.max(min, linesHeight(lines)), activity, requirement, time, output, remarks };
}

/** Splits the steps into pages of at most rowsPerPage rows (all on one page when omitted). */
export function layoutPages(def: SopDefinition, rowsPerPage?: number): FlowchartPage[] {
  const per = rowsPerPage === undefined ? def.steps.length : Math.max(1, Math.floor(rowsPerPage));
  const columns = layoutColumns(def);
  const width = columns[columns.length - 1].x + columns[columns.length - 1].width;
  const header = layoutHeader(def, columns);
  const pages: FlowchartPage[] = [];
  for (let start = 0; start < def.steps.length; start += per) {
    const steps = def.steps.slice(start, start + per);
    const first = steps[0];
    const last = steps[steps.length - 1];
    let y = header.height;
    const page: FlowchartPage = { width, height: 0, columns, header, rows: [] };
    if (start > 0 && flowsOn(def.steps[start - 1], first.no)) {
      page.top = { y, height: BAND, step: first.no };
      y += BAND;
    }
    for (const step of steps) {
      const row = layoutRow(step, columns, y);
      page.rows.push(row);
      y += row.height;
    }
    const next = def.steps[start + per];
    if (next && flowsOn(last, next.no)) {
      page.bottom = { y, height: BAND, step: next.no };
      y += BAND;
    }
    if (!next) {
      // "31 jam 55 menit" breaks between its amounts, never inside one.
      const amounts = totalTimeText(def).match(/\S+ \S+/g) ?? [];
      const total = wrapWords(amounts, column(columns, 'time').width - 2 * PAD, FONT, true);
      page.total = { y, height: linesHeight(total.length) + 2, lines: total };
      y += page.total.height;
    }
    page.height = y;
    pages.push(page);
  }
  return pages;
}

/**
 * Whether a step's arrow runs straight down into the step numbered `no` (the next one): such an arrow
 * crosses a page break through a pair of off-page connectors in bands. A decision's NO runs along a
 * gutter instead, and across pages through connectors beside the symbols.
 */
export function flowsOn(step: SopStep, no: number): boolean {
  if (no !== step.no + 1) return false;
  return step.decision ? step.decision.yes === no : true;
}

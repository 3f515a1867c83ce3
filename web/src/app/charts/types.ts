// What a chart on screen is made of: the ECharts option, the same figures as a table (for screen
// readers, keyboard users, the exports and the browser tests), and what a click on a mark (or a
// row's label in the table) opens.
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ExportTable } from '../export/table.ts';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
>;

/** The part of an ECharts click event we use. */
export interface ChartClick {
  seriesIndex?: number;
  seriesName?: string;
  dataIndex: number;
  name: string;
}

export interface ChartSpec {
  option: ChartOption;
  table: ExportTable;
  /** The address (usually a filtered search) behind the clicked mark, or null when there is none. */
  linkFor?(click: ChartClick): string | null;
  /**
   * The address behind the table's row `index`, the link its label becomes when the table is
   * shown: the row's mark's, or for a row of several marks (a stacked bar) the union of theirs.
   */
  rowLink?(index: number): string | null;
  height?: number;
  /** True when there is nothing to draw (the card shows an empty note instead). */
  empty: boolean;
}

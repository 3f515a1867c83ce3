// A report chart (the figures the server put in the report) as a chart on screen: line, bar or pie,
// with its figures as a table beside it for screen readers and downloads.
import type { ChartSpec } from '../../app/charts/types.ts';
import { SERIES_COLORS, TEXT_STYLE } from '../dashboard/charts/context.ts';
import type { ReportChart } from './reports.api.ts';

export function reportChartSpec(chart: ReportChart): ChartSpec {
  const colors = chart.series.map((s, i) => s.color ?? SERIES_COLORS[i % SERIES_COLORS.length] ?? '#037284');
  const table = {
    name: chart.title,
    columns: ['', ...chart.series.map((s) => (chart.unit ? `${s.name} (${chart.unit})` : s.name))],
    rows: chart.categories.map((c, i) => [c, ...chart.series.map((s) => s.values[i] ?? 0)]),
  };
  const empty = chart.series.every((s) => s.values.every((v) => v === 0));
  const legendRoom =
    12 +
    Math.ceil(Math.max(1, chart.kind === 'pie' ? chart.categories.length : chart.series.length) / 3) * 24;
  if (chart.kind === 'pie') {
    const first = chart.series[0];
    return {
      empty,
      table,
      height: 280 + legendRoom,
      option: {
        textStyle: TEXT_STYLE,
        color: SERIES_COLORS,
        tooltip: { trigger: 'item' },
        legend: { type: 'plain', bottom: 0, left: 'center' },
        series: [
          {
            type: 'pie',
            name: first?.name ?? chart.title,
            radius: ['35%', '65%'],
            center: ['50%', '42%'],
            data: chart.categories.map((c, i) => ({ name: c, value: first?.values[i] ?? 0 })),
          },
        ],
      },
    };
  }
  return {
    empty,
    table,
    height: 280 + legendRoom,
    option: {
      textStyle: TEXT_STYLE,
      color: colors,
      tooltip: { trigger: 'axis' },
      legend: { type: 'plain', bottom: 0, left: 'center' },
      grid: { left: 8, right: 16, top: 16, bottom: legendRoom, containLabel: true },
      xAxis: { type: 'category', data: chart.categories, boundaryGap: chart.kind === 'bar' },
      yAxis: { type: 'value', minInterval: 1 },
      series: chart.series.map((s, i) =>
        chart.kind === 'line'
          ? { type: 'line' as const, name: s.name, data: s.values, smooth: 0.3, color: colors[i] }
          : { type: 'bar' as const, name: s.name, data: s.values, color: colors[i] },
      ),
    },
  };
}

// A report chart's figures as an ECharts option for a printed page: no animation, no tooltips,
// numbers written the Indonesian way, and the tone colours the dashboard uses, so a reader who
// knows the screen reads the paper the same way (green Positif, grey Netral, red Negatif).
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ReportChart } from './model.ts';

export type ReportChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/**
 * The families tried in order: Helvetica is what the PDF has; resvg on Debian finds none of the
 * first two and takes a Helvetica-wide font where installed (Liberation Sans, DejaVu Sans
 * Condensed), else DejaVu Sans.
 */
export const CHART_FONT = 'Helvetica, Arial, Liberation Sans, DejaVu Sans Condensed, DejaVu Sans, sans-serif';

const TONE_COLORS: Record<string, string> = {
  positif: '#2b8a3e',
  positive: '#2b8a3e',
  netral: '#868e96',
  neutral: '#868e96',
  negatif: '#c92a2a',
  negative: '#c92a2a',
};

// No green, grey or red here: those colours mean a tone, and a series that is not a tone must not
// look like one.
const PALETTE = ['#1971c2', '#e67700', '#7048e8', '#0c8599', '#c2255c', '#364fc7', '#8c6d1f'];

const NUMBER = new Intl.NumberFormat('id-ID');
const PERCENT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export const toneColor = (name: string): string | undefined => TONE_COLORS[name.trim().toLowerCase()];

/** Colour of each series (line, bar) or slice (pie): the model's own, the tone's, or the palette's next. */
export function chartColors(names: string[], given: (string | undefined)[] = []): string[] {
  let next = 0;
  return names.map((name, i) => given[i] ?? toneColor(name) ?? PALETTE[next++ % PALETTE.length]);
}

const TEXT = { fontFamily: CHART_FONT, color: '#343a40', fontSize: 12 };

/** Outlet names and other long labels read better down the side than squeezed under the bars. */
function horizontalBars(chart: ReportChart): boolean {
  const longest = Math.max(0, ...chart.categories.map((c) => c.length));
  return chart.categories.length <= 15 && longest > 8;
}

function ariaDescription(chart: ReportChart): string {
  const parts = chart.series.map(
    (s) =>
      `${s.name}: ${s.values.map((v, i) => `${chart.categories[i] ?? ''} ${NUMBER.format(v)}`).join(', ')}`,
  );
  return `${chart.title} (${chart.unit}). ${parts.join('; ')}`;
}

function pieOption(chart: ReportChart): ReportChartOption {
  const values = chart.series[0]?.values ?? [];
  const colors = chartColors(chart.categories);
  return {
    series: [
      {
        type: 'pie',
        name: chart.series[0]?.name ?? chart.title,
        radius: ['38%', '66%'],
        center: ['50%', '46%'],
        avoidLabelOverlap: true,
        label: {
          ...TEXT,
          formatter: (p) =>
            `${p.name}\n${NUMBER.format(Number(p.value))} (${PERCENT.format(p.percent ?? 0)}%)`,
          lineHeight: 16,
        },
        data: chart.categories.map((name, i) => ({
          name,
          value: values[i] ?? 0,
          itemStyle: { color: colors[i] },
        })),
      },
    ],
    legend: { bottom: 0, textStyle: TEXT, itemWidth: 14, itemHeight: 10 },
  };
}

function axisOption(chart: ReportChart): ReportChartOption {
  const colors = chartColors(
    chart.series.map((s) => s.name),
    chart.series.map((s) => s.color),
  );
  const horizontal = chart.kind === 'bar' && horizontalBars(chart);
  const tones = chart.series.length > 1 && chart.series.every((s) => toneColor(s.name));
  const single = chart.series.length === 1;
  const categoryAxis = {
    type: 'category' as const,
    data: chart.categories,
    axisLabel: { ...TEXT, fontSize: 11, hideOverlap: true },
    axisTick: { alignWithLabel: true },
    inverse: horizontal,
  };
  const valueAxis = {
    type: 'value' as const,
    name: chart.unit,
    nameTextStyle: { ...TEXT, fontSize: 11 },
    minInterval: 1,
    axisLabel: { ...TEXT, fontSize: 11, formatter: (v: number) => NUMBER.format(v) },
    splitLine: { lineStyle: { color: '#dee2e6' } },
  };
  const series = chart.series.map((s, i): BarSeriesOption | LineSeriesOption =>
    chart.kind === 'line'
      ? {
          type: 'line',
          name: s.name,
          data: s.values,
          color: colors[i],
          lineStyle: { width: 2 },
          symbol: 'circle',
          symbolSize: chart.categories.length > 31 ? 0 : 4,
        }
      : {
          type: 'bar',
          name: s.name,
          data: s.values,
          color: colors[i],
          barMaxWidth: 28,
          // Tones of one day add up to the day's news: stacked, as on the dashboard.
          stack: tones ? 'nada' : undefined,
          label: single
            ? {
                show: true,
                position: horizontal ? 'right' : 'top',
                ...TEXT,
                fontSize: 10,
                formatter: (p) => NUMBER.format(Number(p.value)),
              }
            : undefined,
        },
  );
  return {
    grid: { left: 12, right: 28, top: 32, bottom: chart.series.length > 1 ? 44 : 8 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    legend:
      chart.series.length > 1 ? { bottom: 0, textStyle: TEXT, itemWidth: 18, itemHeight: 10 } : undefined,
    series,
  };
}

export function chartOption(chart: ReportChart): ReportChartOption {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: TEXT,
    aria: { enabled: true, label: { description: ariaDescription(chart) } },
    ...(chart.kind === 'pie' ? pieOption(chart) : axisOption(chart)),
  };
}

/** A size that fits the chart's kind: horizontal bars grow with their number. */
export function defaultChartSize(chart: ReportChart): { width: number; height: number } {
  if (chart.kind === 'bar' && horizontalBars(chart)) {
    return { width: 640, height: Math.max(240, 48 + chart.categories.length * 30) };
  }
  return { width: 640, height: chart.kind === 'pie' ? 300 : 320 };
}

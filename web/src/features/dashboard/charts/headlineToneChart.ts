// Headline tone against body tone: for each headline tone, how many articles' bodies are
// positive, neutral or negative. Bars off the diagonal are headlines that say something else.
import type { ChartSpec } from '../../../app/charts/types.ts';
import { TONE_COLORS, TONES } from '../../../app/format/tone.ts';
import type { Dashboard } from '../dashboard.api.ts';
import { type ChartContext, TEXT_STYLE } from './context.ts';
import { STORED } from './toneChart.ts';

export function headlineToneChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t, fmt } = ctx;
  const count = (headline: string, body: string) =>
    d.headlineTone.pairs.find((p) => p.headline === headline && p.body === body)?.articles ?? 0;
  const headlineLabel = (tone: (typeof TONES)[number]) =>
    `${t('dashboard.columns.headline')}: ${t(`tone.${tone}`)}`;
  return {
    empty: d.headlineTone.pairs.every((p) => p.articles === 0),
    height: 280,
    option: {
      textStyle: TEXT_STYLE,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => fmt.number(Number(v)),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: TONES.map(headlineLabel) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } },
      series: TONES.map((body) => ({
        name: `${t('dashboard.columns.body')}: ${t(`tone.${body}`)}`,
        type: 'bar' as const,
        color: TONE_COLORS[body],
        barMaxWidth: 28,
        data: TONES.map((headline) => count(STORED[headline], STORED[body])),
      })),
    },
    table: {
      name: t('dashboard.charts.headlineTone'),
      columns: [
        t('dashboard.columns.headline'),
        ...TONES.map((b) => `${t('dashboard.columns.body')}: ${t(`tone.${b}`)}`),
      ],
      rows: TONES.map((headline) => [
        t(`tone.${headline}`),
        ...TONES.map((body) => count(STORED[headline], STORED[body])),
      ]),
    },
  };
}

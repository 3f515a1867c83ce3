// Tone of the news about the chosen subjects, per bucket, stacked. A click on a segment opens
// that bucket's news of that tone.
import type { ChartSpec } from '../../../app/charts/types.ts';
import { TONE_COLORS, TONES, type Tone } from '../../../app/format/tone.ts';
import type { Dashboard } from '../dashboard.api.ts';
import { bucketEnd, searchLink } from '../searchLink.ts';
import { type ChartContext, TEXT_STYLE } from './context.ts';

/** The dashboard's tone counts use the stored (English) labels. */
export const STORED: Record<Tone, 'positive' | 'neutral' | 'negative'> = {
  positif: 'positive',
  netral: 'neutral',
  negatif: 'negative',
};

export function toneChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t, fmt } = ctx;
  const labels = d.tone.map((row) => fmt.bucket(row.bucket, d.period.interval));
  const long = labels.length > 31;
  return {
    empty: d.tone.every((row) => row.positive + row.neutral + row.negative === 0),
    height: 300,
    option: {
      textStyle: TEXT_STYLE,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => fmt.number(Number(v)),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: long ? 70 : 40, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } },
      dataZoom: long ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 30 }] : [],
      series: TONES.map((tone) => ({
        name: t(`tone.${tone}`),
        type: 'bar' as const,
        stack: 'tone',
        color: TONE_COLORS[tone],
        barMaxWidth: 36,
        data: d.tone.map((row) => row[STORED[tone]]),
      })),
    },
    table: {
      name: t('dashboard.charts.tone'),
      columns: [t('dashboard.columns.time'), ...TONES.map((tone) => t(`tone.${tone}`))],
      rows: d.tone.map((row, i) => [labels[i], row.positive, row.neutral, row.negative]),
    },
    linkFor: (click) => {
      const tone = TONES[click.seriesIndex ?? -1];
      return tone ? bucketLink(click.dataIndex, tone) : null;
    },
    // A row is a whole stacked bar: the bucket's news of every tone.
    rowLink: (index) => bucketLink(index),
  };

  /** The news of bucket `index`, of one tone or of all. */
  function bucketLink(index: number, tone?: Tone): string | null {
    const row = d.tone[index];
    if (!row) return null;
    return searchLink({
      from: row.bucket,
      to: bucketEnd(d.tone, index, d.period.to),
      tone,
      subject: ctx.chosenSubjects,
    });
  }
}

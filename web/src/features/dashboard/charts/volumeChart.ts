// Coverage over time: all news and each subject's, as counts or as each subject's share of all
// coverage in the bucket. A click opens that bucket's news (of that subject).
import type { ChartSpec } from '../../../app/charts/types.ts';
import type { Dashboard } from '../dashboard.api.ts';
import { bucketEnd, searchLink } from '../searchLink.ts';
import { bottomLegend, type ChartContext, SERIES_COLORS, TEXT_STYLE } from './context.ts';

export function volumeChart(d: Dashboard, ctx: ChartContext, mode: 'count' | 'share'): ChartSpec {
  const { t, fmt } = ctx;
  const labels = d.volume.map((v) => fmt.bucket(v.bucket, d.period.interval));
  const countOf = (v: Dashboard['volume'][number], id: number) => v.subjects[String(id)] ?? 0;
  const shareOf = (v: Dashboard['volume'][number], id: number) =>
    v.articles > 0 ? countOf(v, id) / v.articles : 0;
  const all = t('dashboard.charts.allCoverage');
  const subjectSeries = d.subjects.map((s, i) => ({
    name: s.name,
    type: 'line' as const,
    smooth: 0.3,
    symbolSize: 5,
    color: SERIES_COLORS[i % SERIES_COLORS.length],
    data: d.volume.map((v) =>
      mode === 'share' ? Math.round(shareOf(v, s.id) * 1000) / 10 : countOf(v, s.id),
    ),
  }));
  const series =
    mode === 'share'
      ? subjectSeries
      : [
          {
            name: all,
            type: 'line' as const,
            smooth: 0.3,
            symbolSize: 5,
            color: '#adb5bd',
            lineStyle: { width: 2 },
            areaStyle: { color: 'rgba(173,181,189,0.18)' },
            data: d.volume.map((v) => v.articles),
          },
          ...subjectSeries,
        ];
  const long = labels.length > 31;
  const legend = bottomLegend(
    ctx,
    series.map((x) => x.name),
  );
  const zoomRoom = long ? 30 : 0;
  const shareColumns =
    mode === 'share' ? d.subjects.map((s) => `${s.name} (${t('dashboard.columns.share')})`) : [];
  return {
    empty: d.volume.every((v) => v.articles === 0),
    height: 300 + legend.room,
    option: {
      textStyle: TEXT_STYLE,
      color: SERIES_COLORS,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) =>
          mode === 'share' ? `${fmt.number(Number(value), 1)}%` : fmt.number(Number(value)),
      },
      legend: legend.legend,
      grid: { left: 8, right: 16, top: 16, bottom: legend.room + zoomRoom, containLabel: true },
      xAxis: { type: 'category', data: labels, boundaryGap: false },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: {
          formatter: (value: number) => (mode === 'share' ? `${fmt.number(value)}%` : fmt.number(value)),
        },
      },
      dataZoom: long ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: legend.room }] : [],
      series,
    },
    table: {
      name: t('dashboard.charts.volume'),
      columns: [t('dashboard.columns.time'), all, ...d.subjects.map((s) => s.name), ...shareColumns],
      rows: d.volume.map((v, i) => [
        labels[i],
        v.articles,
        ...d.subjects.map((s) => countOf(v, s.id)),
        ...(mode === 'share' ? d.subjects.map((s) => fmt.percent(shareOf(v, s.id))) : []),
      ]),
    },
    linkFor: (click) => {
      const seriesIndex = click.seriesIndex ?? 0;
      const subject = mode === 'share' ? d.subjects[seriesIndex] : d.subjects[seriesIndex - 1];
      return bucketLink(click.dataIndex, subject?.id);
    },
    // A row is a bucket: all of its news, as a click on the all-coverage line opens.
    rowLink: (index) => bucketLink(index),
  };

  /** The news of bucket `index`, of one subject or of all. */
  function bucketLink(index: number, subject?: number): string | null {
    const v = d.volume[index];
    if (!v) return null;
    return searchLink({
      from: v.bucket,
      to: bucketEnd(d.volume, index, d.period.to),
      subject,
      sort: 'newest',
    });
  }
}

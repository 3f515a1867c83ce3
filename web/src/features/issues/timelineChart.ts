// An issue's news per day, stacked by tone. A click (or a row of its figures table) opens that
// day's news of the issue.

import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../app/charts/types.ts';
import { addDays, startOfDayIso } from '../../app/format/time.ts';
import { TONE_COLORS, TONES } from '../../app/format/tone.ts';
import type { useFormat } from '../../app/format/useFormat.ts';
import { searchLink } from '../dashboard/searchLink.ts';
import type { IssueDetail } from './issues.api.ts';

const STORED = { positif: 'positive', netral: 'neutral', negatif: 'negative' } as const;

export function timelineChart(
  issue: IssueDetail,
  t: TFunction,
  fmt: ReturnType<typeof useFormat>,
): ChartSpec {
  const days = issue.timeline;
  const labels = days.map((d) => fmt.date(`${d.period.slice(0, 10)}T12:00:00Z`));
  return {
    empty: days.length === 0,
    height: 260,
    option: {
      textStyle: { fontFamily: 'Inter, system-ui, sans-serif', color: '#343a40' },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => fmt.number(Number(v)),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: TONES.map((tone) => ({
        name: t(`tone.${tone}`),
        type: 'bar' as const,
        stack: 'tone',
        barMaxWidth: 36,
        color: TONE_COLORS[tone],
        data: days.map((d) => d[STORED[tone]]),
      })),
    },
    table: {
      name: `${t('issues.timeline')} — ${issue.label}`,
      columns: [
        t('dashboard.columns.time'),
        t('dashboard.columns.articles'),
        ...TONES.map((x) => t(`tone.${x}`)),
      ],
      rows: days.map((d, i) => [labels[i], d.articles, d.positive, d.neutral, d.negative]),
    },
    linkFor: (click) => dayLink(click.dataIndex, TONES[click.seriesIndex ?? -1]),
    // A row is the whole day, every tone.
    rowLink: (index) => dayLink(index),
  };

  function dayLink(index: number, tone?: (typeof TONES)[number]): string | null {
    const day = days[index]?.period.slice(0, 10);
    if (!day) return null;
    return searchLink({
      issue: issue.id,
      from: startOfDayIso(day, fmt.zone),
      to: startOfDayIso(addDays(day, 1), fmt.zone),
      tone,
    });
  }
}

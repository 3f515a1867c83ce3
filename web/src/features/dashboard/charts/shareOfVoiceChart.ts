// Each subject's share of the news about the chosen subjects, as a ring. A click opens the
// subject's news of the period.
import type { ChartSpec } from '../../../app/charts/types.ts';
import type { Dashboard } from '../dashboard.api.ts';
import { searchLink } from '../searchLink.ts';
import { bottomLegend, type ChartContext, periodFilters, SERIES_COLORS, TEXT_STYLE } from './context.ts';

export function shareOfVoiceChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t, fmt } = ctx;
  const rows = d.shareOfVoice;
  const total = rows.reduce((n, r) => n + r.articles.current, 0);
  const legend = bottomLegend(
    ctx,
    rows.map((r) => r.name),
  );
  return {
    empty: total === 0,
    height: 260 + legend.room,
    option: {
      textStyle: TEXT_STYLE,
      color: SERIES_COLORS,
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = p as unknown as { name: string; value: number; percent: number };
          return `${item.name}: ${fmt.number(item.value)} (${fmt.number(item.percent, 1)}%)`;
        },
      },
      legend: legend.legend,
      series: [
        {
          type: 'pie',
          radius: [70, 120],
          center: ['50%', 135],
          // Shares inside the ring: outside labels do not fit on a phone; small slices go unlabelled
          // (the tooltip and the table carry every figure).
          label: {
            position: 'inside',
            color: '#fff',
            fontWeight: 'bold',
            formatter: (p) => {
              const share = (p as unknown as { percent: number }).percent;
              return share >= 6 ? fmt.percent(share / 100, 0) : '';
            },
          },
          labelLine: { show: false },
          data: rows.map((r) => ({ name: r.name, value: r.articles.current })),
        },
      ],
    },
    table: {
      name: t('dashboard.charts.shareOfVoice'),
      columns: [
        t('dashboard.columns.subject'),
        t('dashboard.columns.articles'),
        t('dashboard.columns.previous'),
        t('dashboard.columns.share'),
        t('tone.positif'),
        t('tone.netral'),
        t('tone.negatif'),
      ],
      rows: rows.map((r) => [
        r.name,
        r.articles.current,
        r.articles.previous,
        total > 0 ? fmt.percent(r.articles.current / total) : '—',
        r.tone.positive,
        r.tone.neutral,
        r.tone.negative,
      ]),
    },
    linkFor: (click) => subjectLink(click.dataIndex),
    rowLink: (index) => subjectLink(index),
  };

  function subjectLink(index: number): string | null {
    const row = rows[index];
    return row ? searchLink({ ...periodFilters(ctx), subject: row.subjectId }) : null;
  }
}

// Rankings drawn as horizontal bars, largest on top: issues and outlets split by tone, people,
// spokespersons and key phrases by count. A click opens the news behind the bar.
import type { ChartSpec } from '../../../app/charts/types.ts';
import { TONE_COLORS, TONES } from '../../../app/format/tone.ts';
import type { Dashboard } from '../dashboard.api.ts';
import { searchLink } from '../searchLink.ts';
import {
  type ChartContext,
  labelLength,
  periodFilters,
  SERIES_COLORS,
  shortLabel,
  TEXT_STYLE,
} from './context.ts';
import { STORED } from './toneChart.ts';

const heightFor = (rows: number) => Math.max(160, 40 + rows * 30);

function barOption(
  ctx: ChartContext,
  labels: string[],
  series: NonNullable<ChartSpec['option']['series']>,
  valuesOnBars = false,
) {
  return {
    textStyle: TEXT_STYLE,
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      valueFormatter: (v: unknown) => ctx.fmt.number(Number(v)),
    },
    legend: Array.isArray(series) && series.length > 1 ? { bottom: 0 } : undefined,
    grid: {
      left: 8,
      right: valuesOnBars ? 44 : 24,
      top: 8,
      bottom: Array.isArray(series) && series.length > 1 ? 36 : 8,
      containLabel: true,
    },
    // Counts read best at the end of each bar; stacked tone bars keep a sparse axis instead.
    xAxis: valuesOnBars
      ? { type: 'value' as const, axisLabel: { show: false }, splitLine: { show: false } }
      : {
          type: 'value' as const,
          minInterval: 1,
          splitNumber: 3,
          axisLabel: { hideOverlap: true, formatter: (v: number) => ctx.fmt.number(v) },
        },
    // Reversed so the largest is on top; labels cut (the tooltip and the table carry them whole).
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: labels,
      axisLabel: { formatter: (v: string) => shortLabel(v, labelLength(ctx)) },
    },
    series,
  };
}

interface ToneRanked {
  label: string;
  current: number;
  previous: number;
  tone: { positive: number; neutral: number; negative: number };
}

function toneRanking(
  ctx: ChartContext,
  title: string,
  nameColumn: string,
  rows: ToneRanked[],
  link: (index: number, tone: string | undefined) => string | null,
): ChartSpec {
  const { t } = ctx;
  const labels = rows.map((r) => r.label);
  return {
    empty: rows.length === 0,
    height: heightFor(rows.length) + 28,
    option: barOption(
      ctx,
      labels,
      TONES.map((tone) => ({
        name: t(`tone.${tone}`),
        type: 'bar' as const,
        stack: 'tone',
        color: TONE_COLORS[tone],
        barMaxWidth: 22,
        data: rows.map((r) => r.tone[STORED[tone]]),
      })),
    ),
    table: {
      name: title,
      columns: [
        nameColumn,
        t('dashboard.columns.articles'),
        t('dashboard.columns.previous'),
        t('tone.positif'),
        t('tone.netral'),
        t('tone.negatif'),
      ],
      rows: rows.map((r) => [
        r.label,
        r.current,
        r.previous,
        r.tone.positive,
        r.tone.neutral,
        r.tone.negative,
      ]),
    },
    linkFor: (click) => link(click.dataIndex, TONES[click.seriesIndex ?? -1]),
    // A row is a whole stacked bar: its news of every tone.
    rowLink: (index) => link(index, undefined),
  };
}

export function issuesChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t } = ctx;
  return toneRanking(
    ctx,
    t('dashboard.charts.issues'),
    t('dashboard.columns.issue'),
    d.issues.map((i) => ({
      label: i.title,
      current: i.articles.current,
      previous: i.articles.previous,
      tone: i.tone,
    })),
    (index, tone) => {
      const issue = d.issues[index];
      return issue ? searchLink({ ...periodFilters(ctx), issue: issue.id, tone }) : null;
    },
  );
}

export function outletsChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t } = ctx;
  return toneRanking(
    ctx,
    t('dashboard.charts.outlets'),
    t('dashboard.columns.outlet'),
    d.outlets.map((o) => ({
      label: o.name,
      current: o.articles.current,
      previous: o.articles.previous,
      tone: o.tone,
    })),
    (index, tone) => {
      const outlet = d.outlets[index];
      if (!outlet) return null;
      return searchLink({ ...periodFilters(ctx), outlet: outlet.name, tone });
    },
  );
}

function countRanking(
  ctx: ChartContext,
  title: string,
  nameColumn: string,
  countColumn: string,
  rows: { label: string; current: number; previous?: number }[],
  color: string,
): ChartSpec {
  const { t } = ctx;
  const withPrevious = rows.some((r) => r.previous !== undefined);
  return {
    empty: rows.length === 0,
    height: heightFor(rows.length),
    option: barOption(
      ctx,
      rows.map((r) => r.label),
      [
        {
          name: countColumn,
          type: 'bar' as const,
          color,
          barMaxWidth: 22,
          data: rows.map((r) => r.current),
          label: { show: true, position: 'right', formatter: (p) => ctx.fmt.number(Number(p.value)) },
        },
      ],
      true,
    ),
    table: {
      name: title,
      columns: [nameColumn, countColumn, ...(withPrevious ? [t('dashboard.columns.previous')] : [])],
      rows: rows.map((r) => [r.label, r.current, ...(withPrevious ? [r.previous ?? null] : [])]),
    },
    // People and phrases are found by the phrase itself.
    linkFor: (click) => phraseLink(click.dataIndex),
    rowLink: (index) => phraseLink(index),
  };

  function phraseLink(index: number): string | null {
    const row = rows[index];
    return row ? searchLink({ ...periodFilters(ctx), q: `"${row.label}"` }) : null;
  }
}

export function personsChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t } = ctx;
  return countRanking(
    ctx,
    t('dashboard.charts.persons'),
    t('dashboard.columns.person'),
    t('dashboard.columns.articles'),
    d.persons.map((p) => ({ label: p.name, current: p.articles.current, previous: p.articles.previous })),
    SERIES_COLORS[0],
  );
}

export function spokespersonsChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t } = ctx;
  return countRanking(
    ctx,
    t('dashboard.charts.spokespersons'),
    t('dashboard.columns.spokesperson'),
    t('dashboard.columns.quotes'),
    d.spokespersons.map((p) => ({ label: p.name, current: p.quotes.current, previous: p.quotes.previous })),
    SERIES_COLORS[2],
  );
}

export function keyPhrasesChart(d: Dashboard, ctx: ChartContext): ChartSpec {
  const { t } = ctx;
  return countRanking(
    ctx,
    t('dashboard.charts.keyPhrases'),
    t('dashboard.columns.phrase'),
    t('dashboard.columns.articles'),
    d.keyPhrases.map((p) => ({ label: p.phrase, current: p.articles })),
    SERIES_COLORS[3],
  );
}

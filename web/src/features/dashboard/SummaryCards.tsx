// The five headline figures of the period, each with its change against the period before:
// ▲/▼ with the percentage, coloured by whether the change is good news for the office.
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changeBetween } from '../../app/format/numbers.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Dashboard } from './dashboard.api.ts';
import { searchLink } from './searchLink.ts';

type CardKey = 'articles' | 'aboutSubjects' | 'negatif' | 'positif' | 'outlets';
/** Stable names for tests and scripts (total-negative …), whatever the display language. */
const TEST_ID: Record<CardKey, string> = {
  articles: 'total-articles',
  aboutSubjects: 'total-about-subjects',
  negatif: 'total-negative',
  positif: 'total-positive',
  outlets: 'total-outlets',
};
/** Which way is good: more negative news is bad, more positive news good; volume is neither. */
const GOOD: Record<CardKey, 'up' | 'down' | null> = {
  articles: null,
  aboutSubjects: null,
  negatif: 'down',
  positif: 'up',
  outlets: null,
};

function ChangeLine(props: { current: number; previous: number; good: 'up' | 'down' | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const change = changeBetween(props.current, props.previous);
  const previous = fmt.number(props.previous);
  if (change.direction === 'same')
    return (
      <Text size="xs" c="dimmed">
        {`= ${t('dashboard.change.same')}`}
        <span className="visually-hidden"> {t('dashboard.change.vs', { previous })}</span>
      </Text>
    );
  if (change.direction === 'new')
    return (
      <Text size="xs" c="dimmed">
        {t('dashboard.change.new', { previous })}
      </Text>
    );
  const up = change.direction === 'up';
  const pct = fmt.percent(Math.abs(change.ratio ?? 0));
  const color = props.good === null ? 'pantau.8' : (props.good === 'up') === up ? 'green.8' : 'red.8';
  return (
    <Text size="xs" c={color} fw={600} title={t('dashboard.change.vs', { previous })}>
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {up ? t('dashboard.change.up', { pct }) : t('dashboard.change.down', { pct })}
      <span className="visually-hidden"> {t('dashboard.change.vs', { previous })}</span>
    </Text>
  );
}

export function SummaryCards(props: { data: Dashboard; subjects: number[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { totals, period } = props.data;
  const range = { from: period.from, to: period.to };
  const cards: { key: CardKey; figure: { current: number; previous: number }; to: string }[] = [
    { key: 'articles', figure: totals.articles, to: searchLink({ ...range, sort: 'newest' }) },
    {
      key: 'aboutSubjects',
      figure: totals.aboutSubjects,
      to: searchLink({ ...range, subject: props.subjects }),
    },
    { key: 'negatif', figure: totals.negative, to: searchLink({ ...range, tone: 'negatif' }) },
    { key: 'positif', figure: totals.positive, to: searchLink({ ...range, tone: 'positif' }) },
    { key: 'outlets', figure: totals.outlets, to: '/sumber' },
  ];
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 5 }}
      spacing="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {cards.map((card) => (
        <Paper component="li" key={card.key} withBorder radius="md" p="sm" data-testid={TEST_ID[card.key]}>
          <Anchor component={Link} to={card.to} size="sm" c="dimmed" underline="hover">
            {t(`dashboard.cards.${card.key}`)}
          </Anchor>
          <Text
            fz={28}
            fw={700}
            lh={1.2}
            data-value={card.figure.current}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {fmt.number(card.figure.current)}
          </Text>
          <ChangeLine current={card.figure.current} previous={card.figure.previous} good={GOOD[card.key]} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

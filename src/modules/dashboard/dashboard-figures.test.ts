// The dashboard's figures from day summaries, without a store: names from the news are only names
// (even "__proto__"), a day's long tail is cut, and the period before is counted for the top lists.
import { describe, expect, test } from 'vitest';
import { KEPT_PER_DAY, type PeriodArticle, summariseDay } from './dashboard-day.ts';
import { dashboardFigures, type Period } from './dashboard-figures.ts';

const WIB = 420;
const at = (iso: string) => Date.parse(iso);

function article(id: number, when: string, over: Partial<PeriodArticle> = {}): PeriodArticle {
  return {
    id,
    title: `Berita ${id}`,
    sourceId: 1,
    source: 'Sukamaju Pos',
    at: at(when),
    publishedAt: when,
    tone: 'neutral',
    headline: 'neutral',
    persons: [],
    speakers: [],
    keyphrases: [],
    ...over,
  };
}

// 2 and 3 March 2026 (WIB) are the period; 1 March is the day before it.
const period: Period = {
  from: at('2026-03-01T17:00:00Z'),
  to: at('2026-03-03T17:00:00Z'),
  previousFrom: at('2026-02-27T17:00:00Z'),
  interval: 'day',
  offsetMinutes: WIB,
};

describe('dashboard figures from day summaries', () => {
  test('names that are also JavaScript words are counted like any other, in both periods', () => {
    const hostile = ['__proto__', 'constructor', 'toString'];
    const days = new Map([
      ['2026-02-28', summariseDay(WIB, [article(1, '2026-02-28T03:00:00Z', { persons: hostile })], [], [])],
      [
        '2026-03-02',
        summariseDay(
          WIB,
          [
            article(2, '2026-03-02T03:00:00Z', { persons: hostile, speakers: ['constructor'] }),
            article(3, '2026-03-02T05:00:00Z', { persons: ['__proto__'], speakers: ['constructor'] }),
          ],
          [],
          [],
        ),
      ],
    ]);
    const figures = dashboardFigures(period, [], days);
    expect(figures.persons).toEqual([
      { name: '__proto__', articles: { current: 2, previous: 1 } },
      { name: 'constructor', articles: { current: 1, previous: 1 } },
      { name: 'toString', articles: { current: 1, previous: 1 } },
    ]);
    expect(figures.spokespersons).toEqual([{ name: 'constructor', quotes: { current: 2, previous: 0 } }]);
    expect(figures.totals.articles).toEqual({ current: 2, previous: 1 });
  });

  test("a day keeps its most frequent phrases only, and a period's top phrases are among them", () => {
    const many = Array.from({ length: KEPT_PER_DAY.phrases + 50 }, (_, i) => `frasa ${i}`);
    const articles = [
      article(1, '2026-03-02T03:00:00Z', { keyphrases: many }),
      article(2, '2026-03-02T04:00:00Z', { keyphrases: ['banjir cibeureum', 'pasar baru'] }),
      article(3, '2026-03-02T05:00:00Z', { keyphrases: ['banjir cibeureum', 'pasar baru'] }),
      article(4, '2026-03-02T06:00:00Z', { keyphrases: ['banjir cibeureum'] }),
    ];
    const day = summariseDay(WIB, articles, [], []);
    expect(Object.keys(day.phrases)).toHaveLength(KEPT_PER_DAY.phrases);
    const figures = dashboardFigures(period, [], new Map([['2026-03-02', day]]));
    expect(figures.keyPhrases.slice(0, 2)).toEqual([
      { phrase: 'banjir cibeureum', articles: 3 },
      { phrase: 'pasar baru', articles: 2 },
    ]);
  });

  test('hours of a day fall in their local hour when the view is hourly', () => {
    const day = summariseDay(WIB, [article(1, '2026-03-01T18:30:00Z')], [], []);
    const hourly = dashboardFigures({ ...period, interval: 'hour' }, [], new Map([['2026-03-02', day]]));
    // 01.30 WIB on 2 March: the second hour of the period.
    expect(hourly.volume[1]).toMatchObject({ bucket: '2026-03-01T18:00:00.000Z', articles: 1 });
    expect(hourly.volume.reduce((n, v) => n + v.articles, 0)).toBe(1);
  });
});

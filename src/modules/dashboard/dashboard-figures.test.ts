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

  test('an article about two chosen subjects counts once; one subject chosen counts only its own', () => {
    const articles = [1, 2, 3, 4].map((id) => article(id, `2026-03-02T0${id}:00:00Z`));
    const hit = (subjectId: number, articleId: number) => ({
      subjectId,
      articleId,
      at: at(`2026-03-02T0${articleId}:00:00Z`),
      tone: 'neutral' as const,
    });
    // Article 1 is about both subjects, 2 only the mayor, 3 only the flood, 4 neither.
    const day = summariseDay(WIB, articles, [hit(7, 1), hit(9, 1), hit(7, 2), hit(9, 3)], []);
    const days = new Map([['2026-03-02', day]]);
    const mayor = { id: 7, name: 'Wali Kota' };
    const flood = { id: 9, name: 'Banjir' };
    const both = dashboardFigures(period, [mayor, flood], days);
    expect(both.totals.aboutSubjects).toEqual({ current: 3, previous: 0 });
    expect(both.shareOfVoice.map((s) => s.articles.current)).toEqual([2, 2]);
    expect(dashboardFigures(period, [flood], days).totals.aboutSubjects).toEqual({ current: 2, previous: 0 });
  });

  test('the top lists take the most frequent, equal counts in alphabetical order', () => {
    const persons = (names: string[], id: number) =>
      article(id, `2026-03-02T0${id}:00:00Z`, { persons: names });
    const names = Array.from({ length: 14 }, (_, i) => `Warga ${String.fromCharCode(78 - i)}`);
    const day = summariseDay(
      WIB,
      [persons(names, 1), persons(['Warga Z', 'Warga A'], 2), persons(['Warga Z'], 3)],
      [],
      [],
    );
    const top = dashboardFigures(period, [], new Map([['2026-03-02', day]])).persons.map((p) => p.name);
    // A and Z in two articles each (A first: equal counts), then the others of one article.
    expect(top).toEqual([
      'Warga A',
      'Warga Z',
      'Warga B',
      'Warga C',
      'Warga D',
      'Warga E',
      'Warga F',
      'Warga G',
      'Warga H',
      'Warga I',
    ]);
  });
});

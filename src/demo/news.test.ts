// The demo's news as a reader would judge it: the same seed writes the same quarter, every story sits
// in the 90 days before now, reads as Indonesian news with officials quoted, wire stories are copied
// nearly word for word by other outlets while different stories stay different, and the Cibeureum
// flood ends in a burst of negative coverage from every outlet in the last hours.
import { describe, expect, test } from 'vitest';
import { explainDuplicate, NEAR_DUPLICATE_THRESHOLD } from '../collect/dedup/minhash.ts';
import { DAY_MS, HOUR_MS } from './calendar.ts';
import { type DemoArticle, writeDemoNews } from './news.ts';

const NOW = new Date('2026-11-30T03:15:00Z'); // Monday 10:15 WIB
const news = writeDemoNews({ now: NOW });
const textOf = (a: DemoArticle) => a.paragraphs.join('\n\n');

describe('the demo quarter', () => {
  test('the same seed writes the same news, byte for byte; another seed other news', () => {
    const again = writeDemoNews({ now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(news));
    const other = writeDemoNews({ now: NOW, seed: 7 });
    expect(other.articles[0].paragraphs).not.toEqual(news.articles[0].paragraphs);
  });

  test('hundreds of stories, 6 to 12 a day on average, spread over the 90 days before now', () => {
    expect(news.articles.length).toBeGreaterThanOrEqual(600);
    expect(news.articles.length).toBeLessThanOrEqual(1000);
    const days = new Set<number>();
    for (const a of news.articles) {
      const at = a.publishedAt.getTime();
      expect(at).toBeLessThanOrEqual(NOW.getTime());
      expect(at).toBeGreaterThan(NOW.getTime() - 90 * DAY_MS);
      days.add(Math.floor((NOW.getTime() - at) / DAY_MS));
    }
    expect(days.size).toBeGreaterThanOrEqual(88);
    const perDay = news.articles.length / 90;
    expect(perDay).toBeGreaterThanOrEqual(6);
    expect(perDay).toBeLessThanOrEqual(12);
  });

  test('fewer days when asked, still ending now', () => {
    const short = writeDemoNews({ now: NOW, days: 20 });
    expect(short.days).toBe(20);
    expect(short.articles.every((a) => a.publishedAt.getTime() > NOW.getTime() - 20 * DAY_MS)).toBe(true);
    expect(short.articles.length).toBeGreaterThan(150);
  });

  test('seven outlets, each with its own addresses, all of them unique', () => {
    expect(news.outlets).toHaveLength(7);
    for (const o of news.outlets) {
      const own = news.articles.filter((a) => a.outlet === o.key);
      expect(own.length, o.name).toBeGreaterThanOrEqual(40);
      expect(own.every((a) => a.path.startsWith(`${o.prefix}/`))).toBe(true);
    }
    expect(new Set(news.articles.map((a) => a.path)).size).toBe(news.articles.length);
  });

  test('Indonesian news prose: a dateline, 4 to 9 paragraphs, officials and residents quoted', () => {
    for (const a of news.articles) {
      expect(a.paragraphs.length, a.path).toBeGreaterThanOrEqual(4);
      expect(a.paragraphs.length, a.path).toBeLessThanOrEqual(9);
      expect(textOf(a)).toMatch(/\b(yang|dan|di|untuk|dengan)\b/);
      expect(textOf(a)).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
    const quoted = news.articles.filter((a) =>
      /"[^"]{20,}," (kata|ujar|tutur|ucap|jelas|keluh)/.test(textOf(a)),
    );
    expect(quoted.length / news.articles.length).toBeGreaterThan(0.8);
    const mayor = news.articles.filter((a) =>
      /"[^"]+," (kata|ujar|tutur|ucap|jelas) (Wali Kota Sukamaju Arief Wicaksono|Arief)\b/.test(textOf(a)),
    );
    expect(mayor.length).toBeGreaterThan(30);
    expect(news.articles[0].paragraphs[0]).toMatch(/^(\S+ )*\S+ [-–] \S/);
  });

  test('a mix of good news, neutral reports and bad news', () => {
    const tones = new Map<string, number>();
    for (const a of news.articles) tones.set(a.tone, (tones.get(a.tone) ?? 0) + 1);
    for (const tone of ['positive', 'neutral', 'negative']) expect(tones.get(tone) ?? 0).toBeGreaterThan(100);
  });

  test('wire stories are copied nearly word for word by other outlets; different stories stay apart', () => {
    const byStory = new Map<string, DemoArticle[]>();
    for (const a of news.articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    const widely = [...byStory.values()].filter((copies) => copies.length >= 4);
    expect(widely.length).toBeGreaterThanOrEqual(20);
    for (const copies of widely.slice(0, 10)) {
      const original = copies.find((a) => a.wire === 'original') as DemoArticle;
      expect(original.outlet).toBe('kbn');
      expect(new Set(copies.map((a) => a.outlet)).size).toBe(copies.length);
      for (const copy of copies.filter((a) => a !== original)) {
        expect(copy.publishedAt.getTime()).toBeGreaterThan(original.publishedAt.getTime());
        expect(explainDuplicate(textOf(original), textOf(copy)).similarity).toBeGreaterThan(
          NEAR_DUPLICATE_THRESHOLD,
        );
      }
    }
    // Stories on the same event by different newsrooms (the crisis' last hours) are not copies.
    const last = news.articles.filter((a) => a.issue === 'banjir-cibeureum' && a.wire === null).slice(0, 16);
    for (const [i, a] of last.entries()) {
      for (const b of last.slice(i + 1)) {
        expect(explainDuplicate(textOf(a), textOf(b)).similarity, `${a.path} ${b.path}`).toBeLessThan(
          NEAR_DUPLICATE_THRESHOLD * 0.75,
        );
      }
    }
  });

  test('the Cibeureum flood grows over ten days and ends in a burst of negative stories from every outlet', () => {
    const flood = news.articles.filter((a) => a.issue === 'banjir-cibeureum');
    const first = Math.min(...flood.map((a) => a.publishedAt.getTime()));
    expect(NOW.getTime() - first).toBeLessThan(11 * DAY_MS);
    expect(NOW.getTime() - first).toBeGreaterThan(9 * DAY_MS);
    const window = (endMs: number) =>
      flood.filter((a) => a.publishedAt.getTime() > endMs - 3 * HOUR_MS && a.publishedAt.getTime() <= endMs);
    const burst = window(NOW.getTime());
    expect(burst.length).toBeGreaterThanOrEqual(14);
    expect(new Set(burst.map((a) => a.outlet)).size).toBe(7);
    expect(burst.every((a) => a.tone === 'negative')).toBe(true);
    // The same three hours on the days before were quiet.
    const before = Array.from({ length: 28 }, (_, d) => window(NOW.getTime() - (d + 1) * DAY_MS).length);
    expect(Math.max(...before)).toBeLessThanOrEqual(4);
    expect(before.reduce((sum, n) => sum + n, 0) / before.length).toBeLessThan(1);
  });
});

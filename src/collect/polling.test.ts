// The adaptive polling policy as an operator would notice it: busy sources checked often, quiet
// ones rarely, failing ones backed off, and silent ones flagged against their own usual rhythm.
import { describe, expect, it } from 'vitest';
import { decideNextPoll, type PollHistory } from './polling.ts';

const NOW = new Date('2025-06-02T03:00:00Z'); // Monday 10:00 WIB
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

function history(overrides: Partial<PollHistory> = {}): PollHistory {
  return {
    intervalSeconds: 1800,
    consecutiveFailures: 0,
    lastNewArticleAt: daysAgo(0.1),
    createdAt: daysAgo(60),
    recentNewCounts: [1, 0, 2, 1],
    ...overrides,
  };
}

const delaySeconds = (at: Date) => (at.getTime() - NOW.getTime()) / 1000;
const ok = (newArticles: number) => ({ ok: true, notModified: false, newArticles });
const unchanged = { ok: true, notModified: true, newArticles: 0 };
const failed = { ok: false, notModified: false, newArticles: 0 };

describe('decideNextPoll with a listing left for later polls', () => {
  it('comes back within minutes, however quiet the source usually is', () => {
    const quiet = history({ intervalSeconds: 6 * 3600, recentNewCounts: [0, 0, 0] });
    const d = decideNextPoll(quiet, { ...ok(5000), unvisitedUrls: 85_000 }, NOW);
    expect(delaySeconds(d.nextCheckAt)).toBeLessThanOrEqual(330);
    expect(delaySeconds(d.nextCheckAt)).toBeGreaterThanOrEqual(300);
  });

  it('keeps the regular cadence and yield history, so the backlog does not pass for news', () => {
    const h = history({ intervalSeconds: 3600, recentNewCounts: [1, 1, 1, 1] });
    const d = decideNextPoll(h, { ...ok(5000), unvisitedUrls: 85_000 }, NOW);
    expect(d.intervalSeconds).toBe(3600);
    expect(d.recentNewCounts).toEqual([1, 1, 1, 1]);
    expect(d.stale).toBe(false);
  });

  it('goes back to the regular cadence once the walk is done', () => {
    const h = history({ intervalSeconds: 3600, recentNewCounts: [1, 1, 1, 1] });
    const d = decideNextPoll(h, { ...ok(1), unvisitedUrls: 0 }, NOW);
    expect(delaySeconds(d.nextCheckAt)).toBeGreaterThan(3000);
  });
});

describe('decideNextPoll cadence', () => {
  it('polls a source that publishes a lot more often, never below five minutes', () => {
    let h = history({ recentNewCounts: [3, 4, 2, 5] });
    const first = decideNextPoll(h, ok(4), NOW);
    expect(first.intervalSeconds).toBe(900);
    for (let i = 0; i < 10; i += 1) {
      const d = decideNextPoll(h, ok(6), NOW);
      h = { ...h, intervalSeconds: d.intervalSeconds, recentNewCounts: d.recentNewCounts };
    }
    expect(h.intervalSeconds).toBe(300);
    expect(delaySeconds(decideNextPoll(h, ok(6), NOW).nextCheckAt)).toBeGreaterThanOrEqual(300);
  });

  it('polls a quiet source less often, up to six hours', () => {
    let h = history({ recentNewCounts: [0, 0, 0] });
    const first = decideNextPoll(h, unchanged, NOW);
    expect(first.intervalSeconds).toBe(2700);
    for (let i = 0; i < 20; i += 1) {
      const d = decideNextPoll(h, unchanged, NOW);
      h = { ...h, intervalSeconds: d.intervalSeconds, recentNewCounts: d.recentNewCounts };
    }
    expect(h.intervalSeconds).toBe(6 * 3600);
    expect(h.recentNewCounts).toHaveLength(20);
  });

  it('keeps about one new article per poll for a steady source', () => {
    const d = decideNextPoll(history({ intervalSeconds: 3600, recentNewCounts: [1, 1, 1, 1] }), ok(1), NOW);
    expect(d.intervalSeconds).toBe(3600);
  });

  it('respects a custom policy', () => {
    const d = decideNextPoll(history({ recentNewCounts: [9, 9] }), ok(9), NOW, { minIntervalSeconds: 1200 });
    expect(d.intervalSeconds).toBe(1200);
  });
});

describe('decideNextPoll failures', () => {
  it('backs off exponentially from five minutes, keeps the cadence, and caps at a day', () => {
    let h = history({ intervalSeconds: 600 });
    const delays: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const d = decideNextPoll(h, failed, NOW);
      expect(d.intervalSeconds).toBe(600);
      expect(d.recentNewCounts).toEqual(h.recentNewCounts);
      delays.push(delaySeconds(d.nextCheckAt));
      h = { ...h, consecutiveFailures: d.consecutiveFailures };
    }
    expect(h.consecutiveFailures).toBe(12);
    // ±10 % jitter around 600, 600, 1200, 2400, … 86400.
    expect(delays[3]).toBeGreaterThan(2400 * 0.89);
    expect(delays[3]).toBeLessThan(2400 * 1.11);
    expect(delays[4]).toBeGreaterThan(delays[3]);
    expect(Math.max(...delays)).toBeLessThanOrEqual(86_400 * 1.1);
    expect(delays[11]).toBeGreaterThan(86_400 * 0.89);
  });

  it('returns to the regular cadence after one success', () => {
    const d = decideNextPoll(history({ consecutiveFailures: 6, recentNewCounts: [1, 1] }), ok(1), NOW);
    expect(d.consecutiveFailures).toBe(0);
    expect(d.intervalSeconds).toBe(1800);
  });

  it('jitters deterministically: same inputs, same time; different sources spread out', () => {
    const h = history();
    const a = decideNextPoll(h, ok(1), NOW).nextCheckAt.getTime();
    expect(decideNextPoll(h, ok(1), NOW).nextCheckAt.getTime()).toBe(a);
    const times = new Set(
      [1, 2, 3, 4, 5].map((n) =>
        decideNextPoll(history({ createdAt: daysAgo(n) }), ok(1), NOW).nextCheckAt.getTime(),
      ),
    );
    expect(times.size).toBeGreaterThan(1);
  });
});

describe('decideNextPoll staleness', () => {
  // Twelve articles a day at a two-hour cadence is one per poll.
  const busy = { intervalSeconds: 7200, recentNewCounts: Array(20).fill(1) };

  it('flags a busy source silent for three days, saying what it usually does', () => {
    const d = decideNextPoll(history({ ...busy, lastNewArticleAt: daysAgo(3.2) }), unchanged, NOW);
    expect(d.stale).toBe(true);
    expect(d.staleReason).toBe('Tidak ada artikel baru selama 3 hari (biasanya 12 artikel/hari)');
  });

  it('does not flag a busy source over a quiet weekend', () => {
    const d = decideNextPoll(history({ ...busy, lastNewArticleAt: daysAgo(2.5) }), unchanged, NOW);
    expect(d).toMatchObject({ stale: false, staleReason: null });
  });

  it('judges a naturally quiet source by its own rhythm', () => {
    // One article in twenty six-hour polls: about one every five days.
    const quiet = { intervalSeconds: 21_600, recentNewCounts: [...Array(19).fill(0), 1] };
    expect(decideNextPoll(history({ ...quiet, lastNewArticleAt: daysAgo(10) }), unchanged, NOW).stale).toBe(
      false,
    );
    const silent = decideNextPoll(history({ ...quiet, lastNewArticleAt: daysAgo(40) }), unchanged, NOW);
    expect(silent.staleReason).toBe(
      'Tidak ada artikel baru selama 40 hari (biasanya sekitar 1 artikel/minggu)',
    );
  });

  it('clears the flag as soon as articles arrive', () => {
    const d = decideNextPoll(history({ ...busy, lastNewArticleAt: daysAgo(9) }), ok(3), NOW);
    expect(d.stale).toBe(false);
  });

  it('gives a new source time before calling it stale', () => {
    const fresh = { lastNewArticleAt: null, recentNewCounts: [] };
    expect(decideNextPoll(history({ ...fresh, createdAt: daysAgo(4) }), unchanged, NOW).stale).toBe(false);
    const old = decideNextPoll(history({ ...fresh, createdAt: daysAgo(20) }), unchanged, NOW);
    expect(old.staleReason).toBe('Belum ada artikel sejak sumber ditambahkan 20 hari lalu');
  });

  it('keeps a failing source stale when it was already silent', () => {
    const d = decideNextPoll(history({ ...busy, lastNewArticleAt: daysAgo(5) }), failed, NOW);
    expect(d.stale).toBe(true);
  });
});

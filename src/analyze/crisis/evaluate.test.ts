import { describe, expect, it } from 'vitest';
import { evaluateCrisis } from './evaluate.ts';
import { hoursAfter, negativeBurst, ordinaryHistory, wib } from './history.fixture.ts';
import { DEFAULT_CRISIS_SETTINGS } from './settings.ts';
import type { CrisisEvent } from './types.ts';

const settings = DEFAULT_CRISIS_SETTINGS;

describe('evaluateCrisis: baseline by clock hours and day type', () => {
  it("keeps Monday morning's ordinary volume normal after a silent weekend", () => {
    const monday = wib(2025, 3, 17, 13); // Monday 13:00 WIB
    // A busy office: a negative story every working hour, none at weekends.
    const events = ordinaryHistory(monday, 28, 1);
    const a = evaluateCrisis(events, monday, settings);
    expect(a.level).toBe('normal');
    expect(a.baseline.dayType).toBe('weekday');
    // The morning really has enough negative articles from enough outlets; only the baseline calms it.
    const waspada = a.checks.find((c) => c.level === 'waspada');
    expect(waspada?.effectiveNegative).toBeGreaterThanOrEqual(settings.levels.waspada.minNegative);
    expect(waspada?.outlets).toBeGreaterThanOrEqual(settings.levels.waspada.minOutlets);
    expect(a.ratio).toBeLessThan(1.5);
  });

  it('uses weekend hours for a Saturday and holidays count as weekends', () => {
    const saturday = wib(2025, 3, 22, 11);
    expect(evaluateCrisis(ordinaryHistory(saturday, 28), saturday, settings).baseline.dayType).toBe(
      'weekend',
    );
    const holiday = wib(2025, 3, 31, 11); // Idulfitri, a Monday
    const a = evaluateCrisis(ordinaryHistory(holiday, 28), holiday, {
      ...settings,
      holidays: ['2025-03-31'],
    });
    expect(a.baseline.dayType).toBe('weekend');
  });

  it('does not call three negative articles after a dead week a surge', () => {
    const now = wib(2025, 3, 19, 2); // Wednesday 02:00, nights are always quiet
    const events = negativeBurst(now, 2, 3, 3);
    const a = evaluateCrisis(events, now, settings);
    expect(a.level).toBe('normal');
    expect(a.negative).toBe(3);
    expect(a.ratio).toBeLessThanOrEqual(2.5);
    expect(a.reason).toContain('3 artikel negatif dalam 6 jam dari 3 media, 2,5× biasanya');
  });

  it('ignores articles after now and malformed dates', () => {
    const now = wib(2025, 3, 19, 10);
    const future = negativeBurst(hoursAfter(now, 2), 1, 30, 10);
    const a = evaluateCrisis(
      [...future, { at: new Date(Number.NaN), negative: true, outlet: 'X' }],
      now,
      settings,
    );
    expect(a.negative).toBe(0);
    expect(a.level).toBe('normal');
  });
});

describe('evaluateCrisis: escalation', () => {
  const start = wib(2025, 3, 19, 9); // Wednesday
  const history = ordinaryHistory(start, 28);
  const at = (hours: number, burst: CrisisEvent[]) => {
    const now = hoursAfter(start, hours);
    return evaluateCrisis([...history, ...ordinaryHistory(now, 0), ...burst], now, settings);
  };

  it('rises waspada → siaga → krisis as negative coverage spreads over more outlets', () => {
    const t1 = hoursAfter(start, 1);
    const waspada = at(1, negativeBurst(t1, 1, 6, 4));
    expect(waspada.level).toBe('waspada');

    const t2 = hoursAfter(start, 2.5);
    const siaga = at(2.5, negativeBurst(t2, 2.5, 12, 7));
    expect(siaga.level).toBe('siaga');
    expect(siaga.window.hours).toBe(3);
    expect(siaga.outlets).toHaveLength(7);
    expect(siaga.reason).toMatch(
      /^12 artikel negatif dalam 3 jam dari 7 media, \d+(,\d)?× biasanya \(rata-rata/,
    );
    expect(siaga.reasonEn).toMatch(/^12 negative articles in 3 hours from 7 outlets/);

    const t3 = hoursAfter(start, 3);
    const krisis = at(3, negativeBurst(t3, 3, 30, 10));
    expect(krisis.level).toBe('krisis');
    expect(krisis.negative).toBe(30);
    expect(krisis.ratio).toBeGreaterThanOrEqual(5);
  });

  it('does not rise for one outlet publishing forty negative articles', () => {
    const t = hoursAfter(start, 2);
    const a = at(2, negativeBurst(t, 2, 40, 1));
    expect(a.level).toBe('normal');
    expect(a.negative).toBeGreaterThanOrEqual(40);
    expect(a.checks[0].effectiveNegative).toBeLessThan(settings.levels.waspada.minNegative);
  });

  it('counts a flooding outlet as only a few articles next to the others', () => {
    const t = hoursAfter(start, 2);
    const spam = negativeBurst(t, 2, 30, 1);
    const other: CrisisEvent = { at: hoursAfter(t, -0.5), negative: true, outlet: 'Tribun Jateng' };
    const a = at(2, [...spam, other]);
    expect(a.level).toBe('normal');
    expect(a.checks[0].negative).toBeGreaterThan(30);
    // The flooding outlet counts as 3, Tribun Jateng as 1: below the 5 waspada asks for.
    expect(a.checks[0].effectiveNegative).toBeLessThan(settings.levels.waspada.minNegative);
  });

  it('an earlier crisis in the history does not hide a new one', () => {
    const earlier = negativeBurst(hoursAfter(start, -7 * 24 + 3), 3, 40, 10);
    const t3 = hoursAfter(start, 3);
    const now = evaluateCrisis([...history, ...earlier, ...negativeBurst(t3, 3, 30, 10)], t3, settings);
    expect(now.level).toBe('krisis');
  });
});

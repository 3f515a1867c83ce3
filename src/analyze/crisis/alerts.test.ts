import { describe, expect, it } from 'vitest';
import { decideAlert } from './alerts.ts';
import { evaluateCrisis } from './evaluate.ts';
import { negativeBurst, wib } from './history.fixture.ts';
import { DEFAULT_CRISIS_SETTINGS } from './settings.ts';
import type { Alert, AlertScope, AlertState, CrisisAssessment, CrisisLevel } from './types.ts';

const settings = DEFAULT_CRISIS_SETTINGS; // quiet period 180 min, recovery 60 min
const scope: AlertScope = { type: 'issue', id: 'iss-42', label: 'Banjir rob Semarang Utara' };
const t0 = wib(2025, 3, 19, 10);
const base = evaluateCrisis(negativeBurst(t0, 3, 12, 7), t0, settings);
const assessed = (level: CrisisLevel): CrisisAssessment => ({ ...base, level });
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);

/** Runs the levels, one evaluation per entry at the given minute, and returns the alerts sent. */
function run(steps: [minute: number, level: CrisisLevel][]): { alerts: Alert[]; state: AlertState | null } {
  let state: AlertState | null = null;
  const alerts: Alert[] = [];
  for (const [m, level] of steps) {
    const d = decideAlert(state, assessed(level), minutes(m), settings, scope);
    state = d.state;
    if (d.send && d.alert) alerts.push(d.alert);
    expect(d.send).toBe(d.alert !== undefined);
  }
  return { alerts, state };
}

describe('decideAlert', () => {
  it('sends on every rise, not on a repeat, and reminds only after the quiet period', () => {
    const { alerts } = run([
      [0, 'waspada'],
      [10, 'waspada'],
      [20, 'siaga'],
      [30, 'krisis'],
      [40, 'siaga'],
      [50, 'krisis'],
      [200, 'krisis'],
      [211, 'krisis'],
      [220, 'krisis'],
    ]);
    expect(alerts.map((a) => [a.kind, a.level, a.previousLevel])).toEqual([
      ['raised', 'waspada', 'normal'],
      ['raised', 'siaga', 'waspada'],
      ['raised', 'krisis', 'siaga'],
      ['reminder', 'krisis', 'krisis'],
    ]);
    expect(alerts[3].at).toEqual(minutes(211));
    expect(alerts[0].id).toBe(`issue:iss-42:raised:waspada:${t0.toISOString()}`);
    expect(new Set(alerts.map((a) => a.id)).size).toBe(4);
  });

  it('announces a lower level only after the quiet period', () => {
    const { alerts } = run([
      [0, 'krisis'],
      [60, 'waspada'],
      [181, 'waspada'],
      [200, 'waspada'],
    ]);
    expect(alerts.map((a) => `${a.kind}:${a.level}`)).toEqual(['raised:krisis', 'lowered:waspada']);
  });

  it('says "kembali normal" once, after the level has stayed normal for the recovery time', () => {
    const { alerts, state } = run([
      [0, 'siaga'],
      [30, 'normal'],
      [60, 'normal'],
      [80, 'waspada'], // a bounce inside the quiet period stays silent and restarts the recovery clock
      [100, 'normal'],
      [150, 'normal'],
      [160, 'normal'],
      [170, 'normal'],
      [400, 'normal'],
    ]);
    expect(alerts.map((a) => `${a.kind}:${a.level}:${a.previousLevel}`)).toEqual([
      'raised:siaga:normal',
      'resolved:normal:siaga',
    ]);
    expect(alerts[1].at).toEqual(minutes(160));
    expect(state?.level).toBe('normal');
  });

  it('never sends "kembali normal" when nothing was announced', () => {
    expect(
      run([
        [0, 'normal'],
        [600, 'normal'],
      ]).alerts,
    ).toEqual([]);
  });

  it('keeps a flapping level from storming: twelve hours of waspada/normal every ten minutes', () => {
    const steps: [number, CrisisLevel][] = [];
    for (let m = 0; m < 12 * 60; m += 10) steps.push([m, (m / 10) % 2 === 0 ? 'waspada' : 'normal']);
    const { alerts } = run(steps);
    expect(alerts.map((a) => a.kind)).toEqual(['raised', 'reminder', 'reminder', 'reminder']);
    for (let i = 1; i < alerts.length; i++) {
      expect(alerts[i].at.getTime() - alerts[i - 1].at.getTime()).toBeGreaterThanOrEqual(180 * 60_000);
    }
  });

  it('rises again after recovering, and the alert carries the reason', () => {
    const { alerts } = run([
      [0, 'waspada'],
      [70, 'normal'],
      [130, 'normal'],
      [140, 'siaga'],
    ]);
    expect(alerts.map((a) => a.kind)).toEqual(['raised', 'resolved', 'raised']);
    expect(alerts[2].assessment.reason).toMatch(/^12 artikel negatif dalam \d jam dari 7 media/);
  });
});

import { describe, expect, it } from 'vitest';
import { decideAlert } from '../../analyze/crisis/alerts.ts';
import { evaluateCrisis } from '../../analyze/crisis/evaluate.ts';
import { DEFAULT_CRISIS_SETTINGS } from '../../analyze/crisis/settings.ts';
import { siagaAlert } from './alert.fixture.ts';
import { formatRange, renderAlert } from './alert-message.present.ts';

describe('renderAlert', () => {
  it('says the same numbers in the subject, the text and the JSON', () => {
    const m = renderAlert(siagaAlert());
    const sentence = m.payload.reason.id.split(' (rata-rata')[0];
    expect(m.subject).toContain(sentence);
    expect(m.text).toContain(m.payload.reason.id);
    expect(m.text).toContain(m.payload.reason.en);
    expect(m.payload.counts.negative).toBe(12);
    expect(m.payload.window.hours).toBe(3);
    expect(JSON.parse(JSON.stringify(m.payload))).toEqual(m.payload);
  });

  it('announces the way back to normal with the level that ended', () => {
    const settings = { ...DEFAULT_CRISIS_SETTINGS, recoveryMinutes: 0 };
    const raised = siagaAlert();
    const later = new Date(raised.at.getTime() + 8 * 3_600_000);
    const calm = evaluateCrisis([], later, settings);
    const d = decideAlert(
      { level: 'siaga', lastSentAt: raised.at.toISOString(), normalSince: null },
      calm,
      later,
      settings,
      raised.scope,
    );
    expect(d.alert?.kind).toBe('resolved');
    const m = renderAlert(d.alert ?? raised);
    expect(m.subject).toMatch(
      /^\[Pantau\] Kembali normal: Banjir rob <Tambak Lorok> & jalan rusak — 0 artikel negatif/,
    );
    expect(m.text).toContain('Kembali normal (sebelumnya SIAGA)');
    expect(m.text).toContain('Back to normal');
  });

  it('writes times in the workspace zone', () => {
    const start = new Date('2025-03-19T15:00:00Z');
    const end = new Date('2025-03-19T18:00:00Z');
    expect(formatRange(start, end, 420)).toBe('19 Maret 2025 22.00 WIB – 20 Maret 2025 01.00 WIB');
    expect(formatRange(start, end, 540)).toBe('20 Maret 2025 00.00–03.00 WIT');
    expect(formatRange(start, end, 480)).toBe('19 Maret 2025 23.00 WITA – 20 Maret 2025 02.00 WITA');
  });
});

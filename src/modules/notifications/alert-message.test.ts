import { describe, expect, it } from 'vitest';
import { decideAlert } from '../../analyze/crisis/alerts.ts';
import { evaluateCrisis } from '../../analyze/crisis/evaluate.ts';
import { DEFAULT_CRISIS_SETTINGS } from '../../analyze/crisis/settings.ts';
import { siagaAlert } from './alert.fixture.ts';
import { renderAlert } from './alert-message.present.ts';

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

  it('writes the window in the workspace zone, with the zone named', () => {
    // The fixture's window is 07:00–10:00 WIB on 19 March 2025 (00:00–03:00 UTC).
    expect(renderAlert(siagaAlert()).text).toContain('Rentang waktu: 19 Mar 2025 07:00–10:00 WIB');
    expect(renderAlert(siagaAlert(), { timeZone: 'WIT' }).text).toContain(
      'Rentang waktu: 19 Mar 2025 09:00–12:00 WIT',
    );
    expect(renderAlert(siagaAlert(), { timeZone: 'Asia/Makassar' }).text).toContain('08:00–11:00 WITA');
  });

  it('lists the articles behind the alert with outlet, time and link, and counts the rest', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({
      title: `Tanggul jebol <${i}>`,
      outlet: `Media ${i}`,
      url: `https://media${i}.example/berita/${i}?a=1&b=2`,
      publishedAt: '2025-03-19T02:00:00Z',
    }));
    const m = renderAlert(siagaAlert(), { articles: { total: 12, items }, maxArticles: 3 });
    expect(m.text).toContain(
      '- Tanggul jebol <0> — Media 0, 19 Mar 2025 09:00 WIB\n  https://media0.example/berita/0?a=1&b=2',
    );
    expect(m.text).toContain('- Tanggul jebol <2> — Media 2');
    expect(m.text).not.toContain('Tanggul jebol <3>');
    expect(m.text).toContain('dan 9 lainnya');
    expect(m.html).toContain(
      '<a href="https://media1.example/berita/1?a=1&#38;b=2">Tanggul jebol &#60;1&#62;</a> — Media 1',
    );
    expect(m.html).toContain('dan 9 lainnya');
    // The webhook carries them all, for a receiving system to show as it likes.
    expect(m.payload.articles.total).toBe(12);
    expect(m.payload.articles.items).toHaveLength(7);
    expect(m.payload.articles.items[0]).toEqual(items[0]);
  });
});

// Tone toward a subject by the shipped target-dependent model, on texts written for this test: the
// official acting firmly inside a bad-news story, critics' words against an official, a plain
// procedural mention. And without the model, the clause-weighted reading alone.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../types.ts';
import { toneToward } from '../article-tone.ts';
import { toneTowardSubject } from './index.ts';

function spansOf(text: string, target: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + 1))
    spans.push({ start: at, end: at + target.length });
  return spans;
}

const toward = (text: string, target: string) => toneTowardSubject({ text }, spansOf(text, target));

const DRAIN =
  'Proyek saluran air di Jalan Merdeka terbengkalai tiga bulan dan membuat genangan di mana-mana. ' +
  'Wali Kota Sukamaju Arief Wicaksono menegur keras kontraktor pelaksana saat sidak, Kamis (4/12), ' +
  'dan memberi tenggat dua minggu.';

describe('toneTowardSubject', () => {
  it('reads the mayor reprimanding a late contractor as positive toward the mayor, negative toward the contractor', () => {
    expect(toward(DRAIN, 'Arief Wicaksono').label).toBe('positive');
    expect(toward(DRAIN, 'kontraktor pelaksana').label).toBe('negative');
  });

  it("reads a citizen's and a protest leader's blame as negative toward the official", () => {
    const visit =
      'Banjir kembali merendam Kelurahan Cibeureum. "Wali kota datang, foto-foto, lalu pergi. Kami kecewa," kata Siti Rohmah, warga setempat.';
    expect(toward(visit, 'Wali kota').label).toBe('negative');
    const protest =
      'Puluhan mahasiswa berunjuk rasa di depan kantor bupati. "Bupati gagal melindungi warganya dari banjir," kata koordinator aksi, Fajar Nugraha.';
    expect(toward(protest, 'Bupati').label).toBe('negative');
  });

  it('keeps a procedural mention neutral and an opening ceremony positive', () => {
    const session =
      'Rapat paripurna DPRD Kota Sukamaju membahas jadwal penyampaian laporan keterangan pertanggungjawaban wali kota, Selasa.';
    expect(toward(session, 'DPRD Kota Sukamaju').label).toBe('neutral');
    const bridge =
      'Bupati Sukamaju meresmikan jembatan baru di Desa Cikole yang menghubungkan dua kecamatan, Senin. Warga menyambut gembira.';
    expect(toward(bridge, 'Bupati Sukamaju').label).toBe('positive');
  });

  it('gives a score between -1 and 1 whose sign follows a polar label, and reasons that agree with it', () => {
    const tone = toward(DRAIN, 'Arief Wicaksono');
    expect(tone.score).toBeGreaterThan(0);
    expect(tone.score).toBeLessThanOrEqual(1);
    expect(tone.reasons.every((r) => r.weight >= 0)).toBe(true);
  });

  it('without the model is the clause-weighted reading, which misses the firm action', () => {
    const spans = spansOf(DRAIN, 'Arief Wicaksono');
    const reading = toneTowardSubject({ text: DRAIN }, spans, undefined, null);
    expect(reading).toEqual(toneToward({ text: DRAIN }, spans));
    expect(reading.label).not.toBe('positive');
  });
});

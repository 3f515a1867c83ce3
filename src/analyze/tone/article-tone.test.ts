import { describe, expect, it } from 'vitest';
import { analyzeTone, toneToward } from './article-tone.ts';

function spansOf(text: string, needle: string) {
  const spans = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    spans.push({ start: i, end: i + needle.length });
  return spans;
}

describe('analyzeTone', () => {
  it('reads disasters and corruption as negative, awards and help as positive, schedules as neutral', () => {
    expect(
      analyzeTone({ text: 'Banjir bandang merendam ratusan rumah di Kecamatan Cibeunying.' }).label,
    ).toBe('negative');
    expect(analyzeTone({ text: 'KPK menetapkan kepala dinas sebagai tersangka korupsi.' }).label).toBe(
      'negative',
    );
    expect(analyzeTone({ text: 'Pemkab Sukamaju meraih penghargaan pelayanan publik terbaik.' }).label).toBe(
      'positive',
    );
    expect(
      analyzeTone({ text: 'Rapat paripurna DPRD digelar pada Senin pukul 09.00 di gedung dewan.' }).label,
    ).toBe('neutral');
  });

  it('flips a polar word after a negator and says so', () => {
    const friendly = analyzeTone({ text: 'Petugas loket ramah kepada warga.' });
    const unfriendly = analyzeTone({ text: 'Petugas loket tidak ramah kepada warga.' });
    expect(friendly.label).toBe('positive');
    expect(unfriendly.label).toBe('negative');
    expect(unfriendly.reasons[0]).toMatchObject({ text: 'tidak ramah', rule: 'negation' });
  });

  it('carries a negation over a run of polar words ("tidak ada lagi keluhan antrean panjang")', () => {
    expect(analyzeTone({ text: 'Tidak ada lagi keluhan antrean panjang di kantor kecamatan.' }).label).toBe(
      'positive',
    );
  });

  it('weighs the clause after "namun" more than the one before', () => {
    const tone = analyzeTone({ text: 'Jembatan itu sudah diresmikan, namun kini rusak dan berlubang.' });
    expect(tone.label).toBe('negative');
    expect(tone.reasons.some((r) => r.rule === 'contrast' && r.text === 'namun')).toBe(true);
    const reverse = analyzeTone({
      text: 'Jalan sempat rusak, tetapi kini sudah selesai diperbaiki dan mulus.',
    });
    expect(reverse.label).toBe('positive');
  });

  it('discounts a conceded clause ("meski …")', () => {
    const tone = analyzeTone({
      text: 'Meski hujan deras dan banjir sempat terjadi, festival tetap berjalan lancar dan sukses.',
    });
    expect(tone.label).toBe('positive');
    expect(tone.reasons.find((r) => r.rule === 'concession')?.text).toMatch(/^Meski hujan deras dan banjir/);
  });

  it('reads rises and falls by what rises or falls', () => {
    expect(analyzeTone({ text: 'Angka kemiskinan di kabupaten ini turun menjadi 9 persen.' }).label).toBe(
      'positive',
    );
    expect(analyzeTone({ text: 'Kasus demam berdarah naik tajam bulan ini.' }).label).toBe('negative');
    expect(analyzeTone({ text: 'Pendapatan asli daerah meningkat 12 persen.' }).label).toBe('positive');
  });

  it('intensifiers make a word count more', () => {
    const plain = analyzeTone({ text: 'Pelayanan di kantor itu lambat.' });
    const strong = analyzeTone({ text: 'Pelayanan di kantor itu sangat lambat.' });
    expect(strong.score).toBeLessThan(plain.score);
    expect(strong.reasons[0]).toMatchObject({ text: 'sangat lambat', rule: 'intensifier' });
  });

  it('counts a critic’s quote as negative and marks it as reported speech', () => {
    const text =
      '"Jalan ini sudah dua tahun rusak dan dibiarkan begitu saja," kata Darmawan, warga setempat.';
    const tone = analyzeTone({ text });
    expect(tone.label).toBe('negative');
    expect(tone.reasons.find((r) => r.text === 'rusak')?.rule).toBe('reported-speech');
  });

  it('every reason points at the words it names', () => {
    const title = 'Wali Kota Raih Penghargaan';
    const text =
      'Wali Kota Sukamaju meraih penghargaan.\n\nNamun warga mengeluhkan jalan yang tidak kunjung diperbaiki.\n\nBaca juga: Banjir rendam pasar';
    const tone = analyzeTone({ title, text });
    expect(tone.reasons.length).toBeGreaterThan(3);
    for (const r of tone.reasons)
      expect((r.rule === 'headline' ? title : text).slice(r.start, r.end)).toBe(r.text);
    expect(tone.reasons.find((r) => r.text === 'Banjir')?.rule).toBe('boilerplate');
  });

  it('the headline counts more than a sentence of the body', () => {
    const body = 'Warga mengeluhkan antrean panjang. Pemkot meraih penghargaan.';
    const praised = analyzeTone({ title: 'Pemkot meraih penghargaan', text: body });
    const complained = analyzeTone({ title: 'Warga mengeluhkan antrean panjang', text: body });
    expect(praised.score).toBeGreaterThan(complained.score);
    expect(praised.reasons.some((r) => r.rule === 'headline')).toBe(true);
  });

  it('gives the same result every time', () => {
    const input = { title: 'Banjir', text: 'Banjir merendam rumah. Bupati sigap membantu warga.' };
    expect(analyzeTone(input)).toEqual(analyzeTone(input));
  });
});

describe('toneToward', () => {
  const flood =
    'Banjir bandang merendam 300 rumah di Kecamatan Sukajadi dan menewaskan dua warga. ' +
    'Wali Kota sigap meninjau lokasi dan menyalurkan bantuan logistik. ' +
    'Sementara itu, warga mengeluhkan drainase yang rusak dan tidak kunjung diperbaiki.';

  it('a flood story is negative, yet the mayor’s quick response makes the tone toward the mayor positive', () => {
    expect(analyzeTone({ text: flood }).label).toBe('negative');
    const mayor = toneToward({ text: flood }, spansOf(flood, 'Wali Kota'));
    expect(mayor.label).toBe('positive');
    expect(mayor.reasons[0].text).toBe('sigap');
  });

  it('only the clause naming the subject counts fully', () => {
    const text =
      'Kekeringan melanda ribuan hektare sawah, namun Bupati bergerak cepat mengirimkan pompa air.';
    expect(toneToward({ text }, spansOf(text, 'Bupati')).label).toBe('positive');
    const blamed = 'Warga menuding Bupati ingkar janji, meski program bantuan berjalan lancar di desa lain.';
    expect(toneToward({ text: blamed }, spansOf(blamed, 'Bupati')).label).toBe('negative');
  });

  it('a sentence that continues with "Ia" still speaks of the subject', () => {
    const text = 'Kepala Dinas Kesehatan Rina Astuti ditetapkan sebagai tersangka. Ia diduga menerima suap.';
    const tone = toneToward({ text }, spansOf(text, 'Rina Astuti'));
    expect(tone.label).toBe('negative');
    expect(tone.reasons.map((r) => r.text)).toContain('suap');
  });

  it('is neutral when the subject is not mentioned', () => {
    expect(toneToward({ text: flood }, [])).toEqual({ label: 'neutral', score: 0, reasons: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, degrees and initials inside the sentence', () => {
    const t =
      'Bupati Sukamaju Dr. H. A. Rahman, S.Sos., M.Si. meresmikan jembatan di Kec. Sukaraja. Acara dihadiri Hj. Siti Aminah, S.H. dan Prof. Ir. Bambang.';
    expect(texts(t)).toEqual([
      'Bupati Sukamaju Dr. H. A. Rahman, S.Sos., M.Si. meresmikan jembatan di Kec. Sukaraja.',
      'Acara dihadiri Hj. Siti Aminah, S.H. dan Prof. Ir. Bambang.',
    ]);
  });

  it('does not break inside numbers, clock times, money, addresses and web addresses', () => {
    const t =
      'Anggaran Rp. 1.500.000 naik 3,5 persen pada pukul 14.05 WIB di Jl. Merdeka No. 5 menurut sukamajukab.go.id dan humas@sukamaju.go.id. Warga menyambut baik.';
    expect(texts(t)).toHaveLength(2);
    expect(texts(t)[1]).toBe('Warga menyambut baik.');
  });

  it('ends at "dll." only when a new sentence follows', () => {
    expect(texts('Bantuan berupa beras, minyak, dll. Semua dibagikan gratis.')).toHaveLength(2);
    expect(texts('Bantuan berupa beras, minyak, dll. yang dibagikan gratis.')).toHaveLength(1);
  });

  it('ends sentences inside closing quotes and parentheses, but not before a speech verb', () => {
    const t =
      '“Kami siap melayani warga.” Wali Kota lalu meninjau pasar. “Kapan selesai?” tanya dia. (Foto: Humas.) Berita selanjutnya.';
    expect(texts(t)).toEqual([
      '“Kami siap melayani warga.”',
      'Wali Kota lalu meninjau pasar.',
      '“Kapan selesai?” tanya dia.',
      '(Foto: Humas.)',
      'Berita selanjutnya.',
    ]);
  });

  it('treats ellipses and line breaks sensibly and reports offsets into the text', () => {
    const t = 'Banjir Rendam Sukaraja\nAir mulai surut... Warga kembali ke rumah.';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual([
      'Banjir Rendam Sukaraja',
      'Air mulai surut...',
      'Warga kembali ke rumah.',
    ]);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits on a degree that closes the sentence', () => {
    expect(texts('Kegiatan dibuka oleh Camat Budi Santoso, S.Sos. Dia berharap warga ikut.')).toHaveLength(2);
  });
});

// Direct quotations in Indonesian news paragraphs: cues after and before the quote, pronouns,
// quotes running over paragraphs, and quoted names that are not statements.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.ts';

const direct = (text: string) => findQuotes(text, { indirect: false });

describe('direct quotations', () => {
  it('attributes “…,” kata X and splits the role from the name', () => {
    const text =
      'Banjir merendam tiga kelurahan. “Kami sudah mengerahkan dua perahu karet ke lokasi,” kata Kepala BPBD Kota Sukamaju, Rina Kartika, Senin (3/6).';
    const [q] = direct(text);
    expect(q?.text).toBe('Kami sudah mengerahkan dua perahu karet ke lokasi');
    expect(text.slice(q?.start, q?.end)).toBe(q?.text);
    expect(q?.speaker).toBe('Rina Kartika');
    expect(q?.role).toBe('Kepala BPBD Kota Sukamaju');
    expect(q?.kind).toBe('direct');
  });

  it.each(['ujar', 'ungkap', 'jelas', 'tutur', 'tegas', 'imbuh', 'tambah', 'terang', 'sebut', 'papar'])(
    'knows the cue “%s”',
    (cue) => {
      const text = `“Pembangunan jembatan selesai akhir bulan ini,” ${cue} Budi Santoso.`;
      expect(direct(text).map((q) => q.speaker)).toEqual(['Budi Santoso']);
    },
  );

  it('gives critics and citizens their own words, not the official named before them', () => {
    const text = [
      'Mahasiswa menuntut Wali Kota Sukamaju Hendra Wijaya bertanggung jawab atas banjir.',
      '"Wali kota gagal melindungi warganya," kata koordinator aksi, Fajar Nugraha.',
      'Seorang warga, Siti Aminah, mengaku belum menerima bantuan. "Kami hanya makan mi instan," ujarnya.',
      '"Sudah tiga hari kami menunggu di sini," kata seorang pengungsi.',
    ].join('\n\n');
    const quotes = findQuotes(text);
    const speakerOf = (words: string) => quotes.find((q) => q.text.startsWith(words));
    expect(speakerOf('Wali kota gagal')).toMatchObject({
      speaker: 'Fajar Nugraha',
      role: 'koordinator aksi',
    });
    expect(speakerOf('Kami hanya makan')?.speaker).toBe('Siti Aminah');
    expect(speakerOf('Sudah tiga hari')).toMatchObject({
      speaker: 'seorang pengungsi',
      speakerCanonical: null,
    });
    expect(quotes.filter((q) => q.speaker === 'Hendra Wijaya')).toEqual([]);
  });

  it('resolves ujarnya to a person named in an earlier sentence', () => {
    const text =
      'Wali Kota Sukamaju Arief Wicaksono meninjau lokasi longsor di Kecamatan Cibening. “Kami siapkan hunian sementara untuk 40 keluarga,” ujarnya.';
    const [q] = direct(text);
    expect(q?.speaker).toBe('Arief Wicaksono');
    expect(q?.role).toBe('Wali Kota Sukamaju');
  });

  it('resolves kata dia and katanya to the last speaker', () => {
    const text = [
      '“Stok beras aman sampai Lebaran,” kata Kepala Dinas Perdagangan Sukamaju Hendra Gunawan.',
      'Menurut dia, harga cabai mulai turun. “Pasokan dari petani sudah normal,” kata dia.',
      '“Operasi pasar tetap kami gelar setiap pekan,” katanya.',
    ].join('\n\n');
    expect(direct(text).map((q) => q.speaker)).toEqual([
      'Hendra Gunawan',
      'Hendra Gunawan',
      'Hendra Gunawan',
    ]);
  });

  it('takes the speaker before the quote: X mengatakan, “…”', () => {
    const text =
      'Sekretaris Daerah Sukamaju, Dewi Lestari, mengatakan, “Tunjangan pegawai dibayar tepat waktu.”';
    const [q] = direct(text);
    expect(q?.speaker).toBe('Dewi Lestari');
    expect(q?.text).toBe('Tunjangan pegawai dibayar tepat waktu.');
  });

  it('keeps the speaker of a quote interrupted by its cue', () => {
    const text = '“Air mulai surut,” kata Camat Cibening Yusuf Maulana, “tetapi warga belum boleh pulang.”';
    const quotes = direct(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Air mulai surut', 'Yusuf Maulana'],
      ['tetapi warga belum boleh pulang.', 'Yusuf Maulana'],
    ]);
  });

  it('reads a quotation that runs over several paragraphs as one statement', () => {
    const text = [
      'Bupati Sukamaju Hasan Basri menjelaskan rencana pemerintah kabupaten.',
      '“Tahun ini kami membangun dua puskesmas baru di wilayah selatan.',
      '“Anggarannya sudah disetujui DPRD dan lelang dimulai bulan depan,” ujar Hasan.',
    ].join('\n\n');
    const quotes = direct(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toMatch(/^Tahun ini kami membangun .* lelang dimulai bulan depan$/s);
    expect(quotes[0]?.speaker).toBe('Hasan');
    expect(quotes[0]?.speakerCanonical).toBe('Hasan Basri');
  });

  it('leaves the comma before the closing mark out of the quoted text, keeping the offsets on it', () => {
    const text = 'Warga bertanya soal pasokan air. “Kami siap,” kata Lurah Cibening Dodi Hermawan.';
    const [q] = direct(text);
    expect(q?.text).toBe('Kami siap');
    expect(text.slice(q?.start, q?.end)).toBe('Kami siap');
    const ended = direct('“Air bersih datang besok pagi.” kata Dodi Hermawan.')[0];
    expect(ended?.text).toBe('Air bersih datang besok pagi.');
  });

  it('accepts straight quotes as well as curly ones', () => {
    const text =
      '"Semua sekolah kembali belajar tatap muka pekan depan," tegas Kepala Dinas Pendidikan Sukamaju, Agus Salim.';
    const [q] = direct(text);
    expect(q?.speaker).toBe('Agus Salim');
    expect(q?.text).toBe('Semua sekolah kembali belajar tatap muka pekan depan');
  });

  it('does not take program names, song titles or scare quotes for statements', () => {
    const text = [
      'Pemerintah Kota Sukamaju meluncurkan program “Sukamaju Bersih” di alun-alun, Minggu (9/6).',
      'Acara dibuka dengan lagu “Indonesia Raya” dan tarian daerah.',
      'Warga menyebut jalan itu sebagai “jalan seribu lubang” karena tak kunjung diperbaiki.',
    ].join('\n\n');
    expect(findQuotes(text)).toEqual([]);
  });

  it('links the speaker to a recognised entity when entities are given', () => {
    const text = 'Pak Wali meninjau pasar. “Harga daging stabil,” ujar Pak Wali.';
    const at = text.lastIndexOf('Pak Wali');
    const [q] = direct(text);
    expect(q?.speaker).not.toBeNull();
    const linked = findQuotes(text, {
      indirect: false,
      entities: [{ type: 'PER', text: 'Pak Wali', start: at, end: at + 8, canonical: 'Arief Wicaksono' }],
    });
    expect(linked[0]?.speakerCanonical).toBe('Arief Wicaksono');
  });
});

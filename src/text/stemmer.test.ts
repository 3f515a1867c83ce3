// Stems of Indonesian news words, with expected values taken from PostgreSQL's
// ts_lexize('indonesian_stem', word), so SQLite search finds what PostgreSQL search finds.
import { describe, expect, it } from 'vitest';
import { stem } from './stemmer.ts';

function expectStems(pairs: [string, string][]): void {
  const actual = pairs.map(([word]) => [word, stem(word)]);
  expect(actual).toEqual(pairs);
}

describe('stem', () => {
  it('brings government vocabulary back to the roots PostgreSQL indexes', () => {
    expectStems([
      ['pemerintahan', 'perintah'],
      ['pemerintah', 'perintah'],
      ['kebijakan', 'bijak'],
      ['menanggulangi', 'anggulang'],
      ['perbaikan', 'baik'],
      ['penanganan', 'angan'],
      ['diresmikan', 'resmi'],
      ['berkoordinasi', 'koordinasi'],
      ['pelayanan', 'layan'],
      ['kecamatan', 'camat'],
      ['kelurahan', 'lurah'],
      ['keterbukaan', 'terbuka'],
      ['mempertanyakan', 'tanya'],
      ['kesehatan', 'sehat'],
      ['pendidikan', 'didik'],
      ['kemiskinan', 'miskin'],
      ['kebakaran', 'bakar'],
      ['pengungsi', 'ungsi'],
      ['tersangka', 'sangka'],
    ]);
  });

  it('makes a search for one form of a word find the others', () => {
    for (const family of [
      ['pemerintahan', 'pemerintah'],
      ['dilaporkan', 'melaporkan', 'pelaporan', 'laporannya'],
      ['menyampaikan', 'penyampaian', 'disampaikan'],
      ['membangun', 'pembangunan'],
      ['menyelesaikan', 'diselesaikan'],
      ['anggaran', 'penganggaran'],
      ['perbaikan', 'memperbaiki'],
      ['belajar', 'pelajaran', 'mempelajari', 'pembelajaran'],
    ]) {
      expect(new Set(family.map(stem)).size, family.join(', ')).toBe(1);
    }
  });

  it('restores the first letter swallowed by a nasal prefix', () => {
    expectStems([
      ['memukul', 'pukul'],
      ['pemukiman', 'pukim'],
      ['menyapu', 'sapu'],
      ['penyuluhan', 'suluh'],
      ['menyrobot', 'yrobot'],
      ['penyrahan', 'yrahan'],
    ]);
  });

  it('removes a second prefix only after a suffix went, as the Snowball rules say', () => {
    expectStems([
      ['memperbaiki', 'baik'],
      ['mempersiapkan', 'siap'],
      ['memberlakukan', 'laku'],
      ['diberlakukan', 'laku'],
      ['keberlanjutan', 'lanjut'],
      ['keberadaan', 'ada'],
      ['diperpanjang', 'perpanjang'],
      ['perpanjangan', 'panjang'],
      ['pertanggungjawaban', 'tanggungjawab'],
    ]);
  });

  it('treats be- before consonant + "er" as a prefix (bekerja) but not otherwise', () => {
    expectStems([
      ['bekerja', 'kerja'],
      ['bekerjasama', 'kerjasama'],
      ['beserta', 'serta'],
      ['berserta', 'serta'],
      ['bersinergi', 'sinergi'],
    ]);
  });

  it('drops particles and possessives, and keeps -si words such as politisi whole', () => {
    expectStems([
      ['gubernurnya', 'gubernur'],
      ['walikotalah', 'walikota'],
      ['apakah', 'apa'],
      ['bagaimanapun', 'bagaimana'],
      ['rumahku', 'rumah'],
      ['bukumu', 'buku'],
      ['politisi', 'politisi'],
      ['sosialisasi', 'sosialisasi'],
    ]);
  });

  it('reproduces the algorithm’s known over-stemming, since PostgreSQL does too', () => {
    expectStems([
      ['menteri', 'teri'],
      ['mengatakan', 'ata'],
      ['mengenai', 'ena'],
      ['diskominfo', 'skominfo'],
      ['kerjasama', 'rjasama'],
      ['bupati', 'bupat'],
      ['mereka', 'reka'],
      ['menetapkan', 'etap'],
    ]);
  });

  it('leaves words of two syllables or fewer alone', () => {
    expectStems([
      ['dia', 'dia'],
      ['saya', 'saya'],
      ['jalan', 'jalan'],
      ['banjir', 'banjir'],
      ['ke', 'ke'],
      ['', ''],
    ]);
  });

  it('counts only a, e, i, o, u as vowels and passes other letters and digits through', () => {
    expectStems([
      ['pélayanan', 'pélayan'],
      ['bečerita', 'čerita'],
      ['kecamatan2', 'camatan2'],
      ['sehari-hari', 'sehari-har'],
      ['e-ktp', 'e-ktp'],
    ]);
  });

  it('returns words longer than 1000 bytes unchanged, like PostgreSQL', () => {
    const long = `${'pe'.repeat(500)}kan`;
    expect(stem(long)).toBe(long);
    expect(stem(`${'pe'.repeat(449)}kan`)).toBe(`${'pe'.repeat(448)}k`);
  });
});

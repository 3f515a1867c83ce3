// Checks the stemmer and tokenizer against the PostgreSQL of the test run: the same stems as
// ts_lexize('indonesian_stem', …) and the same lexemes as to_tsvector('indonesian', …).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stem } from './stemmer.ts';
import { searchLexemes } from './tokens.ts';

/** Surface forms of roots as they appear after a prefix, so nasal assimilation, vowel-initial roots,
 * consonant + "er" (kerja), -si words and "ajar" all occur. */
const ROOTS = [
  'ajar',
  'atur',
  'ambil',
  'angkat',
  'ukur',
  'olah',
  'isi',
  'erintah',
  'ubah',
  'apu',
  'uluh',
  'ampai',
  'elesai',
  'baca',
  'bangun',
  'pukul',
  'sapu',
  'tulis',
  'kerja',
  'serta',
  'lapor',
  'layan',
  'tanggulang',
  'resmi',
  'koordinasi',
  'politis',
  'tanya',
  'baik',
  'kelola',
  'rencana',
  'jaga',
  'gerak',
  'dengar',
  'lantik',
  'rawat',
  'cegah',
  'yakin',
  'nilai',
  'hasil',
  'wujud',
  'rekam',
  'sinergi',
  'usaha',
  'gali',
  'rusak',
  'nyata',
  'cari',
  'kabar',
  'lestari',
  'ganti',
];

const PREFIXES = [
  '',
  'di',
  'ke',
  'me',
  'mem',
  'men',
  'meng',
  'meny',
  'pe',
  'pem',
  'pen',
  'peng',
  'peny',
  'ter',
  'ber',
  'be',
  'per',
  'bel',
  'pel',
  'memper',
  'diper',
  'keber',
  'keter',
  'pember',
  'penge',
  'menge',
  'se',
  'mempel',
  'diber',
  'teper',
];

const SUFFIXES = [
  '',
  'kan',
  'an',
  'i',
  'nya',
  'lah',
  'kah',
  'pun',
  'ku',
  'mu',
  'kannya',
  'annya',
  'inya',
  'kanlah',
  'nyalah',
  'ilah',
  'kanpun',
  'annyapun',
  'imu',
];

function generatedWords(): string[] {
  const words = new Set<string>();
  for (const prefix of PREFIXES) {
    for (const root of ROOTS) for (const suffix of SUFFIXES) words.add(prefix + root + suffix);
  }
  return [...words];
}

/** News sentences written for this test: links, amounts, dates, hyphenated words, quotes. */
const SENTENCES = [
  'Pemerintah Kabupaten Sleman menyampaikan bahwa penanganan banjir di Kecamatan Depok terus ditingkatkan, kata Bupati, Senin (12/3/2024).',
  'Informasi lebih lanjut: https://www.slemankab.go.id/berita/2024/03/banjir-depok.html atau hubungi humas@slemankab.go.id.',
  'Anggaran sebesar Rp1,5 miliar (sekitar 3,5 persen dari APBD 2024) disiapkan untuk perbaikan jalan sepanjang 12.5 km.',
  'Warga Kelurahan Caturtunggal mengeluhkan layanan e-KTP yang lambat; sehari-hari antrean mencapai 200-an orang sejak pukul 07.30 WIB.',
  '"Kami akan berkoordinasi dengan Dinas Kominfo dan/atau Diskominfo DIY," ujar Kepala Bidang, Drs. H. Ahmad Ma\'ruf, M.Si.',
  'Pada rapat ke-3 itu, DPRD mempertanyakan keterbukaan data COVID-19 yang dipublikasikan di detik.com maupun kompas.com/read/2024/03/12.',
  'Program pra-sejahtera 2023/2024 menjangkau 1.250 keluarga; target tahun depan 1.500.000 jiwa di 17 kecamatan.',
  'Menanggulangi hoaks, Pemkot Yogyakarta meluncurkan kanal #CekFakta dan akun @pemkotjogja — tautan: bit.ly/cekfakta-jogja.',
  "Peresmian Gedung Pelayanan Publik pada Jum'at, 15 Maret; biaya pembangunan Rp 4.750.000.000,- bersumber dari DAK.",
  'Kasus demam berdarah naik 25% dibanding tahun lalu: 1.024 kasus. Dinkes mengimbau 3M Plus & gerakan PSN serentak.',
  'Menurut BPS, angka kemiskinan turun menjadi 9,36 persen; inflasi year-on-year tercatat 2,75% (Februari 2024).',
  'Sekda membuka Rakor Kehumasan se-Jawa Tengah di Semarang, Kamis (14/3), yang diikuti 35 kabupaten/kota.',
  'Café & resto di Jl. Malioboro No. 52 menjadi lokasi pertemuan; aksi unjuk rasa berakhir pukul 16.00.',
];

describe('agreement with PostgreSQL', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  it('stems thousands of affixed words exactly as ts_lexize(indonesian_stem) does', async () => {
    const words = generatedWords();
    expect(words.length).toBeGreaterThan(20_000);
    const { rows } = await client.query<{ w: string; s: string }>(
      "select w, (ts_lexize('indonesian_stem', w))[1] as s from unnest($1::text[]) as w",
      [words],
    );
    const disagreements = rows
      .filter((row) => stem(row.w) !== row.s)
      .map((row) => `${row.w}: ${row.s} ≠ ${stem(row.w)}`);
    expect(disagreements).toEqual([]);
    // The list must exercise the rules, not pass words through: most words lose an affix and many
    // forms of one root come back as one stem.
    expect(rows.filter((row) => row.s !== row.w).length / rows.length).toBeGreaterThan(0.9);
    expect(new Set(rows.map((row) => row.s)).size).toBeLessThan(words.length / 10);
  });

  it('produces the lexemes of to_tsvector(indonesian), in the order ts_debug finds them', async () => {
    const { rows } = await client.query<{ i: string; ordered: string[]; vector: string[] }>(
      `select s.i,
         coalesce((select array_agg(lx) from ts_debug('indonesian', s.t) d, unnest(d.lexemes) lx), '{}') as ordered,
         tsvector_to_array(to_tsvector('indonesian', s.t)) as vector
       from unnest($1::text[]) with ordinality as s(t, i) order by s.i`,
      [SENTENCES],
    );
    for (const row of rows) {
      const sentence = SENTENCES[Number(row.i) - 1];
      const lexemes = searchLexemes(sentence);
      expect(lexemes, sentence).toEqual(row.ordered);
      expect([...new Set(lexemes)].sort(), sentence).toEqual([...row.vector].sort());
    }
  });
});

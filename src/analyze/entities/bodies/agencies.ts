// National government agencies outside the ministries (lembaga pemerintah nonkementerian), state
// institutions named in the constitution, independent commissions, and the regional offices of the
// police, prosecution and courts that regional news names every day. Each entry's `source` is the law
// or regulation that establishes the body (for the constitutional institutions, UUD 1945 and the law
// on the institution).
//
// The entity tagger reads "this word is part of a listed official body" as a feature. Regional offices
// ("Polres", "Kejari", "Pengadilan Negeri") are listed as they are written, without the region that
// follows them in text ("Polres Bogor", "Kejari Garut").
//
// Acronyms that name something else more often than the body are left out as short forms: "DPD" is
// as often a party's regional board ("DPD Partai Golkar") as the Dewan Perwakilan Daerah, so only
// "DPD RI" is listed; "PT" (Pengadilan Tinggi) is a limited company and "PA" (Pengadilan Agama) too
// short to mean anything alone.
import type { OfficialBody } from './index.ts';

const agency = (name: string, short: readonly string[], source: string): OfficialBody => ({
  name,
  short,
  kind: 'agency',
  source,
});

const UU_ASN = 'UU No. 5 Tahun 2014 tentang Aparatur Sipil Negara (diganti UU No. 20 Tahun 2023)';
const UU_PEMILU = 'UU No. 7 Tahun 2017 tentang Pemilihan Umum';
const UU_MD3 =
  'UUD 1945; UU No. 17 Tahun 2014 tentang Majelis Permusyawaratan Rakyat, Dewan Perwakilan Rakyat, ' +
  'Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah';
const UU_POLRI = 'UU No. 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia';
const UU_KEJAKSAAN =
  'UU No. 16 Tahun 2004 tentang Kejaksaan Republik Indonesia, sebagaimana diubah dengan UU No. 11 Tahun 2021';
const UU_PERADILAN_UMUM =
  'UU No. 2 Tahun 1986 tentang Peradilan Umum, sebagaimana terakhir diubah dengan UU No. 49 Tahun 2009';
const UU_BPJS = 'UU No. 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial';

/** Non-ministerial government agencies (LPNK) and other agencies of the executive. */
const EXECUTIVE: readonly OfficialBody[] = [
  agency(
    'Badan Nasional Penanggulangan Bencana',
    ['BNPB'],
    'UU No. 24 Tahun 2007 tentang Penanggulangan Bencana',
  ),
  agency(
    'Badan Meteorologi, Klimatologi, dan Geofisika',
    ['BMKG'],
    'UU No. 31 Tahun 2009 tentang Meteorologi, Klimatologi, dan Geofisika',
  ),
  agency('Badan Pusat Statistik', ['BPS'], 'UU No. 16 Tahun 1997 tentang Statistik'),
  agency(
    'Badan Riset dan Inovasi Nasional',
    ['BRIN'],
    'Perpres No. 78 Tahun 2021 tentang Badan Riset dan Inovasi Nasional',
  ),
  agency(
    'Badan Nasional Pencarian dan Pertolongan',
    ['Basarnas'],
    'UU No. 29 Tahun 2014 tentang Pencarian dan Pertolongan',
  ),
  agency('Badan Narkotika Nasional', ['BNN'], 'UU No. 35 Tahun 2009 tentang Narkotika'),
  agency(
    'Badan Pengawas Obat dan Makanan',
    ['BPOM'],
    'Perpres No. 80 Tahun 2017 tentang Badan Pengawas Obat dan Makanan',
  ),
  agency(
    'Badan Pengawasan Keuangan dan Pembangunan',
    ['BPKP'],
    'Perpres No. 192 Tahun 2014 tentang Badan Pengawasan Keuangan dan Pembangunan',
  ),
  agency(
    'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah',
    ['LKPP'],
    'Perpres No. 106 Tahun 2007 tentang Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah',
  ),
  agency('Badan Kepegawaian Negara', ['BKN'], UU_ASN),
  agency('Lembaga Administrasi Negara', ['LAN'], UU_ASN),
  agency('Arsip Nasional Republik Indonesia', ['ANRI'], 'UU No. 43 Tahun 2009 tentang Kearsipan'),
  agency(
    'Perpustakaan Nasional Republik Indonesia',
    ['Perpusnas'],
    'UU No. 43 Tahun 2007 tentang Perpustakaan',
  ),
  agency('Badan Informasi Geospasial', ['BIG'], 'UU No. 4 Tahun 2011 tentang Informasi Geospasial'),
  agency(
    'Badan Siber dan Sandi Negara',
    ['BSSN'],
    'Perpres No. 53 Tahun 2017 tentang Badan Siber dan Sandi Negara',
  ),
  agency('Badan Keamanan Laut', ['Bakamla'], 'UU No. 32 Tahun 2014 tentang Kelautan'),
  agency(
    'Badan Nasional Penanggulangan Terorisme',
    ['BNPT'],
    'Perpres No. 46 Tahun 2010 tentang Badan Nasional Penanggulangan Terorisme',
  ),
  agency(
    'Badan Nasional Pengelola Perbatasan',
    ['BNPP'],
    'UU No. 43 Tahun 2008 tentang Wilayah Negara; Perpres No. 12 Tahun 2010 tentang Badan Nasional Pengelola Perbatasan',
  ),
  agency('Badan Pangan Nasional', ['Bapanas'], 'Perpres No. 66 Tahun 2021 tentang Badan Pangan Nasional'),
  agency('Badan Gizi Nasional', ['BGN'], 'Perpres No. 83 Tahun 2024 tentang Badan Gizi Nasional'),
  agency(
    'Badan Karantina Indonesia',
    ['Barantin'],
    'UU No. 21 Tahun 2019 tentang Karantina Hewan, Ikan, dan Tumbuhan; Perpres No. 45 Tahun 2023 tentang ' +
      'Badan Karantina Indonesia',
  ),
  agency(
    'Badan Pembinaan Ideologi Pancasila',
    ['BPIP'],
    'Perpres No. 7 Tahun 2018 tentang Badan Pembinaan Ideologi Pancasila',
  ),
  agency('Badan Intelijen Negara', ['BIN'], 'UU No. 17 Tahun 2011 tentang Intelijen Negara'),
  agency(
    'Badan Standardisasi Nasional',
    ['BSN'],
    'UU No. 20 Tahun 2014 tentang Standardisasi dan Penilaian Kesesuaian',
  ),
  agency('Badan Pengawas Tenaga Nuklir', ['Bapeten'], 'UU No. 10 Tahun 1997 tentang Ketenaganukliran'),
  agency('Otorita Ibu Kota Nusantara', ['OIKN'], 'UU No. 3 Tahun 2022 tentang Ibu Kota Negara'),
  agency(
    'Badan Pengelola Investasi Daya Anagata Nusantara',
    ['Danantara'],
    'UU No. 1 Tahun 2025 tentang Perubahan Ketiga atas UU No. 19 Tahun 2003 tentang Badan Usaha Milik Negara',
  ),
  agency('BPJS Kesehatan', [], UU_BPJS),
  agency('BPJS Ketenagakerjaan', [], UU_BPJS),
];

/** The election bodies, which regional news names at every level (KPU and Bawaslu of each region). */
const ELECTION: readonly OfficialBody[] = [
  agency('Komisi Pemilihan Umum', ['KPU'], UU_PEMILU),
  agency('Badan Pengawas Pemilihan Umum', ['Bawaslu'], UU_PEMILU),
  agency('Dewan Kehormatan Penyelenggara Pemilu', ['DKPP'], UU_PEMILU),
];

/** Institutions the constitution names: the houses, the courts at the top, the audit board. */
const CONSTITUTIONAL: readonly OfficialBody[] = [
  agency('Majelis Permusyawaratan Rakyat', ['MPR', 'MPR RI'], UU_MD3),
  agency('Dewan Perwakilan Rakyat', ['DPR', 'DPR RI'], UU_MD3),
  agency('Dewan Perwakilan Daerah', ['DPD RI'], UU_MD3),
  agency(
    'Badan Pemeriksa Keuangan',
    ['BPK'],
    'UUD 1945 Pasal 23E; UU No. 15 Tahun 2006 tentang Badan Pemeriksa Keuangan',
  ),
  agency(
    'Mahkamah Konstitusi',
    ['MK'],
    'UUD 1945 Pasal 24C; UU No. 24 Tahun 2003 tentang Mahkamah Konstitusi',
  ),
  // "MA" is also the Madrasah Aliyah of regional school news; the tagger weighs the context.
  agency('Mahkamah Agung', ['MA'], 'UUD 1945 Pasal 24A; UU No. 14 Tahun 1985 tentang Mahkamah Agung'),
  agency('Komisi Yudisial', ['KY'], 'UUD 1945 Pasal 24B; UU No. 22 Tahun 2004 tentang Komisi Yudisial'),
  agency('Bank Indonesia', ['BI'], 'UUD 1945 Pasal 23D; UU No. 23 Tahun 1999 tentang Bank Indonesia'),
];

/** Independent commissions and state auxiliary bodies. */
const COMMISSIONS: readonly OfficialBody[] = [
  agency(
    'Komisi Pemberantasan Korupsi',
    ['KPK'],
    'UU No. 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi, sebagaimana diubah dengan ' +
      'UU No. 19 Tahun 2019',
  ),
  agency(
    'Komisi Nasional Hak Asasi Manusia',
    ['Komnas HAM'],
    'UU No. 39 Tahun 1999 tentang Hak Asasi Manusia',
  ),
  agency(
    'Komisi Nasional Anti Kekerasan terhadap Perempuan',
    ['Komnas Perempuan'],
    'Perpres No. 65 Tahun 2005 tentang Komisi Nasional Anti Kekerasan terhadap Perempuan',
  ),
  agency(
    'Ombudsman Republik Indonesia',
    ['Ombudsman RI', 'ORI'],
    'UU No. 37 Tahun 2008 tentang Ombudsman Republik Indonesia',
  ),
  agency(
    'Komisi Pengawas Persaingan Usaha',
    ['KPPU'],
    'UU No. 5 Tahun 1999 tentang Larangan Praktek Monopoli dan Persaingan Usaha Tidak Sehat',
  ),
  agency('Otoritas Jasa Keuangan', ['OJK'], 'UU No. 21 Tahun 2011 tentang Otoritas Jasa Keuangan'),
  agency('Lembaga Penjamin Simpanan', ['LPS'], 'UU No. 24 Tahun 2004 tentang Lembaga Penjamin Simpanan'),
  agency(
    'Pusat Pelaporan dan Analisis Transaksi Keuangan',
    ['PPATK'],
    'UU No. 8 Tahun 2010 tentang Pencegahan dan Pemberantasan Tindak Pidana Pencucian Uang',
  ),
  agency(
    'Lembaga Perlindungan Saksi dan Korban',
    ['LPSK'],
    'UU No. 13 Tahun 2006 tentang Perlindungan Saksi dan Korban, sebagaimana diubah dengan UU No. 31 Tahun 2014',
  ),
  agency(
    'Komisi Perlindungan Anak Indonesia',
    ['KPAI'],
    'UU No. 23 Tahun 2002 tentang Perlindungan Anak, sebagaimana diubah dengan UU No. 35 Tahun 2014',
  ),
  agency('Komisi Penyiaran Indonesia', ['KPI'], 'UU No. 32 Tahun 2002 tentang Penyiaran'),
  agency('Komisi Informasi Pusat', [], 'UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik'),
  agency('Dewan Pers', [], 'UU No. 40 Tahun 1999 tentang Pers'),
  agency('Komisi Kepolisian Nasional', ['Kompolnas'], UU_POLRI),
];

/** The armed forces, the police, the prosecution and the courts, with their regional offices. */
const LAW_AND_SECURITY: readonly OfficialBody[] = [
  agency('Tentara Nasional Indonesia', ['TNI'], 'UU No. 34 Tahun 2004 tentang Tentara Nasional Indonesia'),
  agency('Kepolisian Negara Republik Indonesia', ['Polri'], UU_POLRI),
  // The police's regional commands by area: province, regency or city, district.
  agency('Kepolisian Daerah', ['Polda'], UU_POLRI),
  agency('Kepolisian Resor', ['Polres'], UU_POLRI),
  agency('Kepolisian Sektor', ['Polsek'], UU_POLRI),
  agency('Kejaksaan Agung', ['Kejagung'], UU_KEJAKSAAN),
  agency('Kejaksaan Tinggi', ['Kejati'], UU_KEJAKSAAN),
  agency('Kejaksaan Negeri', ['Kejari'], UU_KEJAKSAAN),
  agency('Pengadilan Negeri', ['PN'], UU_PERADILAN_UMUM),
  agency('Pengadilan Tinggi', [], UU_PERADILAN_UMUM),
  agency('Pengadilan Agama', [], 'UU No. 7 Tahun 1989 tentang Peradilan Agama'),
  agency('Pengadilan Tata Usaha Negara', ['PTUN'], 'UU No. 5 Tahun 1986 tentang Peradilan Tata Usaha Negara'),
  agency(
    'Pengadilan Tindak Pidana Korupsi',
    ['Pengadilan Tipikor'],
    'UU No. 46 Tahun 2009 tentang Pengadilan Tindak Pidana Korupsi',
  ),
];

export const AGENCIES: readonly OfficialBody[] = [
  ...EXECUTIVE,
  ...ELECTION,
  ...CONSTITUTIONAL,
  ...COMMISSIONS,
  ...LAW_AND_SECURITY,
];

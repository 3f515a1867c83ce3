// Ministries of the Republic of Indonesia: the 48 of the Kabinet Merah Putih, 7 coordinating ministries
// and 41 ministries, as Perpres No. 139 Tahun 2024 tentang Penataan Tugas dan Fungsi Kementerian Negara
// Kabinet Merah Putih Periode Tahun 2024–2029 sets them up, and the ministries of the Kabinet Indonesia
// Maju (Perpres No. 68 Tahun 2019 tentang Organisasi Kementerian Negara, as amended by Perpres No. 32
// Tahun 2021) whose names the 2024 reorganisation retired but news of 2019–2024 still carries.
//
// The entity tagger reads "this word is part of a listed official body" as a feature; the short forms
// are there because articles name a ministry by its acronym far more often than by its full name.
//
// Ministries that kept their name in 2024 (Kementerian Agraria dan Tata Ruang/Badan Pertanahan
// Nasional, Kementerian Dalam Negeri, …) appear once, as current: "former" marks only a name no longer
// in force. Where the regulation joins a ministry and an agency with a slash, the agency's acronym
// ("BKKBN", "Bappenas") is a short form of the ministry, because the two are one body.
import type { OfficialBody } from './index.ts';

const PERPRES_139_2024 =
  'Perpres No. 139 Tahun 2024 tentang Penataan Tugas dan Fungsi Kementerian Negara Kabinet Merah Putih ' +
  'Periode Tahun 2024–2029';

const PERPRES_68_2019 =
  'Perpres No. 68 Tahun 2019 tentang Organisasi Kementerian Negara, sebagaimana diubah dengan ' +
  'Perpres No. 32 Tahun 2021';

const current = (name: string, ...short: string[]): OfficialBody => ({
  name,
  short,
  kind: 'ministry',
  source: PERPRES_139_2024,
});

const former = (name: string, ...short: string[]): OfficialBody => ({
  name,
  short,
  kind: 'ministry',
  source: PERPRES_68_2019,
  former: true,
});

/** The coordinating ministries of Perpres 139/2024. */
const COORDINATING: readonly OfficialBody[] = [
  current('Kementerian Koordinator Bidang Politik dan Keamanan', 'Kemenko Polkam', 'Kemenkopolkam'),
  current(
    'Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan',
    'Kemenko Kumham Imipas',
  ),
  current('Kementerian Koordinator Bidang Perekonomian', 'Kemenko Perekonomian'),
  current('Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan', 'Kemenko PMK'),
  current(
    'Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan',
    'Kemenko Infrastruktur',
  ),
  current('Kementerian Koordinator Bidang Pemberdayaan Masyarakat', 'Kemenko PM'),
  current('Kementerian Koordinator Bidang Pangan', 'Kemenko Pangan'),
];

/** The other ministries of Perpres 139/2024, in the regulation's order. */
const PORTFOLIO: readonly OfficialBody[] = [
  current('Kementerian Sekretariat Negara', 'Kemensetneg', 'Setneg'),
  current('Kementerian Dalam Negeri', 'Kemendagri'),
  current('Kementerian Luar Negeri', 'Kemlu', 'Kemenlu'),
  current('Kementerian Pertahanan', 'Kemhan', 'Kemenhan'),
  current('Kementerian Agama', 'Kemenag'),
  current('Kementerian Hukum', 'Kemenkum'),
  current('Kementerian Hak Asasi Manusia', 'Kementerian HAM', 'KemenHAM'),
  current('Kementerian Imigrasi dan Pemasyarakatan', 'Kemenimipas', 'Kementerian Imipas'),
  current('Kementerian Keuangan', 'Kemenkeu'),
  current('Kementerian Pendidikan Dasar dan Menengah', 'Kemendikdasmen'),
  current('Kementerian Pendidikan Tinggi, Sains, dan Teknologi', 'Kemendiktisaintek'),
  current('Kementerian Kebudayaan', 'Kemenbud'),
  current('Kementerian Kesehatan', 'Kemenkes'),
  current('Kementerian Sosial', 'Kemensos'),
  current('Kementerian Ketenagakerjaan', 'Kemnaker', 'Kemenaker'),
  current(
    'Kementerian Pelindungan Pekerja Migran Indonesia/Badan Pelindungan Pekerja Migran Indonesia',
    'KP2MI',
    'KemenP2MI',
    'BP2MI',
  ),
  current('Kementerian Perindustrian', 'Kemenperin'),
  current('Kementerian Perdagangan', 'Kemendag'),
  current('Kementerian Energi dan Sumber Daya Mineral', 'Kementerian ESDM', 'KESDM'),
  current('Kementerian Pekerjaan Umum', 'Kementerian PU', 'KemenPU'),
  current('Kementerian Perumahan dan Kawasan Permukiman', 'Kementerian PKP'),
  current('Kementerian Desa dan Pembangunan Daerah Tertinggal', 'Kemendes PDT', 'Kemendes'),
  current('Kementerian Transmigrasi'),
  current('Kementerian Perhubungan', 'Kemenhub'),
  current('Kementerian Komunikasi dan Digital', 'Komdigi', 'Kemkomdigi'),
  current('Kementerian Pertanian', 'Kementan'),
  current('Kementerian Kehutanan', 'Kemenhut'),
  current('Kementerian Kelautan dan Perikanan', 'KKP'),
  current(
    'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
    'Kementerian ATR/BPN',
    'ATR/BPN',
    'BPN',
  ),
  current(
    'Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional',
    'Kementerian PPN/Bappenas',
    'Bappenas',
  ),
  current(
    'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    'Kementerian PANRB',
    'KemenPANRB',
    'KemenPAN-RB',
  ),
  current('Kementerian Badan Usaha Milik Negara', 'Kementerian BUMN'),
  current(
    'Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional',
    'Kemendukbangga',
    'BKKBN',
  ),
  current(
    'Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup',
    'KLH',
    'Kementerian LH',
    'BPLH',
  ),
  current('Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal', 'BKPM'),
  current('Kementerian Koperasi', 'Kemenkop'),
  current('Kementerian Usaha Mikro, Kecil, dan Menengah', 'Kementerian UMKM'),
  current('Kementerian Pariwisata', 'Kemenpar'),
  current('Kementerian Ekonomi Kreatif/Badan Ekonomi Kreatif', 'Kemenekraf'),
  current('Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', 'KemenPPPA', 'Kementerian PPPA'),
  current('Kementerian Pemuda dan Olahraga', 'Kemenpora'),
];

/**
 * Kabinet Indonesia Maju names that the 2024 reorganisation split, merged or renamed. Only names no
 * longer in force are here; a ministry that kept its name is listed once, as current.
 */
const RETIRED: readonly OfficialBody[] = [
  former(
    'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan',
    'Kemenko Polhukam',
    'Kemenkopolhukam',
  ),
  former('Kementerian Koordinator Bidang Kemaritiman dan Investasi', 'Kemenko Marves', 'Kemenkomarves'),
  former('Kementerian Hukum dan Hak Asasi Manusia', 'Kemenkumham'),
  // Merged in 2021 into the Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi.
  former('Kementerian Pendidikan dan Kebudayaan', 'Kemendikbud'),
  former('Kementerian Riset dan Teknologi/Badan Riset dan Inovasi Nasional', 'Kemenristek'),
  former('Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', 'Kemendikbudristek'),
  former('Kementerian Investasi/Badan Koordinasi Penanaman Modal', 'Kementerian Investasi'),
  former('Kementerian Pekerjaan Umum dan Perumahan Rakyat', 'Kementerian PUPR', 'KemenPUPR'),
  former('Kementerian Lingkungan Hidup dan Kehutanan', 'KLHK'),
  former('Kementerian Komunikasi dan Informatika', 'Kominfo', 'Kemenkominfo', 'Kemkominfo'),
  former('Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', 'Kemendes PDTT'),
  former(
    'Kementerian Pariwisata dan Ekonomi Kreatif/Badan Pariwisata dan Ekonomi Kreatif',
    'Kemenparekraf',
    'Baparekraf',
  ),
  former('Kementerian Koperasi dan Usaha Kecil dan Menengah', 'Kemenkop UKM', 'KemenKopUKM'),
];

/** Current ministries first (coordinating, then the rest), then the retired names. */
export const MINISTRIES: readonly OfficialBody[] = [...COORDINATING, ...PORTFOLIO, ...RETIRED];

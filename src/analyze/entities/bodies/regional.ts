// Regional government bodies: the local governments and legislatures themselves, and the nomenclature
// of perangkat daerah (the secretariats, inspectorate, badan and dinas every province, regency and
// city sets up) as PP No. 18 Tahun 2016 tentang Perangkat Daerah, as amended by PP No. 72 Tahun 2019,
// and Permendagri No. 99 Tahun 2018 tentang Pembinaan dan Pengendalian Penataan Perangkat Daerah lay
// it down, with the bodies that other laws require of every region (BPBD, Satpol PP, BRIDA).
//
// The entity tagger reads "this word is part of a listed official body" as a feature. These names are
// the bulk of what a regional Humas or Diskominfo reads about, and in text they are followed by the
// region ("Dinkes Kabupaten Garut", "Pemkot Bandung", "DPRD Jawa Barat"): the entries are the names and
// prefixes as written, without a region.
//
// A region names a dinas after the government affairs (urusan) it combines, so the same work appears
// under several names ("Dinas Pariwisata dan Kebudayaan", "Dinas Kebudayaan dan Pariwisata"). Only the
// combinations common enough to have a settled acronym are listed; an acronym whose expansion varies by
// region, or that two dinas share, is left out rather than guessed.
import type { OfficialBody } from './index.ts';

const PP_18_2016 =
  'PP No. 18 Tahun 2016 tentang Perangkat Daerah, sebagaimana diubah dengan PP No. 72 Tahun 2019; ' +
  'Permendagri No. 99 Tahun 2018 tentang Pembinaan dan Pengendalian Penataan Perangkat Daerah';
const UU_PEMDA = 'UU No. 23 Tahun 2014 tentang Pemerintahan Daerah';
const UU_DESA = 'UU No. 6 Tahun 2014 tentang Desa';
const UU_OTSUS_PAPUA =
  'UU No. 21 Tahun 2001 tentang Otonomi Khusus bagi Provinsi Papua, sebagaimana diubah dengan UU No. 2 Tahun 2021';

const regional = (name: string, short: readonly string[], source: string = PP_18_2016): OfficialBody => ({
  name,
  short,
  kind: 'regional',
  source,
});

/** The governments and legislatures; "Pemkot", "Pemkab" and "Pemprov" are written before a region. */
const GOVERNMENTS: readonly OfficialBody[] = [
  regional('Pemerintah Provinsi', ['Pemprov'], UU_PEMDA),
  regional('Pemerintah Kabupaten', ['Pemkab'], UU_PEMDA),
  regional('Pemerintah Kota', ['Pemkot'], UU_PEMDA),
  regional('Pemerintah Daerah', ['Pemda'], UU_PEMDA),
  regional('Pemerintah Desa', ['Pemdes'], UU_DESA),
  regional('Dewan Perwakilan Rakyat Daerah', ['DPRD'], UU_PEMDA),
  // "BPD" is left out: it is as often a regional development bank (Bank Pembangunan Daerah).
  regional('Badan Permusyawaratan Desa', [], UU_DESA),
  regional('Dewan Perwakilan Rakyat Papua', ['DPRP'], UU_OTSUS_PAPUA),
  regional('Majelis Rakyat Papua', ['MRP'], UU_OTSUS_PAPUA),
];

/** The secretariats, inspectorate and badan of PP 18/2016 and the laws that require them. */
const SECRETARIATS_AND_AGENCIES: readonly OfficialBody[] = [
  regional('Sekretariat Daerah', ['Setda']),
  regional('Sekretariat Dewan Perwakilan Rakyat Daerah', ['Sekretariat DPRD', 'Setwan']),
  regional('Inspektorat Daerah', ['Inspektorat']),
  regional('Badan Perencanaan Pembangunan Daerah', ['Bappeda']),
  regional('Badan Pengelolaan Keuangan dan Aset Daerah', ['BPKAD']),
  regional('Badan Pendapatan Daerah', ['Bapenda']),
  regional('Badan Kepegawaian Daerah', ['BKD']),
  regional('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', ['BKPSDM']),
  regional('Badan Kesatuan Bangsa dan Politik', ['Kesbangpol', 'Bakesbangpol']),
  regional(
    'Badan Penanggulangan Bencana Daerah',
    ['BPBD'],
    'UU No. 24 Tahun 2007 tentang Penanggulangan Bencana; Permendagri No. 46 Tahun 2008 tentang Pedoman ' +
      'Organisasi dan Tata Kerja Badan Penanggulangan Bencana Daerah',
  ),
  regional(
    'Badan Riset dan Inovasi Daerah',
    ['BRIDA'],
    'Perpres No. 78 Tahun 2021 tentang Badan Riset dan Inovasi Nasional',
  ),
  regional(
    'Satuan Polisi Pamong Praja',
    ['Satpol PP'],
    'PP No. 16 Tahun 2018 tentang Satuan Polisi Pamong Praja',
  ),
  // PP 72/2019 made the regional hospital a unit of the health office with its own management.
  regional('Rumah Sakit Umum Daerah', ['RSUD']),
];

/** Dinas by the government affairs they carry out. */
const DINAS: readonly OfficialBody[] = [
  regional('Dinas Pendidikan', ['Disdik', 'Dindik']),
  regional('Dinas Pendidikan dan Kebudayaan', ['Disdikbud']),
  regional('Dinas Kesehatan', ['Dinkes']),
  regional('Dinas Pekerjaan Umum dan Penataan Ruang', ['Dinas PUPR']),
  regional('Dinas Perumahan dan Kawasan Permukiman', ['Disperkim']),
  regional('Dinas Sosial', ['Dinsos']),
  regional('Dinas Tenaga Kerja', ['Disnaker']),
  regional('Dinas Tenaga Kerja dan Transmigrasi', ['Disnakertrans']),
  regional('Dinas Kependudukan dan Pencatatan Sipil', ['Disdukcapil', 'Dukcapil']),
  regional('Dinas Komunikasi dan Informatika', ['Diskominfo']),
  regional('Dinas Perhubungan', ['Dishub']),
  regional('Dinas Lingkungan Hidup', ['DLH']),
  regional('Dinas Pemadam Kebakaran', []),
  regional('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', ['DPMPTSP']),
  regional('Dinas Pariwisata', ['Dispar']),
  regional('Dinas Pariwisata dan Kebudayaan', ['Disparbud']),
  regional('Dinas Kebudayaan dan Pariwisata', ['Disbudpar']),
  regional('Dinas Pemuda dan Olahraga', ['Dispora']),
  regional('Dinas Perindustrian dan Perdagangan', ['Disperindag']),
  regional('Dinas Pertanian', ['Distan']),
  regional('Dinas Ketahanan Pangan', []),
  regional('Dinas Kelautan dan Perikanan', ['DKP']),
  regional('Dinas Pemberdayaan Masyarakat dan Desa', ['DPMD']),
  regional('Dinas Pemberdayaan Perempuan dan Perlindungan Anak', ['DP3A']),
  regional('Dinas Pengendalian Penduduk dan Keluarga Berencana', []),
  regional('Dinas Perpustakaan dan Kearsipan', []),
  regional('Dinas Kehutanan', ['Dishut']),
  regional('Dinas Energi dan Sumber Daya Mineral', ['Dinas ESDM']),
  regional('Dinas Perkebunan', ['Disbun']),
];

export const REGIONAL_BODIES: readonly OfficialBody[] = [
  ...GOVERNMENTS,
  ...SECRETARIATS_AND_AGENCIES,
  ...DINAS,
];

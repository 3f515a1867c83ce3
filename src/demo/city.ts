import type { Random } from './random.ts';

// Kota Sukamaju, the demo's fictional city in Priangan Timur: its districts and villages, its river
// and markets, the officials the news quotes, and the residents who complain to reporters. Every
// name is made up; any likeness to a real person is chance.

export interface Person {
  /** As first named in a story, with the honorifics reporters keep: "Ir. Yusuf Hidayat". */
  full: string;
  /** The plain name as the page's entities show it: "Yusuf Hidayat". */
  name: string;
  /** How later sentences name them: "Yusuf". */
  short: string;
  /** The office, as written before the name: "Kepala Dinas PUPR Kota Sukamaju". */
  office: string;
}

const person = (full: string, short: string, office: string): Person => ({
  full,
  name: full
    .replace(/^(?:(?:Hj?|Ir|Drs|Dr|dr)\.\s+)+/g, '')
    .replace(/,.*$/, '')
    .trim(),
  short,
  office,
});

export const CITY_NAME = 'Kota Sukamaju';
export const PROVINCE = 'Jawa Barat';
export const RIVER = 'Sungai Cikaro';

export interface District {
  name: string;
  villages: string[];
}

/** Kecamatan and their kelurahan, loaded into the workspace as its own places. */
export const DISTRICTS: District[] = [
  { name: 'Sukamaju Utara', villages: ['Cibeureum', 'Sukarasa', 'Mekarwangi', 'Pasirjaya'] },
  { name: 'Sukamaju Selatan', villages: ['Cikalang', 'Sindangsari', 'Karanganyar', 'Babakan Hurip'] },
  { name: 'Sukamaju Timur', villages: ['Cipedes', 'Margaluyu', 'Sirnagalih', 'Nagrak'] },
  { name: 'Sukamaju Barat', villages: ['Tanjungsari', 'Cilembang', 'Situgede', 'Panyingkiran'] },
  { name: 'Cibunar', villages: ['Cibunar', 'Sukaresmi', 'Linggajaya', 'Mulyasari'] },
];

export function districtOf(village: string): string {
  return DISTRICTS.find((d) => d.villages.includes(village))?.name ?? DISTRICTS[0].name;
}

/** Streets reporters name in traffic, market and flood stories. */
export const STREETS = [
  'Jalan Siliwangi',
  'Jalan Otto Iskandardinata',
  'Jalan Veteran',
  'Jalan Pahlawan',
  'Jalan Mayor Utarya',
  'Jalan Dewi Sartika',
  'Jalan Cikaro Raya',
  'Jalan Lingkar Timur',
];

export const PLACES = {
  cityHall: 'Balai Kota Sukamaju',
  square: 'Alun-alun Sukamaju',
  market: 'Pasar Cikaro',
  marketTemporary: 'lahan parkir Stadion Wiradadaha',
  landfill: 'TPA Cigintung',
  bridge: 'Jembatan Cikaro',
  ringRoad: 'Jalan Lingkar Timur',
  hospital: 'RSUD dr. Soekardjo Sukamaju',
  stadium: 'Stadion Wiradadaha',
  publicService: 'Mal Pelayanan Publik (MPP) Sukamaju',
  industrialArea: 'Kawasan Industri Cibunar',
  campus: 'Universitas Sukamaju',
};

/** The city's leaders and officials, as the news names them. */
export const OFFICIALS = {
  mayor: person('Arief Wicaksono', 'Arief', 'Wali Kota Sukamaju'),
  viceMayor: person('Dewi Anggraini', 'Dewi', 'Wakil Wali Kota Sukamaju'),
  secretary: person('Drs. Bambang Hermawan, M.Si.', 'Bambang', 'Sekretaris Daerah Kota Sukamaju'),
  publicWorks: person('Ir. Yusuf Hidayat', 'Yusuf', 'Kepala Dinas PUPR Kota Sukamaju'),
  health: person('dr. Lestari Handayani', 'Lestari', 'Kepala Dinas Kesehatan Kota Sukamaju'),
  disaster: person('Dedi Supriatna', 'Dedi', 'Kepala Pelaksana BPBD Kota Sukamaju'),
  environment: person('Asep Saepudin', 'Asep', 'Kepala Dinas Lingkungan Hidup Kota Sukamaju'),
  education: person('Drs. Hendra Gunawan', 'Hendra', 'Kepala Dinas Pendidikan Kota Sukamaju'),
  civilPolice: person('Agus Setiawan', 'Agus', 'Kepala Satpol PP Kota Sukamaju'),
  trade: person('Nurhayati', 'Nurhayati', 'Kepala Dinas Perdagangan dan Perindustrian Kota Sukamaju'),
  investment: person('Rudi Hartono', 'Rudi', 'Kepala DPMPTSP Kota Sukamaju'),
  cooperatives: person('Teti Rohaeti', 'Teti', 'Kepala Dinas Koperasi dan UKM Kota Sukamaju'),
  personnel: person('Yudi Permana', 'Yudi', 'Kepala BKPSDM Kota Sukamaju'),
  organisation: person('Rini Marliani', 'Rini', 'Kepala Bagian Organisasi Setda Kota Sukamaju'),
  communication: person('Ahmad Fauzi', 'Fauzi', 'Kepala Diskominfo Kota Sukamaju'),
  tourism: person('Budi Rahayu', 'Budi', 'Kepala Dinas Pariwisata dan Kebudayaan Kota Sukamaju'),
  northCamat: person('Iwan Kustiawan', 'Iwan', 'Camat Sukamaju Utara'),
  cibeureumLurah: person('Eka Permana', 'Eka', 'Lurah Cibeureum'),
};

export const COUNCIL = {
  speaker: person('H. Ujang Sobari', 'Ujang', 'Ketua DPRD Kota Sukamaju'),
  infrastructure: person('Taufik Rahman', 'Taufik', 'Ketua Komisi III DPRD Kota Sukamaju'),
  welfare: person('Hj. Euis Sukaesih', 'Euis', 'Ketua Komisi IV DPRD Kota Sukamaju'),
  economy: person('Dodi Kurniawan', 'Dodi', 'Ketua Komisi II DPRD Kota Sukamaju'),
  opposition: person('Wawan Setiadi', 'Wawan', 'anggota Fraksi Gerakan Rakyat DPRD Kota Sukamaju'),
  budget: person('Heri Kuswara', 'Heri', 'Wakil Ketua Badan Anggaran DPRD Kota Sukamaju'),
};

export const VOICES = {
  riverForum: person('Yayan Sopyan', 'Yayan', 'Koordinator Forum Warga Peduli Sungai Cikaro'),
  watchdog: person('Fikri Maulana', 'Fikri', 'Direktur Sukamaju Budget Watch'),
  academic: person('Dr. Irma Yulianti', 'Irma', 'pengamat kebijakan publik dari Universitas Sukamaju'),
  environmentalist: person('Dadang Sutisna', 'Dadang', 'Ketua Forum Lingkungan Hidup Priangan'),
  economist: person('Dr. Hadi Purnomo', 'Hadi', 'ekonom Politeknik Negeri Priangan'),
  epidemiologist: person(
    'dr. Ratih Kusumawardani',
    'Ratih',
    'epidemiolog Fakultas Kedokteran Universitas Priangan',
  ),
  construction: person('Ir. Joko Santoso', 'Joko', 'pengamat konstruksi dari Institut Teknologi Priangan'),
  vendors: person('Ade Supriatna', 'Ade', 'Ketua Paguyuban PKL Alun-alun Sukamaju'),
  smallBusiness: person('Neng Sulastri', 'Neng', 'Ketua Asosiasi UMKM Kota Sukamaju'),
  culture: person('Abah Engkus Kuswara', 'Engkus', 'budayawan Sukamaju'),
  serviceWatch: person(
    'Gunawan Sasmita',
    'Gunawan',
    'Koordinator Masyarakat Pemantau Pelayanan Publik Sukamaju',
  ),
  traders: person('H. Endang Rusmana', 'Endang', 'Ketua Paguyuban Pedagang Pasar Cikaro'),
  business: person('Hendrawan Susilo', 'Hendrawan', 'Ketua Kadin Kota Sukamaju'),
  parents: person('Rahmat Hidayat', 'Rahmat', 'Ketua Forum Orang Tua Siswa Kota Sukamaju'),
};

/** The contractor whose delays the bridge stories follow. */
export const CONTRACTOR = 'PT Karya Bangun Priangan';

export interface Resident {
  name: string;
  short: string;
  /** How the story introduces them: "warga RT 03/RW 05", "pedagang sayur". */
  role: string;
}

const FIRST = [
  'Siti Aminah',
  'Usep Komarudin',
  'Enok Suryani',
  'Dadan Hamdani',
  'Neneng Rohaeti',
  'Cecep Supriadi',
  'Iis Nurjanah',
  'Aep Saefulloh',
  'Tati Sumiati',
  'Jajang Nurjaman',
  'Eha Kurniasih',
  'Oman Abdurahman',
  'Yati Suryati',
  'Deden Mulyana',
  'Nining Kurniati',
  'Agah Mulyadi',
  'Popon Rosmiati',
  'Engkos Kosasih',
  'Lilis Suryani',
  'Dede Rohmat',
  'Imas Masitoh',
  'Wahyu Nugraha',
  'Rina Agustina',
  'Tatang Sutarman',
];

const JOBS = [
  'ibu rumah tangga',
  'pedagang sayur',
  'pengemudi ojek daring',
  'buruh bangunan',
  'pemilik warung',
  'pensiunan guru',
  'karyawan swasta',
  'penjahit',
  'tukang parkir',
  'pedagang bakso',
];

/** A resident a story quotes, with the RT/RW or job reporters give. */
export function resident(rng: Random, rt: number, rw: number): Resident {
  const name = rng.pick(FIRST);
  const short = name.split(' ')[0];
  const role = rng.pick([`warga RT ${two(rt)}/RW ${two(rw)}`, rng.pick(JOBS), `warga RW ${two(rw)}`]);
  return { name, short, role };
}

const two = (n: number) => String(n).padStart(2, '0');

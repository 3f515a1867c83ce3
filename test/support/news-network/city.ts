// The fictional Kota Sukamaju: its officials, agencies (OPD), districts, streets and people.

export interface Official {
  name: string;
  /** How a second mention names them: usually one short name. */
  short: string;
  title: string;
}

export interface Agency {
  short: string;
  long: string;
  head: Official;
}

export const CITY = 'Kota Sukamaju';
export const PROVINCE = 'Jawa Barat';

export const MAYOR: Official = { name: 'Arief Wicaksono', short: 'Arief', title: 'Wali Kota Sukamaju' };
export const VICE_MAYOR: Official = {
  name: 'Nurlaela Sari',
  short: 'Nurlaela',
  title: 'Wakil Wali Kota Sukamaju',
};
export const SECRETARY: Official = {
  name: 'Bambang Hermawan',
  short: 'Bambang',
  title: 'Sekretaris Daerah (Sekda) Kota Sukamaju',
};
export const COUNCIL_CHAIR: Official = {
  name: 'Asep Saepudin',
  short: 'Asep',
  title: 'Ketua DPRD Kota Sukamaju',
};

function agency(short: string, long: string, headTitle: string, name: string, shortName: string): Agency {
  return { short, long, head: { name, short: shortName, title: `${headTitle} Kota Sukamaju` } };
}

export const AGENCIES = {
  pupr: agency(
    'Dinas PUPR',
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    'Kepala Dinas PUPR',
    'Dedi Kurniawan',
    'Dedi',
  ),
  dinkes: agency('Dinkes', 'Dinas Kesehatan', 'Kepala Dinas Kesehatan', 'Rina Marlina', 'Rina'),
  bpbd: agency(
    'BPBD',
    'Badan Penanggulangan Bencana Daerah',
    'Kepala Pelaksana BPBD',
    'Yusuf Hidayat',
    'Yusuf',
  ),
  disdik: agency('Disdik', 'Dinas Pendidikan', 'Kepala Dinas Pendidikan', 'Euis Komariah', 'Euis'),
  dinsos: agency('Dinsos', 'Dinas Sosial', 'Kepala Dinas Sosial', 'Hendra Saputra', 'Hendra'),
  dlh: agency('DLH', 'Dinas Lingkungan Hidup', 'Kepala DLH', 'Agus Salim Nasution', 'Agus'),
  disperindag: agency(
    'Disperindag',
    'Dinas Perindustrian dan Perdagangan',
    'Kepala Disperindag',
    'Wahyu Pratama',
    'Wahyu',
  ),
  diskopukm: agency('Diskopukm', 'Dinas Koperasi dan Usaha Mikro', 'Kepala Diskopukm', 'Siti Rohmah', 'Siti'),
  bapenda: agency('Bapenda', 'Badan Pendapatan Daerah', 'Kepala Bapenda', 'Irwan Setiadi', 'Irwan'),
  bappeda: agency(
    'Bappeda',
    'Badan Perencanaan Pembangunan Daerah',
    'Kepala Bappeda',
    'Teguh Santoso',
    'Teguh',
  ),
  pdam: agency(
    'Perumda Air Minum Tirta Sukamaju',
    'Perumda Air Minum Tirta Sukamaju',
    'Direktur Utama Perumda Air Minum Tirta Sukamaju',
    'Ridwan Fauzi',
    'Ridwan',
  ),
  dpmptsp: agency(
    'DPMPTSP',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'Kepala DPMPTSP',
    'Lina Herlina',
    'Lina',
  ),
  satpolpp: agency(
    'Satpol PP',
    'Satuan Polisi Pamong Praja',
    'Kepala Satpol PP',
    'Rahmat Hidayatullah',
    'Rahmat',
  ),
  disparbud: agency(
    'Disparbud',
    'Dinas Pariwisata dan Kebudayaan',
    'Kepala Disparbud',
    'Dewi Anggraeni',
    'Dewi',
  ),
  damkar: agency(
    'Damkar',
    'Dinas Pemadam Kebakaran dan Penyelamatan',
    'Kepala Dinas Damkar',
    'Sutrisno',
    'Sutrisno',
  ),
  diskominfo: agency(
    'Diskominfo',
    'Dinas Komunikasi dan Informatika',
    'Kepala Diskominfo',
    'Yanti Sumarni',
    'Yanti',
  ),
} satisfies Record<string, Agency>;

export type AgencyKey = keyof typeof AGENCIES;

export const DISTRICTS: { name: string; villages: string[] }[] = [
  { name: 'Sukamaju Utara', villages: ['Cipaku', 'Sindangsari', 'Margajaya', 'Sukaluyu'] },
  { name: 'Sukamaju Selatan', villages: ['Karangmulya', 'Nagrak', 'Cibodas', 'Pasirlaja'] },
  { name: 'Cibeureum Hilir', villages: ['Cibeureum', 'Kujangsari', 'Setiamulya', 'Leuwigajah'] },
  { name: 'Karanganyar', villages: ['Karanganyar', 'Tegalsari', 'Sumberjaya', 'Mekarsari'] },
  { name: 'Tanjungsari', villages: ['Tanjungsari', 'Gunungtandala', 'Cilembang', 'Sukarasa'] },
  { name: 'Pasirjati', villages: ['Pasirjati', 'Bojongloa', 'Cikadu', 'Rancabali'] },
  { name: 'Mekarwangi', villages: ['Mekarwangi', 'Sukawening', 'Jatiluhur', 'Babakan'] },
  { name: 'Sindangrasa', villages: ['Sindangrasa', 'Cisalak', 'Panyingkiran', 'Kersamenak'] },
];

export const STREETS = [
  'Jalan Merdeka',
  'Jalan Ahmad Yani',
  'Jalan Siliwangi',
  'Jalan Pahlawan',
  'Jalan Veteran',
  'Jalan Raya Cikaret',
  'Jalan Otto Iskandardinata',
  'Jalan Dewi Sartika',
  'Jalan Sudirman',
  'Jalan Gatot Subroto',
  'Jalan Juanda',
  'Jalan Kapten Tendean',
  'Jalan Raya Tanjungsari',
  'Jalan Lingkar Selatan',
  'Jalan Pasar Baru',
  'Jalan Cilembang',
  'Jalan Mayor Suherman',
  'Jalan RE Martadinata',
  'Jalan Letjen Mashudi',
  'Jalan Bojongloa',
  'Jalan Panglayungan',
  'Jalan Tentara Pelajar',
  'Jalan Raya Mekarwangi',
  'Jalan KH Zainal Mustafa',
];

export const RIVERS = ['Sungai Cilayang', 'Sungai Cibeureum', 'Sungai Cikaret', 'Sungai Ciwulan Hilir'];
export const MARKETS = [
  'Pasar Induk Sukamaju',
  'Pasar Cikaret',
  'Pasar Pancasila',
  'Pasar Tanjungsari',
  'Pasar Mekarwangi',
];
export const VENUES = [
  'Balai Kota Sukamaju',
  'Gedung DPRD Kota Sukamaju',
  'Pendopo Wali Kota',
  'Aula Bappeda',
  'Gedung Creative Center Sukamaju',
  'Alun-alun Sukamaju',
  'Taman Kota Dadaha',
  'Mal Pelayanan Publik Sukamaju',
  'Gedung Olahraga Sindangrasa',
];

export const FIRST_NAMES = [
  'Ahmad',
  'Budi',
  'Cecep',
  'Dadang',
  'Endang',
  'Fitri',
  'Gilang',
  'Hana',
  'Iwan',
  'Joko',
  'Kartika',
  'Lukman',
  'Maya',
  'Nanang',
  'Oktaviani',
  'Putri',
  'Rizky',
  'Santi',
  'Tatang',
  'Ujang',
  'Vina',
  'Wawan',
  'Yayan',
  'Zulkifli',
  'Asep',
  'Neneng',
  'Dodi',
  'Ratih',
  'Slamet',
  'Imas',
  'Fajar',
  'Lestari',
  'Hendi',
  'Yuyun',
  'Bagus',
  'Mulyani',
  'Rudi',
  'Ani',
  'Taufik',
  'Nining',
];

export const LAST_NAMES = [
  'Sutisna',
  'Permana',
  'Hidayat',
  'Nugraha',
  'Kusnadi',
  'Suryana',
  'Setiawan',
  'Rahayu',
  'Gunawan',
  'Pangaribuan',
  'Siregar',
  'Wijaya',
  'Saputra',
  'Maulana',
  'Hermawan',
  'Fauziah',
  'Ramdani',
  'Lubis',
  'Kurnia',
  'Sulastri',
  'Firmansyah',
  'Purnama',
  'Mulyadi',
  'Anggraini',
  'Rosita',
  'Syahputra',
  'Wulandari',
  'Suhendar',
  'Nasution',
  'Handayani',
];

export const FACTIONS = [
  'Fraksi Gerakan Maju',
  'Fraksi Kebangkitan Nusantara',
  'Fraksi Bintang Keadilan',
  'Fraksi Demokrasi Pembaruan',
  'Fraksi Amanat Sejahtera',
  'Fraksi Karya Persatuan',
];

export const COMMISSIONS = ['Komisi I', 'Komisi II', 'Komisi III', 'Komisi IV'];

export const OCCUPATIONS = [
  'pedagang sayur',
  'ibu rumah tangga',
  'pengemudi ojek daring',
  'guru honorer',
  'pemilik warung',
  'buruh pabrik',
  'ketua RW setempat',
  'pelajar SMA',
  'petani',
  'karyawan swasta',
  'pensiunan',
  'perajin bambu',
];

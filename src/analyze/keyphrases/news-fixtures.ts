// Indonesian regional news written for Pantau's analysis tests and benchmark (fictional city of
// Sukamaju): two floods a month apart, a road repair in the same kecamatan, a corruption case
// followed over five stories and a social-aid story.

export interface NewsFixture {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  outlet: string;
  tone: 'positive' | 'negative' | 'neutral';
  entities: { canonical: string; type: string }[];
}

const CIBEUREUM = { canonical: 'Kecamatan Cibeureum', type: 'LOC' };
const SUKAMAJU = { canonical: 'Kota Sukamaju', type: 'LOC' };
const ARIEF = { canonical: 'Arief Wicaksono', type: 'PER' };
const KEJARI = { canonical: 'Kejaksaan Negeri Sukamaju', type: 'ORG' };
const HENDRA = { canonical: 'Hendra Gunawan', type: 'PER' };
const KONI = { canonical: 'KONI Sukamaju', type: 'ORG' };

export const FLOOD_MARCH: NewsFixture = {
  id: 'banjir-maret',
  title: 'Banjir Rendam Ratusan Rumah di Kecamatan Cibeureum',
  publishedAt: '2025-03-03T08:00:00+07:00',
  outlet: 'Kabar Sukamaju',
  tone: 'negative',
  entities: [CIBEUREUM, SUKAMAJU, ARIEF, { canonical: 'BPBD Kota Sukamaju', type: 'ORG' }],
  text: `SUKAMAJU, KABAR — Banjir merendam ratusan rumah warga di Kecamatan Cibeureum, Kota Sukamaju, Senin (3/3/2025) dini hari. Hujan deras sejak Minggu sore membuat Sungai Cikapundung meluap.
Ketinggian air di permukiman warga mencapai satu meter. Sebanyak 312 rumah terendam banjir dan 540 jiwa mengungsi ke masjid dan balai kelurahan.
Kepala BPBD Kota Sukamaju, Dedi Supriatna, mengatakan petugas sudah mengevakuasi warga lanjut usia dan anak-anak sejak pukul 02.00 WIB. "Kami menyiapkan perahu karet dan dapur umum untuk pengungsi," ujarnya.
Baca juga: Cuaca Ekstrem, BMKG Minta Warga Waspada
Wali Kota Sukamaju Arief Wicaksono meninjau lokasi banjir pada Senin pagi. Ia meminta dinas terkait segera menyalurkan bantuan logistik bagi pengungsi banjir.
Menurut warga, banjir kali ini lebih parah dibanding tahun lalu karena saluran drainase tersumbat sampah. Warga berharap pemerintah segera menormalisasi Sungai Cikapundung agar banjir tidak terulang.
Foto: Warga mengungsi menggunakan perahu karet di Kecamatan Cibeureum.`,
};

export const FLOOD_APRIL: NewsFixture = {
  id: 'banjir-april',
  title: 'Cibeureum Kembali Dilanda Banjir, Warga Mengungsi',
  publishedAt: '2025-04-07T09:30:00+07:00',
  outlet: 'Sukamaju Ekspres',
  tone: 'negative',
  entities: [CIBEUREUM, SUKAMAJU, { canonical: 'BPBD Kota Sukamaju', type: 'ORG' }],
  text: `SUKAMAJU — Banjir kembali melanda Kecamatan Cibeureum setelah hujan lebat mengguyur Kota Sukamaju selama enam jam, Senin (7/4/2025).
Air setinggi 80 sentimeter merendam permukiman di tiga kelurahan. BPBD Kota Sukamaju mencatat 150 rumah terendam banjir dan sekitar 200 warga mengungsi.
Petugas BPBD mendirikan tenda pengungsian di halaman kantor kecamatan. Bantuan makanan siap saji dan selimut dibagikan kepada pengungsi banjir.
Warga mengeluhkan banjir yang terus berulang meski pemerintah sudah berjanji menormalisasi sungai. "Baru sebulan lalu kami mengungsi, sekarang banjir lagi," kata Yati, warga Cibeureum.`,
};

export const ROAD_REPAIR: NewsFixture = {
  id: 'perbaikan-jalan',
  title: 'Dinas PUPR Mulai Perbaikan Jalan Rusak di Cibeureum',
  publishedAt: '2025-03-05T10:00:00+07:00',
  outlet: 'Sukamaju Ekspres',
  tone: 'positive',
  entities: [CIBEUREUM, SUKAMAJU, { canonical: 'Dinas PUPR Kota Sukamaju', type: 'ORG' }],
  text: `Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Sukamaju memulai perbaikan jalan rusak di Kecamatan Cibeureum, Rabu (5/3/2025).
Perbaikan jalan sepanjang 2,4 kilometer itu menelan anggaran Rp 3,2 miliar dari APBD 2025. Pengerjaan meliputi pengaspalan ulang, pelebaran bahu jalan dan pembangunan trotoar.
Kepala Dinas PUPR, Rudi Hartono, menjelaskan jalan tersebut rusak parah akibat dilintasi truk bermuatan berat. "Target kami perbaikan jalan selesai dalam 60 hari kalender," katanya.
Warga menyambut baik perbaikan jalan itu. Selama ini jalan berlubang kerap memicu kecelakaan pengendara sepeda motor, terutama pada malam hari.
Selama pengerjaan, kendaraan dialihkan melalui jalan lingkungan. Dinas Perhubungan menempatkan petugas untuk mengatur arus lalu lintas.`,
};

const corruption = (n: number, day: string, title: string, text: string): NewsFixture => ({
  id: `korupsi-hibah-${n}`,
  title,
  publishedAt: `2025-05-${day}T11:00:00+07:00`,
  outlet: ['Kabar Sukamaju', 'Sukamaju Ekspres', 'Radar Priangan'][n % 3],
  tone: 'negative',
  entities: [KEJARI, HENDRA, KONI, SUKAMAJU],
  text,
});

export const CORRUPTION_CASE: NewsFixture[] = [
  corruption(
    1,
    '06',
    'Kejari Sukamaju Selidiki Dugaan Korupsi Dana Hibah KONI',
    `Kejaksaan Negeri Sukamaju menyelidiki dugaan korupsi dana hibah KONI Sukamaju tahun anggaran 2023. Dana hibah senilai Rp 4,5 miliar itu diduga tidak digunakan sesuai peruntukan.
Kepala Seksi Intelijen Kejari Sukamaju mengatakan penyidik sudah memeriksa sepuluh saksi, termasuk bendahara KONI. "Kami menemukan indikasi laporan pertanggungjawaban fiktif," ujarnya.
Penyelidikan dugaan korupsi dana hibah ini berawal dari laporan masyarakat dan temuan Badan Pemeriksa Keuangan.`,
  ),
  corruption(
    2,
    '09',
    'Ketua KONI Sukamaju Diperiksa Kejari soal Dana Hibah',
    `Ketua KONI Sukamaju Hendra Gunawan memenuhi panggilan penyidik Kejaksaan Negeri Sukamaju, Jumat (9/5/2025). Ia diperiksa selama delapan jam terkait dugaan korupsi dana hibah KONI.
Hendra Gunawan membantah menyalahgunakan dana hibah. "Semua penggunaan dana hibah ada laporannya," kata Hendra kepada wartawan usai pemeriksaan.
Penyidik Kejari Sukamaju menyita sejumlah dokumen pertanggungjawaban dana hibah dari sekretariat KONI.`,
  ),
  corruption(
    3,
    '14',
    'Kejari Tetapkan Ketua KONI Sukamaju Tersangka Korupsi Dana Hibah',
    `Kejaksaan Negeri Sukamaju menetapkan Ketua KONI Sukamaju Hendra Gunawan sebagai tersangka korupsi dana hibah, Rabu (14/5/2025).
Kepala Kejari Sukamaju menyebut kerugian negara akibat korupsi dana hibah tersebut mencapai Rp 1,8 miliar berdasarkan audit BPKP. Tersangka langsung ditahan di Rutan Kelas IIB Sukamaju selama 20 hari.
Penyidik juga membuka kemungkinan tersangka lain dalam perkara dana hibah KONI.`,
  ),
  corruption(
    4,
    '20',
    'Tersangka Korupsi Hibah KONI Kembalikan Rp 500 Juta',
    `Tersangka korupsi dana hibah KONI Sukamaju, Hendra Gunawan, mengembalikan uang Rp 500 juta kepada penyidik Kejaksaan Negeri Sukamaju, Selasa (20/5/2025).
Kuasa hukum tersangka menyebut pengembalian itu bentuk itikad baik kliennya. Namun Kejari Sukamaju menegaskan pengembalian kerugian negara tidak menghapus pidana korupsi.
Penyidik masih melengkapi berkas perkara dana hibah sebelum dilimpahkan ke pengadilan.`,
  ),
  corruption(
    5,
    '27',
    'Berkas Perkara Dana Hibah KONI Sukamaju Dinyatakan Lengkap',
    `Berkas perkara korupsi dana hibah KONI Sukamaju dengan tersangka Hendra Gunawan dinyatakan lengkap atau P21, Selasa (27/5/2025).
Kejaksaan Negeri Sukamaju segera melimpahkan berkas dan tersangka ke Pengadilan Tipikor Bandung. Jaksa penuntut umum menyiapkan dakwaan atas kerugian negara Rp 1,8 miliar dari dana hibah tersebut.
Sidang perdana kasus korupsi dana hibah KONI diperkirakan digelar bulan depan.`,
  ),
];

export const SOCIAL_AID: NewsFixture = {
  id: 'bansos',
  title: 'Pemkot Sukamaju Salurkan Bantuan Sosial kepada 12.000 Keluarga',
  publishedAt: '2025-05-12T08:00:00+07:00',
  outlet: 'Radar Priangan',
  tone: 'positive',
  entities: [SUKAMAJU, ARIEF, { canonical: 'Dinas Sosial Kota Sukamaju', type: 'ORG' }],
  text: `SUKAMAJU (PANTAU) - Pemerintah Kota Sukamaju menyalurkan bantuan sosial berupa beras dan uang tunai kepada 12.000 keluarga penerima manfaat, Senin (12/5/2025).
Wali Kota Sukamaju Arief Wicaksono menyerahkan bantuan sosial secara simbolis di Pasar Cibeureum. Ia meminta penyaluran bantuan sosial tepat sasaran dan bebas pungutan liar.
Kepala Dinas Sosial menjelaskan data penerima bantuan sosial sudah dimutakhirkan bersama kelurahan. Warga yang belum terdaftar dapat melapor ke kantor kelurahan masing-masing.
Penyaluran bantuan sosial tahap berikutnya dijadwalkan pada Juli mendatang. Pedagang Pasar Cibeureum menyambut baik program tersebut karena daya beli warga ikut terdorong.`,
};

export const ALL_FIXTURES: NewsFixture[] = [
  FLOOD_MARCH,
  ROAD_REPAIR,
  FLOOD_APRIL,
  ...CORRUPTION_CASE,
  SOCIAL_AID,
];

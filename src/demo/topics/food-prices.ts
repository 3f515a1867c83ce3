// Food prices: a staple going up at the wholesale market, the city's cheap-food markets, and the
// inflation team's meetings — each time another commodity, another cause, another place.
import { type Book, writeFromBook } from '../book.ts';
import { OFFICIALS, VOICES } from '../city.ts';
import { decimal, thousands } from '../prose.ts';
import type { Random } from '../random.ts';
import type { Topic } from '../story.ts';

const { trade } = OFFICIALS;

interface Commodity {
  name: string;
  unit: string;
  /** Usual price in rupiah per unit; a rise adds 10–45 %. */
  usual: number;
}

const COMMODITIES: Commodity[] = [
  { name: 'cabai rawit merah', unit: 'kilogram', usual: 55_000 },
  { name: 'cabai merah keriting', unit: 'kilogram', usual: 42_000 },
  { name: 'bawang merah', unit: 'kilogram', usual: 36_000 },
  { name: 'bawang putih', unit: 'kilogram', usual: 38_000 },
  { name: 'beras medium', unit: 'kilogram', usual: 13_500 },
  { name: 'beras premium', unit: 'kilogram', usual: 15_500 },
  { name: 'telur ayam ras', unit: 'kilogram', usual: 27_000 },
  { name: 'daging ayam ras', unit: 'kilogram', usual: 36_000 },
  { name: 'minyak goreng curah', unit: 'liter', usual: 16_500 },
  { name: 'gula pasir', unit: 'kilogram', usual: 17_500 },
  { name: 'tomat', unit: 'kilogram', usual: 12_000 },
];

const CAUSES = [
  'cuaca buruk di daerah sentra produksi',
  'berkurangnya pasokan dari Garut dan Ciamis',
  'tingginya permintaan menjelang libur panjang',
  'gagal panen di sejumlah sentra',
  'naiknya ongkos angkut dari luar daerah',
  'hujan yang membuat petani menunda panen',
];

const VENUES = [
  'halaman Balai Kota Sukamaju',
  'GOR Sukamaju',
  'Kantor Kecamatan Cibunar',
  'Kantor Kecamatan Sukamaju Timur',
  'Kantor Kecamatan Sukamaju Barat',
  'Lapangan Dadaha',
];

const rupiahPer = (n: number) => thousands(Math.round(n / 500) * 500);

function prices(rng: Random) {
  const [main, other] = rng.sample(COMMODITIES, 2);
  const rise = 1.1 + rng.next() * 0.35;
  return {
    commodity: main.name,
    unit: main.unit,
    price: rupiahPer(main.usual * rise),
    before: rupiahPer(main.usual),
    percent: Math.round((rise - 1) * 100),
    other: other.name,
    otherPrice: rupiahPer(other.usual * (1 + rng.next() * 0.15)),
    otherUnit: other.unit,
    cause: rng.pick(CAUSES),
    venue: rng.pick(VENUES),
    packages: thousands(rng.int(2, 6) * 1000),
    cheap: rupiahPer(main.usual * 0.85),
    inflation: decimal(rng.int(21, 34) / 10),
    pedagang: rng.int(18, 45),
  };
}

const BOOK: Book = {
  issue: 'harga-pangan',
  sections: ['Ekonomi', 'Daerah'],
  tags: ['harga pangan', 'inflasi', '{commodity}'],
  where: ['di Pasar Induk Sukamaju', 'usai rapat TPID', 'di kantornya', 'di sela pemantauan harga'],
  background: [
    'Tim Pengendali Inflasi Daerah (TPID) Kota Sukamaju rutin memantau harga bahan pokok di pasar-pasar tradisional.',
    'Inflasi Kota Sukamaju pada bulan lalu tercatat {inflation} persen secara tahunan.',
    'Cabai, bawang, dan beras kerap menjadi penyumbang utama inflasi di Kota Sukamaju.',
    'Sebagian besar pasokan sayuran ke Sukamaju datang dari sentra di Garut, Ciamis, dan Majalengka.',
    'Harga {other} di tingkat pengecer kini berada di kisaran Rp {otherPrice} per {otherUnit}.',
    'Dinas Perdagangan mencatat harga harian di Pasar Induk Sukamaju dan mengunggahnya ke laman resmi Pemkot.',
  ],
  slots: ({ rng }) => prices(rng),
  phases: {
    naik: {
      tone: 'negative',
      headlines: [
        'Harga {commodity} di Sukamaju Tembus Rp {price} per {unit}',
        'Harga {commodity} Naik {percent} Persen, Pedagang dan Pembeli Mengeluh',
        '{commodity} Makin Mahal, Ibu Rumah Tangga Sukamaju Kurangi Belanja',
        'Pasokan Seret, Harga {commodity} di Pasar Induk Sukamaju Melonjak',
        'Harga {commodity} Merangkak Naik, Warga Sukamaju Menjerit',
      ],
      leads: [
        'Harga {commodity} di Pasar Induk Sukamaju melonjak hingga Rp {price} per {unit} pada {day}, naik {percent} persen dibanding pekan lalu.',
        'Kenaikan harga {commodity} dalam sepekan terakhir membuat pedagang dan pembeli di Kota Sukamaju mengeluh. Di tingkat pengecer, harganya kini Rp {price} per {unit}.',
        'Pedagang di Pasar Induk Sukamaju menyebut kenaikan harga {commodity} dipicu {cause}. Pada {day}, harganya mencapai Rp {price} per {unit}.',
        'Harga {commodity} yang sebelumnya Rp {before} per {unit} kini naik menjadi Rp {price} di pasar tradisional Kota Sukamaju.',
      ],
      facts: [
        'Kenaikan harga disebut dipicu {cause}.',
        'Harga {other} ikut terkerek dan kini dijual Rp {otherPrice} per {otherUnit}.',
        'Sejumlah pembeli memilih mengurangi jumlah belanjaan.',
        'Pedagang warung makan mulai menaikkan harga menu atau mengurangi porsi.',
        'Dari {pedagang} lapak {commodity} di pasar itu, sebagian mengaku stoknya tinggal separuh.',
        'Pedagang mengaku terpaksa mengambil untung lebih tipis agar pelanggan tidak lari.',
        'Pasokan yang biasanya datang setiap pagi kini hanya tiba dua hari sekali.',
        'Petugas Dinas Perdagangan terlihat mendata harga di sejumlah lapak.',
      ],
      officials: [
        [
          trade,
          'Kenaikan ini karena pasokan berkurang. Kami sudah koordinasi dengan distributor untuk menambah pasokan',
        ],
        [trade, 'Stok di gudang Bulog aman untuk tiga bulan ke depan, warga tidak perlu memborong'],
        [trade, 'Kami pantau harga setiap hari. Kalau kenaikan berlanjut, operasi pasar akan kami gelar'],
      ],
      voices: [
        ['resident', 'Sekarang beli {commodity} seperempat saja harus mikir dulu'],
        ['resident', 'Pembeli berkurang, untung tipis, modal terus naik'],
        ['resident', 'Harga naik terus, penghasilan segitu-gitu saja'],
        [
          VOICES.economist,
          'Pemkot harus segera operasi pasar sebelum harga makin tidak terkendali dan menggerus daya beli',
        ],
      ],
      closings: [
        'Dinas Perdagangan akan terus memantau harga harian di pasar-pasar tradisional.',
        'Pedagang memperkirakan harga baru akan turun setelah panen berikutnya.',
        'Warga berharap pemerintah turun tangan sebelum harga naik lebih tinggi.',
      ],
    },
    gpm: {
      tone: 'positive',
      headlines: [
        'Gerakan Pangan Murah di {venue} Diserbu Warga',
        'Pemkot Sukamaju Sediakan {packages} Paket Sembako Murah',
        'Antre Sejak Pagi, Warga Borong {commodity} Murah di Gerakan Pangan Murah',
        '{commodity} Dijual Rp {cheap}, Gerakan Pangan Murah Sukamaju Ludes dalam Tiga Jam',
      ],
      leads: [
        'Pemerintah Kota Sukamaju menggelar Gerakan Pangan Murah di {venue} pada {day} {part} untuk menekan kenaikan harga bahan pokok.',
        'Ratusan warga antre sejak pagi untuk membeli {commodity}, beras, dan minyak goreng dengan harga di bawah pasar dalam Gerakan Pangan Murah di {venue}, {day}.',
        'Sebanyak {packages} paket bahan pokok disiapkan dalam Gerakan Pangan Murah yang digelar Pemkot Sukamaju di {venue}, {day}.',
      ],
      facts: [
        '{commodity} dijual Rp {cheap} per {unit}, lebih murah dibanding harga di pasar.',
        'Setiap warga dibatasi membeli maksimal dua paket.',
        'Gerakan Pangan Murah digelar bergiliran di lima kecamatan.',
        'Kegiatan ini melibatkan Bulog, distributor, dan kelompok tani setempat.',
        'Petugas membagikan nomor antrean agar pembelian berlangsung tertib.',
        'Stok yang disiapkan habis sebelum tengah hari.',
      ],
      officials: [
        [trade, 'Kami ingin memastikan warga tetap bisa membeli kebutuhan pokok dengan harga terjangkau'],
        [trade, 'Stok yang kami siapkan habis sebelum siang. Pekan depan jumlahnya akan kami tambah'],
        [trade, 'Gerakan ini akan terus kami gelar selama harga di pasar belum turun'],
      ],
      voices: [
        ['resident', 'Lumayan sekali, selisihnya bisa untuk beli lauk'],
        ['resident', 'Semoga sering diadakan, apalagi harga sedang naik begini'],
        ['resident', 'Saya datang dari subuh supaya kebagian, alhamdulillah dapat'],
      ],
      closings: [
        'Jadwal Gerakan Pangan Murah berikutnya diumumkan melalui akun media sosial Pemkot.',
        'Pemkot juga membuka layanan pengaduan harga melalui Dinas Perdagangan.',
        'Kegiatan serupa dijadwalkan digelar lagi pekan depan di kecamatan lain.',
      ],
    },
    tpid: {
      tone: 'neutral',
      headlines: [
        'TPID Sukamaju Waspadai Kenaikan Harga {commodity}',
        'Inflasi Sukamaju {inflation} Persen, TPID Siapkan Langkah Antisipasi',
        'Rakor TPID: Pemkot Sukamaju Jajaki Kerja Sama Pasokan {commodity}',
        'TPID Sukamaju Pantau Stok {commodity} dan {other} di Gudang Distributor',
      ],
      leads: [
        'Tim Pengendali Inflasi Daerah (TPID) Kota Sukamaju menggelar rapat koordinasi untuk mengantisipasi kenaikan harga {commodity}, {day}.',
        'Inflasi tahunan Kota Sukamaju tercatat {inflation} persen. TPID menyiapkan sejumlah langkah agar harga {commodity} dan {other} tetap stabil.',
        'TPID Kota Sukamaju memeriksa stok {commodity} dan {other} di sejumlah gudang distributor pada {day} {part}.',
      ],
      facts: [
        'Rapat dihadiri perwakilan Bank Indonesia, Bulog, dan Badan Pusat Statistik.',
        'TPID menjajaki kerja sama pasokan dengan daerah sentra produksi.',
        'Pengawasan distribusi diperketat untuk mencegah penimbunan.',
        'Pemkot juga mendorong warga menanam cabai dan sayuran di pekarangan.',
        'Stok di gudang distributor dinyatakan cukup untuk kebutuhan sebulan.',
        'TPID meminta distributor melaporkan stok setiap pekan.',
      ],
      officials: [
        [trade, 'Kunci pengendalian inflasi ada di pasokan dan distribusi. Kami perkuat dua-duanya'],
        [trade, 'Inflasi harus dijaga supaya daya beli warga tidak tergerus, terutama menjelang hari besar'],
        [trade, 'Kami tidak menemukan penimbunan. Stok {commodity} di distributor masih aman'],
      ],
      voices: [
        [VOICES.economist, 'Kerja sama antardaerah penting, tapi data stok harus akurat dan terbuka'],
        [
          VOICES.economist,
          'Inflasi pangan di daerah seperti Sukamaju sangat dipengaruhi cuaca dan ongkos angkut',
        ],
        ['resident', 'Yang penting harga di pasar tidak naik terus, kami yang belanja tiap hari merasakan'],
      ],
      closings: [
        'TPID akan kembali mengevaluasi perkembangan harga dalam rapat bulan depan.',
        'Pemkot menyiapkan cadangan pangan daerah untuk menghadapi lonjakan harga.',
        'Hasil rapat akan dilaporkan kepada Wali Kota sebagai bahan kebijakan.',
      ],
    },
  },
};

export const foodPrices: Topic = { key: 'harga-pangan', write: (ctx) => writeFromBook(BOOK, ctx) };

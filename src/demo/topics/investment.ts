// Investment: factories breaking ground, quarterly figures, and the public service mall — each
// factory its own investor and product, each report its own period and sectors.
import { type Book, writeFromBook } from '../book.ts';
import { OFFICIALS, PLACES, VOICES } from '../city.ts';
import { decimal, rupiah, thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, investment } = OFFICIALS;

const FACTORIES = [
  { what: 'pabrik garmen', investor: 'PT Sinar Priangan Tekstil', market: 'Eropa dan Amerika Serikat' },
  { what: 'pabrik alas kaki', investor: 'PT Langkah Nusa Footwear', market: 'Jepang dan Korea Selatan' },
  { what: 'pabrik pengolahan kopi', investor: 'PT Kopi Galunggung Lestari', market: 'Timur Tengah' },
  {
    what: 'pusat logistik dan pergudangan',
    investor: 'PT Gudang Priangan Logistik',
    market: 'Jawa Barat bagian timur',
  },
  {
    what: 'pabrik kemasan ramah lingkungan',
    investor: 'PT Hijau Kemas Indonesia',
    market: 'industri makanan dalam negeri',
  },
  { what: 'pabrik makanan ringan', investor: 'PT Rasa Sunda Makmur', market: 'pasar ritel nasional' },
];

const PERIODS = ['triwulan pertama', 'semester pertama', 'triwulan ketiga', 'sepuluh bulan pertama'];
const SECTORS = [
  'perdagangan dan jasa',
  'industri pengolahan',
  'perhotelan dan restoran',
  'pergudangan',
  'kesehatan',
  'pendidikan swasta',
];

const BOOK: Book = {
  issue: 'investasi',
  sections: ['Ekonomi', 'Bisnis'],
  tags: ['investasi', 'DPMPTSP', 'perizinan'],
  where: ['di Balai Kota Sukamaju', 'usai acara', 'di kantornya', 'di lokasi pembangunan'],
  background: [
    'DPMPTSP menargetkan realisasi investasi tahun ini sebesar Rp 2,4 triliun.',
    'Sebagian besar investasi di Kota Sukamaju bergerak di sektor {sector} dan {sector2}.',
    'Perizinan berusaha kini diurus melalui sistem Online Single Submission (OSS) yang terintegrasi dengan daerah.',
    '{industry} dirancang untuk industri ringan dan pergudangan dengan luas sekitar 140 hektare.',
    'Tingkat pengangguran terbuka Kota Sukamaju tercatat {jobless} persen pada survei terakhir.',
    'Pemkot menawarkan insentif keringanan retribusi bagi investor yang menyerap banyak tenaga kerja lokal.',
  ],
  slots: ({ rng }) => {
    const factory = rng.pick(FACTORIES);
    const [sector, sector2] = rng.sample(SECTORS, 2);
    return {
      mpp: PLACES.publicService,
      industry: PLACES.industrialArea,
      factory: factory.what,
      investor: factory.investor,
      exportTo: factory.market,
      value: rupiah(rng.int(14, 23) * 1e11),
      plant: rupiah(rng.int(8, 60) * 1e10),
      workers: thousands(rng.int(8, 15) * 100),
      months: rng.int(12, 24),
      growth: decimal(rng.int(110, 190) / 10),
      period: rng.pick(PERIODS),
      sector,
      sector2,
      permits: thousands(rng.int(900, 2400)),
      jobless: decimal(rng.int(58, 76) / 10),
      services: rng.int(180, 260),
    };
  },
  phases: {
    mpp: {
      tone: 'positive',
      issue: 'mal-pelayanan-publik',
      headlines: [
        '{mpp} Layani {services} Jenis Perizinan',
        'Urus Izin Kini Cukup di Satu Tempat, Warga Antusias Datangi {mpp}',
        'Antrean {mpp} Mengular, DPMPTSP Tambah Loket',
      ],
      leads: [
        '{mpp} kini melayani {services} jenis layanan perizinan dan nonperizinan dalam satu gedung, {day}.',
        'Warga memadati {mpp} sejak pagi pada {day}. DPMPTSP menambah loket untuk mengurai antrean.',
        'Jumlah warga yang memanfaatkan layanan {mpp} terus bertambah sejak gedung itu beroperasi.',
      ],
      facts: [
        'Layanan kependudukan, pajak daerah, BPJS, dan kepolisian tersedia dalam satu gedung.',
        'Warga dapat mengambil nomor antrean secara daring sebelum datang.',
        'Gedung MPP memanfaatkan bekas kantor dinas yang direnovasi.',
        'Rata-rata lebih dari 800 warga dilayani setiap hari.',
        'Pengunjung bisa memantau nomor antrean melalui layar di ruang tunggu.',
      ],
      officials: [
        [mayor, 'Tidak boleh ada lagi warga yang bolak-balik antarkantor hanya untuk satu izin'],
        [investment, 'Standar waktu layanan kami pangkas. Sebagian besar izin selesai di hari yang sama'],
      ],
      voices: [
        ['resident', 'Dulu mengurus izin usaha bisa seminggu, sekarang setengah hari selesai'],
        [VOICES.business, 'Kemudahan perizinan seperti ini yang dibutuhkan pelaku usaha'],
      ],
      closings: [
        'MPP buka Senin hingga Jumat mulai pukul 07.30 hingga 16.00 WIB, dan Sabtu hingga pukul 12.00 WIB.',
        'Pemkot berencana menambah layanan perbankan dan notaris di MPP.',
      ],
      tags: ['Mal Pelayanan Publik'],
    },
    groundbreaking: {
      tone: 'positive',
      issue: 'pabrik-baru',
      headlines: [
        '{investor} Bangun {factory} Senilai {plant} di Sukamaju',
        'Groundbreaking {factory} di {industry}, {workers} Lowongan Kerja Terbuka',
        'Investor Lirik Sukamaju, {factory} Segera Berdiri di Cibunar',
        '{factory} Senilai {plant} Mulai Dibangun, Warga Sukamaju Diprioritaskan',
      ],
      leads: [
        'Peletakan batu pertama pembangunan {factory} milik {investor} senilai {plant} digelar di {industry} pada {day} {part}.',
        'Pembangunan {factory} oleh {investor} di {industry} diharapkan membuka sekitar {workers} lapangan kerja baru bagi warga Kota Sukamaju.',
        '{investor} resmi memulai pembangunan {factory} di Kota Sukamaju, {day}. Investasinya ditaksir mencapai {plant}.',
      ],
      facts: [
        'Fasilitas itu ditargetkan mulai beroperasi dalam {months} bulan.',
        'Investor berkomitmen memprioritaskan tenaga kerja lokal.',
        'Hasil produksinya sebagian akan dipasarkan ke {exportTo}.',
        'Pemkot menyiapkan pelatihan kerja melalui balai latihan kerja milik daerah.',
        'Pembangunan tahap pertama meliputi gedung produksi dan instalasi pengolahan limbah.',
        'Perizinan berusaha proyek itu diselesaikan melalui sistem OSS.',
      ],
      officials: [
        [mayor, 'Investasi ini harus berdampak langsung bagi warga. Saya minta warga Sukamaju diutamakan'],
        [investment, 'Perizinannya kami kawal sejak awal, semuanya selesai kurang dari tiga bulan'],
        [investment, 'Kami pastikan kajian lingkungannya lengkap sebelum konstruksi dimulai'],
      ],
      voices: [
        ['resident', 'Semoga anak saya yang baru lulus SMK bisa kerja di sini, tidak perlu merantau'],
        [
          VOICES.business,
          'Ini sinyal bagus. Investor lain akan melihat Sukamaju sebagai tempat yang ramah usaha',
        ],
        ['resident', 'Kami warga sekitar berharap dilibatkan, jangan sampai hanya jadi penonton'],
      ],
      closings: [
        'Pemkot menargetkan tiga investor baru masuk ke kawasan industri hingga akhir tahun.',
        'Rekrutmen tenaga kerja akan diumumkan melalui Dinas Tenaga Kerja.',
        'Pihak investor akan membuka pendaftaran tenaga kerja setelah konstruksi rampung.',
      ],
    },
    realisasi: {
      tone: 'positive',
      headlines: [
        'Realisasi Investasi Kota Sukamaju {period} Tumbuh {growth} Persen',
        'Investasi di Sukamaju Capai {value} pada {period}',
        'Sektor {sector} Dominasi Investasi di Sukamaju',
        'DPMPTSP Terbitkan {permits} Nomor Induk Berusaha Sepanjang {period}',
      ],
      leads: [
        'Realisasi investasi di Kota Sukamaju pada {period} tahun ini tercatat {value}, tumbuh {growth} persen dibanding periode yang sama tahun lalu.',
        'DPMPTSP Kota Sukamaju mencatat realisasi investasi {period} mencapai {value}, didominasi sektor {sector}.',
        'Sebanyak {permits} nomor induk berusaha diterbitkan DPMPTSP Kota Sukamaju sepanjang {period}, sebagian besar untuk usaha mikro dan kecil.',
      ],
      facts: [
        'Penanaman modal dalam negeri masih mendominasi realisasi investasi.',
        'Sektor {sector} menyumbang porsi terbesar, disusul {sector2}.',
        'Jumlah nomor induk berusaha yang terbit meningkat dibanding tahun lalu.',
        'Investasi mulai tersebar ke wilayah pinggiran kota.',
        'Sebagian besar pelaku usaha baru berasal dari Kota Sukamaju sendiri.',
      ],
      officials: [
        [
          investment,
          'Kepercayaan investor terhadap Sukamaju terus meningkat. Kami jaga dengan pelayanan yang cepat',
        ],
        [
          investment,
          'Pertumbuhan investasi harus diikuti penyerapan tenaga kerja lokal. Itu yang terus kami dorong',
        ],
      ],
      voices: [
        ['resident', 'Semoga investasinya benar-benar membuka lowongan untuk warga sini'],
        [VOICES.business, 'Iklim usaha di Sukamaju membaik, tinggal infrastrukturnya dikejar'],
      ],
      closings: [
        'DPMPTSP optimistis target investasi tahunan dapat tercapai.',
        'Pemkot akan menggelar forum investasi untuk menawarkan proyek strategis kota.',
      ],
    },
  },
};

export const investments: Topic = { key: 'investasi', write: (ctx) => writeFromBook(BOOK, ctx) };

// TPA Cigintung over capacity: rubbish piling up in the neighbourhoods, residents near the landfill
// blocking the trucks, the environment office's extra shifts, waste banks, and streets cleared again.
import { type Book, writeFromBook } from '../book.ts';
import { OFFICIALS, PLACES, VOICES } from '../city.ts';
import { thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, environment } = OFFICIALS;

const BOOK: Book = {
  issue: 'tpa-cigintung',
  sections: ['Daerah', 'Lingkungan', 'Metropolitan'],
  tags: ['sampah', 'TPA Cigintung', 'DLH'],
  where: ['di kantornya', 'saat meninjau TPS', 'di TPA Cigintung'],
  background: [
    '{landfill} seluas 9 hektare menampung sampah dari seluruh kecamatan di Kota Sukamaju.',
    'Setiap hari, Kota Sukamaju menghasilkan sekitar {tons} ton sampah, sebagian besar sampah rumah tangga.',
    'Zona aktif {landfill} sejak awal tahun disebut sudah melampaui kapasitas.',
    'Rencana pembangunan fasilitas pengolahan sampah terpadu masih dalam tahap kajian.',
    'Pemkot Sukamaju menargetkan pengurangan sampah hingga 30 persen melalui pemilahan dari rumah tangga.',
  ],
  slots: ({ rng }) => ({
    landfill: PLACES.landfill,
    square: PLACES.square,
    tons: thousands(rng.int(380, 430)),
    piles: rng.int(12, 27),
    trucks: rng.int(6, 12),
    banks: rng.int(40, 75),
  }),
  phases: {
    menumpuk: {
      tone: 'negative',
      headlines: [
        'Sampah Menumpuk di {piles} TPS, Warga Sukamaju Keluhkan Bau Menyengat',
        '{landfill} Overkapasitas, Sampah Meluber hingga ke Badan Jalan',
        'Truk Sampah Antre Berjam-jam di {landfill}, TPS di Kota Penuh',
      ],
      leads: [
        'Tumpukan sampah terlihat di sedikitnya {piles} tempat penampungan sementara (TPS) di Kota Sukamaju sejak beberapa hari terakhir, {day}.',
        'Kondisi {landfill} yang sudah melebihi kapasitas membuat pengangkutan sampah dari permukiman warga tersendat.',
      ],
      facts: [
        'Di TPS Jalan Siliwangi, sampah meluber hingga menutup separuh badan jalan.',
        'Bau busuk tercium hingga radius puluhan meter dan mengundang lalat.',
        'Truk pengangkut harus antre lebih dari tiga jam untuk membongkar muatan di {landfill}.',
        'Sebagian warga terpaksa membakar sampah di pekarangan rumah.',
        'Air lindi dari tumpukan sampah mengalir ke saluran di permukiman.',
        'Pasukan kuning dari kecamatan dikerahkan untuk membantu mengangkut sampah di titik terparah.',
        'Sebagian TPS liar muncul di lahan kosong karena warga kesulitan membuang sampah.',
      ],
      officials: [
        [
          environment,
          'Zona aktif di {landfill} memang sudah penuh. Kami sedang menata ulang area agar truk bisa kembali membongkar',
        ],
        [
          environment,
          'Kami mohon warga memilah dan mengurangi sampah dari rumah. Tanpa itu beban TPA terus bertambah',
        ],
      ],
      reports: [
        [
          environment,
          'volume sampah yang masuk ke {landfill} meningkat sekitar 15 persen dalam dua bulan terakhir',
        ],
      ],
      voices: [
        ['resident', 'Sudah lima hari sampah tidak diangkut. Baunya sampai ke dalam rumah'],
        ['resident', 'Anak-anak jadi sering batuk, lalatnya banyak sekali'],
        [
          VOICES.environmentalist,
          'Masalah {landfill} sudah diprediksi sejak lama. Pemkot terlambat menyiapkan pengolahan sampah',
        ],
      ],
      closings: [
        'Warga berharap Pemkot segera mencari jalan keluar sebelum masalah sampah meluas.',
        'DLH menjanjikan pengangkutan kembali normal dalam beberapa hari ke depan.',
      ],
    },
    protes: {
      tone: 'negative',
      headlines: [
        'Warga Sekitar {landfill} Blokade Jalan, Tolak Truk Sampah Masuk',
        'Protes Bau dan Lindi, Warga Hadang Truk Sampah di {landfill}',
        'Aksi Warga Tutup Akses {landfill}, Sampah Kota Tak Terangkut',
      ],
      leads: [
        'Puluhan warga di sekitar {landfill} memblokade jalan masuk menuju tempat pembuangan akhir sampah itu pada {day} {part}.',
        'Warga yang tinggal di sekitar {landfill} menghadang truk-truk pengangkut sampah sebagai bentuk protes atas bau dan pencemaran lindi, {day}.',
      ],
      facts: [
        'Warga membentangkan spanduk berisi tuntutan kompensasi dan penutupan zona lama.',
        'Akibat blokade, sedikitnya {trucks} truk sampah tertahan di luar lokasi.',
        'Aksi berlangsung tertib dengan pengawalan aparat kepolisian dan Satpol PP.',
        'Warga menuntut pengobatan gratis bagi anak-anak yang terserang gangguan pernapasan.',
        'Air sumur warga disebut berubah warna dan berbau sejak beberapa bulan terakhir.',
        'Warga juga meminta jalan masuk TPA diperbaiki karena berlubang dan berdebu.',
        'Tokoh masyarakat setempat menengahi pertemuan antara warga dan petugas.',
      ],
      officials: [
        [
          environment,
          'Kami akan duduk bersama warga. Tuntutan soal lindi dan kesehatan akan kami tindak lanjuti',
        ],
        [environment, 'Pemkot mendengar keluhan warga sekitar TPA dan akan menyiapkan kompensasi yang layak'],
      ],
      voices: [
        ['resident', 'Kami sudah bertahun-tahun menghirup bau ini. Janji kompensasi tidak pernah ditepati'],
        ['resident', 'Sumur kami tercemar, airnya tidak bisa dipakai lagi'],
        [
          VOICES.environmentalist,
          'Pemkot harus segera turun. Kesehatan warga sekitar TPA tidak boleh dikorbankan',
        ],
      ],
      closings: [
        'Blokade dibuka setelah perwakilan warga dijanjikan pertemuan dengan Kepala DLH.',
        'Warga mengancam kembali menutup akses jika tuntutan mereka tidak dipenuhi.',
      ],
    },
    armada: {
      tone: 'neutral',
      headlines: [
        'DLH Tambah Armada dan Jam Operasional Angkut Sampah',
        'Atasi Penumpukan, Pengangkutan Sampah Kini Tiga Sif',
        'Pemkot Sewa Alat Berat untuk Tata Ulang {landfill}',
      ],
      leads: [
        'Dinas Lingkungan Hidup (DLH) Kota Sukamaju menambah {trucks} unit truk dan memberlakukan tiga sif pengangkutan untuk mengatasi penumpukan sampah, {day}.',
        'Pemerintah Kota Sukamaju menyewa dua unit ekskavator untuk menata ulang zona aktif {landfill} agar truk sampah dapat kembali membongkar muatan.',
      ],
      facts: [
        'Pengangkutan kini dimulai pukul 04.00 WIB dan berakhir menjelang tengah malam.',
        'Petugas kebersihan dari kecamatan turut dikerahkan membantu pengangkutan.',
        'Sampah di TPS utama ditargetkan bersih dalam tiga hari.',
        'Penataan zona aktif dilakukan dengan memadatkan dan menutup sampah lama dengan tanah.',
        'DLH juga membuka layanan aduan sampah melalui pesan WhatsApp.',
        'Sopir truk sampah mendapat tambahan uang lembur selama masa darurat sampah.',
        'Jadwal pengangkutan per kelurahan diumumkan melalui ketua RW.',
      ],
      officials: [
        [environment, 'Dengan tambahan armada, kami optimistis tumpukan di TPS bisa tertangani pekan ini'],
        [environment, 'Petugas kami bekerja ekstra. Kota ini tidak boleh kalah oleh sampah'],
      ],
      voices: [
        ['resident', 'Sekarang sudah mulai diangkut lagi, semoga jangan sampai menumpuk seperti kemarin'],
        [
          VOICES.environmentalist,
          'Tambah truk itu solusi jangka pendek. Yang dibutuhkan pengurangan sampah dari sumbernya',
        ],
      ],
      closings: [
        'DLH meminta warga membuang sampah sesuai jadwal agar pengangkutan lebih tertib.',
        'Pemkot menyiapkan anggaran tambahan untuk operasional pengangkutan hingga akhir tahun.',
      ],
    },
    bankSampah: {
      tone: 'positive',
      headlines: [
        'Bank Sampah Tumbuh di {banks} RW, Warga Sukamaju Raup Rupiah dari Sampah',
        'Wali Kota Arief Luncurkan Gerakan Pilah Sampah dari Rumah',
        'Kelurahan di Sukamaju Berlomba Kurangi Sampah Lewat Bank Sampah',
      ],
      leads: [
        'Jumlah bank sampah di Kota Sukamaju bertambah menjadi {banks} unit yang tersebar di sejumlah RW, {day}.',
        'Wali Kota Sukamaju Arief Wicaksono meluncurkan Gerakan Pilah Sampah dari Rumah di {square} pada {day} {part}.',
      ],
      facts: [
        'Warga dapat menukar sampah plastik dan kertas dengan tabungan atau paket sembako.',
        'Sebagian bank sampah sudah bekerja sama dengan pengepul dan industri daur ulang.',
        'Sampah organik diolah menjadi kompos untuk kebun warga dan taman kota.',
        'Kelurahan dengan pengurangan sampah terbesar akan mendapat penghargaan dari Pemkot.',
        'Peluncuran gerakan dihadiri ratusan kader lingkungan dan pelajar.',
        'Nasabah bank sampah kini bisa mencairkan tabungannya menjelang hari raya.',
        'Beberapa bank sampah mulai mengolah plastik menjadi paving block.',
      ],
      officials: [
        [
          mayor,
          'Sampah bisa jadi berkah kalau dipilah. Saya ajak seluruh warga mulai dari rumah masing-masing',
        ],
        [environment, 'Setiap bank sampah bisa mengurangi beban TPA hingga beberapa ton per bulan'],
      ],
      voices: [
        ['resident', 'Lumayan, tabungan dari sampah bisa buat bayar sekolah anak'],
        ['resident', 'Sekarang ibu-ibu di RW kami rajin memilah, sampahnya jadi jauh berkurang'],
      ],
      closings: [
        'Pemkot menargetkan setiap kelurahan memiliki minimal tiga bank sampah aktif.',
        'Gerakan ini akan dievaluasi setiap tiga bulan oleh DLH.',
      ],
      tags: ['bank sampah'],
    },
  },
};

export const landfillOverload: Topic = { key: 'tpa-cigintung', write: (ctx) => writeFromBook(BOOK, ctx) };

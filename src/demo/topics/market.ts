// The rebuilding of Pasar Cikaro: traders moved to a temporary market they say nobody visits,
// progress on the new building, stall allotment quarrels, and the opening ceremony.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, OFFICIALS, PLACES, VOICES } from '../city.ts';
import { decimal, rupiah, thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, trade } = OFFICIALS;

const BOOK: Book = {
  issue: 'pasar-cikaro',
  sections: ['Ekonomi', 'Daerah', 'Bisnis'],
  tags: ['Pasar Cikaro', 'revitalisasi pasar', 'pedagang'],
  where: ['di Pasar Cikaro', 'di kantornya', 'saat meninjau pasar sementara'],
  background: [
    'Revitalisasi {market} menelan anggaran {budget} dari APBD dan dana alokasi khusus.',
    'Selama pembangunan, sekitar {traders} pedagang direlokasi ke pasar sementara di {temporary}.',
    'Bangunan baru {market} dirancang tiga lantai dengan 1.100 kios dan los.',
    '{market} merupakan pasar tradisional terbesar di Kota Sukamaju yang berdiri sejak 1970-an.',
    'Pemkot menjanjikan pedagang lama mendapat prioritas menempati kios di gedung baru.',
  ],
  slots: ({ rng, arcDay }) => ({
    market: PLACES.market,
    temporary: PLACES.marketTemporary,
    budget: rupiah(62.5e9),
    traders: thousands(rng.int(980, 1040)),
    progress: decimal(Math.min(100, 55 + arcDay * 0.9 + rng.int(0, 2))),
    drop: rng.int(30, 60),
  }),
  phases: {
    relokasi: {
      tone: 'negative',
      headlines: [
        'Pedagang {market} Keluhkan Pasar Sementara yang Sepi Pembeli',
        'Omzet Turun {drop} Persen, Pedagang Relokasi {market} Menjerit',
        'Pasar Sementara Becek dan Panas, Pedagang Minta Perhatian Pemkot',
      ],
      leads: [
        'Pedagang {market} yang direlokasi ke pasar sementara di {temporary} mengeluhkan sepinya pembeli sejak pindah, {day}.',
        'Sejumlah pedagang di pasar sementara {market} mengaku omzet mereka turun hingga {drop} persen sejak relokasi dimulai.',
      ],
      facts: [
        'Atap terpal di sejumlah blok bocor saat hujan sehingga lorong pasar becek.',
        'Akses angkutan kota menuju pasar sementara terbatas sehingga pembeli enggan datang.',
        'Sebagian pedagang memilih berjualan di trotoar di luar pasar sementara.',
        'Lapak di bagian belakang pasar sementara nyaris tidak dikunjungi pembeli.',
        'Pedagang juga mengeluhkan penerangan yang minim saat sore hari.',
      ],
      officials: [
        [
          trade,
          'Kami akan perbaiki atap yang bocor dan menambah penerangan. Trayek angkot juga sedang kami koordinasikan',
        ],
        [trade, 'Relokasi ini sementara. Kami mohon pedagang bersabar sampai gedung baru selesai'],
      ],
      reports: [[trade, 'pasar sementara akan ditempati hingga gedung baru selesai dibangun']],
      voices: [
        ['resident', 'Dulu sehari bisa habis dua karung, sekarang setengah karung saja susah'],
        ['resident', 'Kalau hujan becek sekali, pembeli malas masuk'],
        [
          VOICES.traders,
          'Pedagang kecil yang paling menderita. Kami minta ada keringanan retribusi selama di pasar sementara',
        ],
      ],
      closings: [
        'Pedagang berharap pembangunan gedung baru selesai tepat waktu.',
        'Paguyuban pedagang berencana menyampaikan aspirasi ke DPRD dalam waktu dekat.',
      ],
    },
    progres: {
      tone: 'neutral',
      headlines: [
        'Pembangunan Gedung Baru {market} Capai {progress} Persen',
        'Disdagin Tinjau Revitalisasi {market}, Pekerjaan Masuki Tahap Akhir',
        'Gedung Baru {market} Ditargetkan Rampung Akhir Bulan',
      ],
      leads: [
        'Progres pembangunan gedung baru {market} di Kota Sukamaju telah mencapai {progress} persen hingga {day}.',
        'Dinas Perdagangan dan Perindustrian Kota Sukamaju meninjau pembangunan gedung baru {market} pada {day} {part}.',
      ],
      facts: [
        'Pekerjaan struktur gedung sudah selesai dan kini memasuki tahap finishing.',
        'Gedung baru dilengkapi tempat pengolahan sampah, ruang laktasi, dan area parkir.',
        'Los daging dan ikan ditempatkan terpisah dengan saluran pembuangan khusus.',
        'Instalasi listrik dan air bersih sedang dikerjakan di lantai dua.',
        'Jalur evakuasi dan hidran dipasang sesuai standar keselamatan bangunan.',
      ],
      officials: [
        [
          trade,
          'Saya lihat pekerjaannya sesuai jadwal. Pasar ini harus bersih, nyaman, dan tidak kalah dengan pasar modern',
        ],
        [trade, 'Kami pastikan pedagang lama mendapat prioritas. Pendataan ulang sudah kami lakukan'],
      ],
      voices: [
        [VOICES.traders, 'Kami berharap pembagian kios nanti transparan dan tidak ada jual beli kios'],
        ['resident', 'Semoga pasarnya jadi lebih bersih, tidak becek seperti dulu'],
      ],
      closings: [
        'Pemkot menargetkan gedung baru dapat digunakan pedagang sebelum akhir tahun.',
        'Pengundian kios akan dilakukan terbuka dan disaksikan perwakilan pedagang.',
      ],
    },
    kios: {
      tone: 'negative',
      headlines: [
        'Isu Jual Beli Kios {market} Resahkan Pedagang',
        'Pedagang Lama {market} Khawatir Tak Kebagian Kios',
        'DPRD Minta Pembagian Kios {market} Transparan',
      ],
      leads: [
        'Isu jual beli kios di gedung baru {market} meresahkan pedagang lama yang khawatir tidak kebagian tempat, {day}.',
        'Komisi II DPRD Kota Sukamaju meminta Pemkot transparan dalam membagikan kios gedung baru {market} setelah muncul keluhan pedagang.',
      ],
      facts: [
        'Sejumlah pedagang mengaku ditawari kios strategis dengan imbalan puluhan juta rupiah.',
        'Pedagang lama meminta daftar penerima kios diumumkan secara terbuka.',
        'Paguyuban pedagang mengumpulkan data anggota yang belum terverifikasi.',
        'Pemkot menegaskan tidak ada pungutan apa pun dalam pembagian kios.',
        'Warga diminta melaporkan oknum yang menawarkan kios ke Inspektorat.',
      ],
      officials: [
        [trade, 'Tidak ada jual beli kios. Kalau ada oknum yang menawarkan, laporkan, akan kami tindak'],
        [trade, 'Pembagian kios akan diundi terbuka. Pedagang lama harus diutamakan'],
      ],
      voices: [
        ['resident', 'Saya sudah 25 tahun jualan di sini, masa harus bayar lagi untuk dapat kios'],
        [
          COUNCIL.economy,
          'Kalau isu ini dibiarkan, revitalisasi yang seharusnya membantu pedagang kecil justru menyusahkan mereka',
        ],
        [VOICES.traders, 'Kami minta pengundian disaksikan semua pedagang supaya tidak ada kecurigaan'],
      ],
      closings: [
        'Inspektorat Kota Sukamaju menyatakan siap menindaklanjuti setiap laporan yang masuk.',
        'Pedagang berharap pembagian kios selesai sebelum gedung baru diresmikan.',
      ],
    },
    peresmian: {
      tone: 'positive',
      headlines: [
        'Gedung Baru {market} Diresmikan, Pedagang Mulai Pindah',
        'Arief Wicaksono Resmikan {market}, Pasar Tradisional Rasa Modern',
        'Wajah Baru {market}: Bersih, Terang, dan Ramah Pembeli',
      ],
      leads: [
        'Wali Kota Sukamaju Arief Wicaksono meresmikan gedung baru {market} pada {day} {part}, menandai berakhirnya masa relokasi pedagang.',
        'Gedung baru {market} resmi beroperasi mulai {day}. Ratusan pedagang mulai memindahkan barang dagangan dari pasar sementara.',
      ],
      facts: [
        'Peresmian ditandai pemotongan pita dan pemukulan bedug oleh Wali Kota.',
        'Pembeli memadati lorong pasar pada hari pertama operasional.',
        'Pemkot memberikan pembebasan retribusi selama tiga bulan pertama.',
        'Pembayaran di sejumlah kios sudah bisa menggunakan kode QR.',
        'Area parkir yang luas membuat arus kendaraan di sekitar pasar lebih tertib.',
      ],
      officials: [
        [mayor, 'Pasar ini milik pedagang dan warga. Mari kita jaga kebersihannya bersama-sama'],
        [trade, 'Seluruh pedagang lama sudah mendapatkan kios sesuai hasil pengundian'],
      ],
      voices: [
        ['resident', 'Alhamdulillah sekarang tempatnya nyaman, pembeli juga mulai banyak'],
        ['resident', 'Belanja di sini sekarang enak, bersih dan tidak becek lagi'],
        [VOICES.traders, 'Kami berterima kasih kepada Pemkot. Semoga pasar ini kembali ramai seperti dulu'],
      ],
      closings: [
        'Pemkot berencana merevitalisasi dua pasar tradisional lain pada tahun depan.',
        'Pasar baru beroperasi setiap hari mulai pukul 03.00 hingga 17.00 WIB.',
      ],
    },
  },
};

export const marketRebuild: Topic = { key: 'pasar-cikaro', write: (ctx) => writeFromBook(BOOK, ctx) };

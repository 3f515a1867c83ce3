// The city's anniversary week: the council's plenary, a cultural parade and a small-business expo.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, OFFICIALS, PLACES, VOICES } from '../city.ts';
import { thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, viceMayor, cooperatives } = OFFICIALS;

const BOOK: Book = {
  issue: 'hari-jadi',
  sections: ['Daerah', 'Gaya Hidup', 'Budaya'],
  tags: ['Hari Jadi Kota Sukamaju', 'HJKS ke-52'],
  where: ['di Alun-alun Sukamaju', 'usai acara', 'di Gedung DPRD Kota Sukamaju'],
  background: [
    'Peringatan Hari Jadi ke-52 Kota Sukamaju tahun ini mengusung tema "Sukamaju Maju, Warga Bahagia".',
    'Rangkaian acara hari jadi berlangsung selama sepekan dan melibatkan seluruh kecamatan.',
    'Kota Sukamaju resmi berdiri sebagai daerah otonom pada 1974.',
    'Panitia melibatkan lebih dari 200 pelaku UMKM dan 40 sanggar seni dalam perayaan tahun ini.',
  ],
  slots: ({ rng }) => ({
    square: PLACES.square,
    visitors: thousands(rng.int(18, 45) * 1000),
    stands: rng.int(150, 230),
    groups: rng.int(35, 60),
    sales: rng.int(2, 5),
  }),
  phases: {
    paripurna: {
      tone: 'neutral',
      headlines: [
        'Sidang Paripurna Hari Jadi ke-52, Wali Kota Paparkan Capaian Pembangunan',
        'DPRD Gelar Paripurna Istimewa Peringati Hari Jadi Kota Sukamaju',
        'Usia 52 Tahun, Kota Sukamaju Diminta Berbenah Soal Kemacetan dan Layanan Publik',
      ],
      leads: [
        'DPRD Kota Sukamaju menggelar sidang paripurna istimewa dalam rangka Hari Jadi ke-52 Kota Sukamaju pada {day} {part}.',
        'Wali Kota Sukamaju Arief Wicaksono memaparkan capaian pembangunan dalam sidang paripurna istimewa Hari Jadi ke-52 Kota Sukamaju, {day}.',
      ],
      facts: [
        'Sidang dihadiri unsur Forkopimda, para mantan wali kota, dan tokoh masyarakat.',
        'Dalam pidatonya, Wali Kota menyinggung penurunan angka kemiskinan dan pengangguran.',
        'Sejumlah anggota dewan mengenakan pakaian adat Sunda.',
        'Sidang juga diisi pemberian penghargaan kepada tokoh berjasa bagi kota.',
        'Sidang diawali pembacaan sejarah singkat berdirinya Kota Sukamaju.',
        'Gubernur Jawa Barat mengirimkan sambutan tertulis yang dibacakan dalam sidang.',
      ],
      officials: [
        [
          mayor,
          'Di usia ke-52, kita harus berani berbenah. Masih banyak pekerjaan rumah, terutama kemacetan dan pelayanan publik',
        ],
        [mayor, 'Capaian ini milik seluruh warga Sukamaju, bukan hanya pemerintah'],
      ],
      voices: [
        [
          COUNCIL.speaker,
          'Dewan mengapresiasi capaian Pemkot, tetapi kami ingatkan janji-janji yang belum tuntas',
        ],
        [
          VOICES.culture,
          'Usia 52 tahun itu matang. Jangan sampai pembangunan melupakan akar budaya Sunda kota ini',
        ],
      ],
      closings: [
        'Sidang paripurna ditutup dengan doa bersama untuk kemajuan Kota Sukamaju.',
        'Rangkaian peringatan hari jadi dilanjutkan dengan ziarah ke makam para pendiri kota.',
      ],
    },
    pawai: {
      tone: 'positive',
      headlines: [
        'Ribuan Warga Padati Pawai Budaya Hari Jadi Kota Sukamaju',
        'Meriah! Pawai Budaya HJKS ke-52 Tampilkan {groups} Kelompok Seni',
        'Pawai Budaya Jadi Puncak Perayaan Hari Jadi Kota Sukamaju',
      ],
      leads: [
        'Sekitar {visitors} warga memadati sepanjang Jalan Siliwangi hingga {square} untuk menyaksikan pawai budaya Hari Jadi ke-52 Kota Sukamaju, {day}.',
        'Sebanyak {groups} kelompok seni dari seluruh kecamatan tampil dalam pawai budaya peringatan Hari Jadi ke-52 Kota Sukamaju pada {day} {part}.',
      ],
      facts: [
        'Pawai diawali penampilan sisingaan dan kuda renggong yang disambut sorak penonton.',
        'Peserta mengenakan kostum yang menggambarkan kekayaan budaya Priangan.',
        'Wali Kota dan Wakil Wali Kota ikut berjalan kaki bersama peserta pawai.',
        'Pedagang kaki lima ikut kebanjiran pembeli di sepanjang rute pawai.',
        'Panitia menyiapkan pos kesehatan dan petugas kebersihan di sepanjang rute.',
        'Rute pawai sepanjang tiga kilometer ditutup untuk kendaraan selama empat jam.',
        'Kelompok seni dari setiap kecamatan membawa ciri khas wilayahnya masing-masing.',
      ],
      officials: [
        [mayor, 'Saya bangga warga Sukamaju begitu mencintai budayanya. Inilah kekuatan kota kita'],
        [
          viceMayor,
          'Pawai ini juga kami jadikan panggung bagi anak-anak muda untuk melestarikan seni tradisi',
        ],
      ],
      voices: [
        ['resident', 'Setiap tahun saya ajak anak-anak nonton, tahun ini paling meriah'],
        ['resident', 'Seru sekali, kostumnya bagus-bagus, semoga tiap tahun seperti ini'],
      ],
      closings: [
        'Pawai berakhir dengan pesta kembang api di {square} pada malam harinya.',
        'Panitia mengumumkan pemenang kategori penampilan terbaik pada akhir pekan.',
      ],
    },
    umkm: {
      tone: 'positive',
      headlines: [
        'Expo UMKM Hari Jadi Sukamaju Cetak Transaksi Rp {sales} Miliar',
        '{stands} Stan UMKM Ramaikan Sukamaju Expo {year}',
        'Produk Lokal Laris Manis di Expo UMKM Hari Jadi Kota Sukamaju',
      ],
      leads: [
        'Sukamaju Expo dalam rangka Hari Jadi ke-52 Kota Sukamaju mencatat transaksi sekitar Rp {sales} miliar selama lima hari penyelenggaraan.',
        'Sebanyak {stands} stan pelaku usaha mikro, kecil, dan menengah (UMKM) meramaikan Sukamaju Expo di {square}, {day}.',
      ],
      facts: [
        'Produk yang paling diminati antara lain kerajinan bambu, batik khas Sukamaju, dan makanan olahan.',
        'Sejumlah pelaku UMKM mendapat pesanan dari pembeli luar daerah.',
        'Pameran juga menghadirkan layanan konsultasi perizinan dan sertifikasi halal gratis.',
        'Bank daerah membuka layanan kredit usaha rakyat di lokasi pameran.',
        'Sejumlah UMKM memanfaatkan pameran untuk memperkenalkan produk baru.',
        'Pengunjung memadati stan kuliner tradisional hingga malam hari.',
      ],
      officials: [
        [cooperatives, 'Transaksinya melampaui target. Ini bukti produk UMKM Sukamaju punya daya saing'],
        [viceMayor, 'Pemkot akan terus membuka akses pasar bagi UMKM, termasuk lewat platform digital'],
      ],
      voices: [
        ['resident', 'Dagangan saya habis di hari ketiga, sampai harus produksi lagi malam-malam'],
        [
          VOICES.smallBusiness,
          'Pameran seperti ini membuka jalan bagi UMKM kecil yang belum punya toko sendiri',
        ],
      ],
      closings: [
        'Pemkot berencana menggelar pameran serupa dua kali dalam setahun.',
        'Pelaku UMKM berharap pameran tidak hanya digelar saat hari jadi.',
      ],
      tags: ['UMKM'],
    },
  },
};

export const anniversary: Topic = { key: 'hari-jadi', write: (ctx) => writeFromBook(BOOK, ctx) };

// The civil police clearing street vendors from the square, and the food court that follows.
import { type Book, writeFromBook } from '../book.ts';
import { OFFICIALS, PLACES, VOICES } from '../city.ts';
import type { Topic } from '../story.ts';

const { viceMayor, civilPolice } = OFFICIALS;

const STREET_VENDORS: Book = {
  issue: 'pkl-alun-alun',
  sections: ['Daerah', 'Metropolitan'],
  tags: ['PKL', 'Satpol PP', 'Alun-alun Sukamaju'],
  where: ['di Alun-alun Sukamaju', 'di kantornya', 'saat penertiban'],
  background: [
    'Kawasan {square} dan Jalan Otto Iskandardinata ditetapkan sebagai zona bebas pedagang kaki lima.',
    'Pemkot sebelumnya menyiapkan lokasi relokasi PKL di belakang Gedung Olahraga.',
    'Jumlah PKL di pusat kota diperkirakan lebih dari 300 pedagang.',
    'Penertiban PKL berpedoman pada Peraturan Daerah tentang Ketertiban Umum.',
  ],
  slots: ({ rng }) => ({ square: PLACES.square, vendors: rng.int(40, 120) }),
  phases: {
    penertiban: {
      tone: 'negative',
      headlines: [
        'Satpol PP Tertibkan {vendors} PKL di {square}, Pedagang Protes',
        'Penertiban PKL {square} Diwarnai Adu Mulut',
        'PKL {square} Dibongkar, Pedagang Mengaku Tak Diberi Solusi',
      ],
      leads: [
        'Satuan Polisi Pamong Praja (Satpol PP) Kota Sukamaju menertibkan sekitar {vendors} pedagang kaki lima di kawasan {square} pada {day} {part}.',
        'Penertiban pedagang kaki lima di {square} oleh Satpol PP Kota Sukamaju diwarnai adu mulut antara petugas dan pedagang, {day}.',
      ],
      facts: [
        'Petugas mengangkut gerobak dan tenda yang dibiarkan di trotoar.',
        'Sebagian pedagang membongkar lapaknya sendiri sebelum petugas datang.',
        'Pedagang menilai lokasi relokasi yang disiapkan sepi pembeli.',
        'Penertiban dilakukan setelah tiga kali surat peringatan diabaikan.',
      ],
      officials: [
        [civilPolice, 'Kami sudah tiga kali memberi peringatan. Trotoar itu hak pejalan kaki'],
        [
          civilPolice,
          'Gerobak yang diangkut bisa diambil di kantor Satpol PP dengan membuat surat pernyataan',
        ],
      ],
      voices: [
        ['resident', 'Kami cuma cari makan, Pak. Kalau dipindah ke belakang GOR, siapa yang beli'],
        ['resident', 'Sudah jualan di sini lima tahun, tiba-tiba diangkut begitu saja'],
        [
          VOICES.vendors,
          'Kami tidak menolak ditata, tapi beri kami tempat yang ramai pembeli, jangan asal pindah',
        ],
      ],
      closings: [
        'Satpol PP akan menempatkan petugas di {square} untuk mencegah PKL kembali berjualan.',
        'Pedagang berencana mengadu ke DPRD agar diberi lokasi yang lebih layak.',
      ],
    },
    relokasi: {
      tone: 'neutral',
      headlines: [
        'Pemkot Siapkan Sentra Kuliner untuk PKL {square}',
        'PKL {square} Mulai Tempati Lokasi Relokasi',
        'Pemkot dan Paguyuban PKL Sepakati Jam Berjualan di {square}',
      ],
      leads: [
        'Pemerintah Kota Sukamaju menyiapkan sentra kuliner untuk menampung pedagang kaki lima dari kawasan {square}, {day}.',
        'Pemkot Sukamaju dan paguyuban pedagang kaki lima menyepakati pengaturan jam berjualan di sekitar {square} setelah serangkaian pertemuan.',
      ],
      facts: [
        'Sentra kuliner dilengkapi tenda seragam, penerangan, dan tempat cuci tangan.',
        'PKL diperbolehkan berjualan di sisi tertentu mulai pukul 17.00 WIB.',
        'Pedagang tidak dipungut biaya sewa selama enam bulan pertama.',
        'Pemkot akan menggelar acara hiburan akhir pekan untuk meramaikan sentra kuliner.',
      ],
      officials: [
        [viceMayor, 'Kami ingin alun-alun tertib, tapi pedagang juga tetap bisa mencari nafkah'],
        [civilPolice, 'Setelah kesepakatan ini, kami akan mengawasi agar aturan jam berjualan ditaati'],
      ],
      voices: [
        ['resident', 'Kalau boleh jualan sore sampai malam, kami setuju'],
        ['resident', 'Semoga tempat barunya ramai, jangan sampai kami rugi'],
      ],
      closings: [
        'Kesepakatan akan dievaluasi setelah tiga bulan berjalan.',
        'Pemkot mengajak warga berbelanja di sentra kuliner yang baru.',
      ],
    },
  },
};

export const streetVendors: Topic = {
  key: 'pkl-alun-alun',
  write: (ctx) => writeFromBook(STREET_VENDORS, ctx),
};

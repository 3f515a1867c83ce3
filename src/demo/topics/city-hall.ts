// City hall's ordinary news: awards from Jakarta and Bandung, the mayor's Friday rounds, the
// complaints app, officials sworn in, and places made for families on weekends — each time another
// award, village, complaint or place, as such news really comes.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, DISTRICTS, OFFICIALS, VOICES } from '../city.ts';
import { thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, personnel, organisation, communication, tourism } = OFFICIALS;

const AWARDS = [
  { name: 'penghargaan Pelayanan Publik kategori Sangat Baik', from: 'Kementerian PANRB', where: 'Jakarta' },
  { name: 'opini Wajar Tanpa Pengecualian (WTP)', from: 'Badan Pemeriksa Keuangan', where: 'Bandung' },
  { name: 'Anugerah Kota Layak Anak kategori Madya', from: 'Kementerian PPPA', where: 'Jakarta' },
  { name: 'penghargaan Kota Sehat kategori Wistara', from: 'Kementerian Kesehatan', where: 'Jakarta' },
  {
    name: 'Anugerah Keterbukaan Informasi Publik kategori Informatif',
    from: 'Komisi Informasi Jawa Barat',
    where: 'Bandung',
  },
  {
    name: 'penghargaan Pembangunan Daerah terbaik tingkat provinsi',
    from: 'Bappeda Provinsi Jawa Barat',
    where: 'Bandung',
  },
  { name: 'penghargaan Top Inovasi Pelayanan Publik', from: 'Kementerian PANRB', where: 'Jakarta' },
  { name: 'penghargaan Kabupaten/Kota Peduli HAM', from: 'Kementerian Hukum', where: 'Jakarta' },
];

const COMPLAINTS = [
  'jalan lingkungan rusak',
  'lampu penerangan jalan padam',
  'pohon tumbang',
  'parkir liar di trotoar',
  'layanan kartu identitas anak',
  'bangunan tanpa izin',
  'pungutan di layanan kelurahan',
  'anjing liar',
];

const MOSQUES = [
  'Masjid Al-Ikhlas',
  'Masjid Jami Nurul Huda',
  'Masjid Al-Furqon',
  'Masjid At-Taqwa',
  'Masjid Baitur Rahman',
];

const RANKS = [
  'pejabat administrator dan pengawas',
  'pejabat fungsional',
  'kepala sekolah dasar dan menengah pertama',
  'lurah dan sekretaris kelurahan',
  'pejabat pimpinan tinggi pratama',
];

const SPOTS = [
  { name: 'Situ Gede', what: 'danau seluas sekitar 40 hektare', district: 'Sukamaju Barat' },
  { name: 'Taman Kota Dadaha', what: 'taman kota di pusat Sukamaju', district: 'Sukamaju Utara' },
  { name: 'Kampung Batik Cibunar', what: 'kampung perajin batik khas Sukamaju', district: 'Cibunar' },
  { name: 'Agrowisata Salak Linggajaya', what: 'kebun salak milik kelompok tani', district: 'Cibunar' },
];

const BOOK: Book = {
  issue: 'kegiatan-wali-kota',
  sections: ['Pemerintahan', 'Daerah'],
  tags: ['Pemkot Sukamaju'],
  where: ['di Balai Kota Sukamaju', 'di sela kunjungannya', 'usai acara'],
  background: ['Pemkot Sukamaju menargetkan indeks kepuasan layanan publik di atas 85 persen tahun ini.'],
  slots: ({ rng }) => {
    const award = rng.pick(AWARDS);
    const district = rng.pick(DISTRICTS);
    const spot = rng.pick(SPOTS);
    return {
      award: award.name,
      giver: award.from,
      awardCity: award.where,
      village: rng.pick(district.villages),
      district: district.name,
      mosque: rng.pick(MOSQUES),
      complaint: rng.pick(COMPLAINTS),
      complaint2: rng.pick(COMPLAINTS),
      reports: thousands(rng.int(12, 30) * 100),
      score: rng.int(78, 88),
      officials: rng.int(18, 96),
      rank: rng.pick(RANKS),
      spot: spot.name,
      spotWhat: spot.what,
      spotDistrict: spot.district,
      visitors: thousands(rng.int(2, 9) * 1000),
    };
  },
  phases: {
    penghargaan: {
      tone: 'positive',
      issue: 'penghargaan',
      headlines: [
        'Kota Sukamaju Raih {award}',
        'Pemkot Sukamaju Terima {award} dari {giver}',
        'Sukamaju Kembali Diganjar {award}',
      ],
      leads: [
        'Pemerintah Kota Sukamaju meraih {award} dari {giver} dalam acara yang digelar di {awardCity}, {day}.',
        'Kota Sukamaju kembali menerima {award}. Penghargaan diserahkan {giver} kepada perwakilan Pemkot di {awardCity}.',
        '{award} dari {giver} diterima Pemerintah Kota Sukamaju pada {day}.',
      ],
      facts: [
        'Penilaian dilakukan melalui verifikasi dokumen dan kunjungan lapangan.',
        'Tim penilai juga mewawancarai warga pengguna layanan secara acak.',
        'Pemkot berencana mereplikasi inovasi yang dinilai ke seluruh kecamatan.',
        'Penghargaan serupa pernah diraih Kota Sukamaju dua tahun lalu.',
        'Sebanyak 27 kabupaten dan kota di Jawa Barat ikut dalam penilaian tahun ini.',
        'Dokumen pendukung penilaian disiapkan sejak awal tahun oleh Bagian Organisasi Setda.',
        'Selain Sukamaju, penghargaan serupa diterima beberapa daerah lain di Jawa Barat.',
        'Penyerahan penghargaan dihadiri para kepala daerah dan pejabat kementerian.',
        'Trofi penghargaan akan dipajang di lobi Balai Kota Sukamaju.',
      ],
      officials: [
        [
          organisation,
          'Penghargaan ini bukan tujuan akhir. Yang terpenting warga merasakan pelayanan yang lebih baik',
        ],
        [organisation, 'Ini kerja keras seluruh ASN. Kami akan terus berbenah'],
      ],
      voices: [
        ['resident', 'Sekarang mengurus KTP dan akta memang lebih cepat, tidak perlu bolak-balik'],
        [
          'resident',
          'Semoga penghargaannya sejalan dengan pelayanan di kelurahan, jangan cuma di atas kertas',
        ],
      ],
      background: [
        'Tahun lalu, Kota Sukamaju berada di peringkat menengah dalam penilaian kepatuhan pelayanan publik.',
        'Sejumlah inovasi layanan Pemkot Sukamaju lahir dari usulan aparatur di tingkat kecamatan.',
        'Pemkot Sukamaju menargetkan indeks kepuasan layanan publik di atas 85 persen tahun ini.',
      ],
      closings: [
        'Pemkot akan memanfaatkan insentif dari pemerintah pusat untuk peningkatan layanan.',
        'Pemkot menargetkan capaian ini dipertahankan tahun depan.',
        'Rangkaian penilaian tahun depan dijadwalkan dimulai pada triwulan pertama.',
        'Pemkot menyatakan akan menjadikan catatan tim penilai sebagai bahan perbaikan.',
      ],
    },
    jumling: {
      tone: 'positive',
      issue: 'jumat-keliling',
      headlines: [
        'Jumat Keliling, Wali Kota Arief Serap Aspirasi Warga {village}',
        'Warga {village} Curhat Soal {complaint} ke Wali Kota',
        'Arief Wicaksono Salat Jumat Bersama Warga di {mosque}',
      ],
      leads: [
        'Wali Kota Sukamaju Arief Wicaksono menggelar Jumat Keliling di Kelurahan {village}, Kecamatan {district}, pada {day} {part}.',
        'Warga Kelurahan {village} memanfaatkan kunjungan Wali Kota Sukamaju Arief Wicaksono dalam program Jumat Keliling untuk mengeluhkan {complaint}, {day}.',
        'Usai salat Jumat di {mosque}, Kelurahan {village}, Wali Kota Sukamaju Arief Wicaksono berdialog dengan warga, {day}.',
      ],
      facts: [
        'Dialog berlangsung di serambi {mosque} dan diikuti puluhan warga.',
        'Warga mengeluhkan {complaint} dan {complaint2}.',
        'Wali Kota menyerahkan bantuan untuk renovasi masjid dan paket sembako bagi warga lansia.',
        'Camat dan kepala dinas terkait ikut mendampingi dan mencatat keluhan warga.',
        'Sejumlah warga juga meminta penambahan kuota bantuan sosial.',
      ],
      officials: [
        [mayor, 'Keluhan warga hari ini langsung saya catat. Minggu depan dinas terkait harus turun'],
        [mayor, 'Saya ingin mendengar langsung dari warga, bukan hanya dari laporan di atas meja'],
      ],
      voices: [
        [
          'resident',
          'Senang bisa bicara langsung dengan Pak Wali, semoga keluhan kami cepat ditindaklanjuti',
        ],
        ['resident', 'Soal {complaint} sudah lama kami keluhkan, tadi sudah kami sampaikan langsung'],
      ],
      background: [
        'Program Jumat Keliling digelar setiap pekan secara bergiliran di lima kecamatan.',
        'Dalam setiap Jumat Keliling, Wali Kota didampingi camat, lurah, dan kepala dinas terkait.',
        'Keluhan yang disampaikan warga saat Jumat Keliling dicatat dan dipantau tindak lanjutnya oleh Bagian Pemerintahan.',
      ],
      closings: [
        'Jumat Keliling pekan depan dijadwalkan di kecamatan lain.',
        'Keluhan warga akan ditindaklanjuti melalui dinas teknis terkait.',
      ],
    },
    aduan: {
      tone: 'positive',
      issue: 'lapor-sukamaju',
      headlines: [
        'Aduan Soal {complaint} Terbanyak Masuk ke Lapor Sukamaju',
        'Lapor Sukamaju Terima {reports} Aduan, {score} Persen Sudah Ditindaklanjuti',
        'Diskominfo Minta OPD Tindak Lanjuti Aduan Warga Maksimal Tiga Hari',
      ],
      leads: [
        'Aplikasi pengaduan Lapor Sukamaju menerima sekitar {reports} aduan warga sepanjang tahun ini, terbanyak soal {complaint}.',
        'Dinas Komunikasi dan Informatika Kota Sukamaju meminta seluruh perangkat daerah menindaklanjuti aduan warga maksimal tiga hari kerja, {day}.',
        'Sebanyak {score} persen aduan yang masuk melalui Lapor Sukamaju sudah ditindaklanjuti perangkat daerah hingga {day}.',
      ],
      facts: [
        'Warga dapat memantau status aduannya secara langsung melalui aplikasi.',
        'Setiap aduan diteruskan otomatis ke perangkat daerah yang berwenang.',
        'Aduan yang tidak ditanggapi akan dinaikkan ke Sekretaris Daerah.',
        'Aduan soal {complaint2} juga meningkat dalam sebulan terakhir.',
        'Pemkot menyiapkan petugas khusus untuk memverifikasi aduan di lapangan.',
        'Kecamatan Sukamaju Selatan tercatat sebagai wilayah dengan aduan terbanyak.',
        'Sebagian aduan diselesaikan cukup di tingkat kelurahan tanpa harus naik ke dinas.',
        'Aduan yang tidak jelas lokasinya diminta dilengkapi foto dan titik koordinat.',
      ],
      officials: [
        [
          communication,
          'Tidak boleh ada aduan warga yang menggantung. Dinas yang lambat akan kami laporkan ke Wali Kota',
        ],
        [communication, 'Data aduan kami olah menjadi bahan perencanaan anggaran tahun depan'],
      ],
      voices: [
        ['resident', 'Kemarin saya lapor soal {complaint}, dua hari kemudian petugas sudah datang'],
        [VOICES.serviceWatch, 'Aplikasi aduan hanya berguna jika tindak lanjutnya cepat dan terbuka'],
      ],
      background: [
        'Aplikasi Lapor Sukamaju diluncurkan tiga tahun lalu dan kini terhubung dengan seluruh perangkat daerah.',
        'Selain lewat aplikasi, warga juga dapat mengadu melalui pesan WhatsApp dan datang langsung ke Balai Kota.',
      ],
      closings: [
        'Aplikasi Lapor Sukamaju dapat diunduh gratis di toko aplikasi.',
        'Pemkot akan mengumumkan perangkat daerah dengan tindak lanjut aduan tercepat setiap bulan.',
        'Warga diminta tidak ragu melapor karena identitas pelapor dirahasiakan.',
      ],
    },
    pelantikan: {
      tone: 'neutral',
      issue: 'rotasi-pejabat',
      headlines: [
        'Wali Kota Sukamaju Lantik {officials} {rank}',
        'Rotasi di Pemkot Sukamaju, {officials} {rank} Dilantik',
        'Arief Wicaksono Minta {officials} Pejabat Baru Buktikan Kinerja',
      ],
      leads: [
        'Wali Kota Sukamaju Arief Wicaksono melantik {officials} {rank} di lingkungan Pemerintah Kota Sukamaju di Aula Balai Kota, {day}.',
        'Pemerintah Kota Sukamaju melantik {officials} {rank} dalam rotasi yang digelar {day} {part}.',
        'Sebanyak {officials} {rank} di Kota Sukamaju dilantik dan diambil sumpahnya oleh Wali Kota Arief Wicaksono, {day}.',
      ],
      facts: [
        'Pelantikan disaksikan para kepala perangkat daerah dan camat.',
        'Para pejabat yang dilantik menandatangani pakta integritas.',
        'Rotasi disebut didasarkan pada hasil evaluasi kinerja dan uji kompetensi.',
        'Beberapa jabatan yang lama kosong kini terisi.',
        'Pelantikan digelar dengan protokol sederhana tanpa jamuan.',
        'Sebagian pejabat yang dilantik merupakan hasil promosi dari jabatan sebelumnya.',
        'Wali Kota meminta pejabat baru segera menyusun rencana kerja tiga bulan pertama.',
        'Usai pelantikan, para pejabat langsung mengikuti pengarahan singkat dari Sekretaris Daerah.',
      ],
      officials: [
        [
          mayor,
          'Jabatan itu amanah. Saya akan evaluasi setiap enam bulan, yang tidak berkinerja siap-siap diganti',
        ],
        [personnel, 'Rotasi ini untuk penyegaran dan menempatkan orang yang tepat di posisi yang tepat'],
      ],
      voices: [
        [
          COUNCIL.speaker,
          'Rotasi jangan hanya bagi-bagi kursi. Ukurannya harus perbaikan layanan yang dirasakan warga',
        ],
      ],
      background: [
        'Pemkot Sukamaju sebelumnya menggelar uji kompetensi bagi pejabat yang akan dirotasi.',
        'Sejumlah jabatan di lingkungan Pemkot Sukamaju kosong karena pejabatnya pensiun.',
      ],
      closings: [
        'Pejabat yang baru dilantik diminta segera menyesuaikan diri dengan tugas barunya.',
        'Pemkot masih menyiapkan seleksi terbuka untuk dua jabatan pimpinan tinggi yang kosong.',
        'Pejabat yang dirotasi diberi waktu sepekan untuk serah terima jabatan.',
      ],
    },
    wisata: {
      tone: 'positive',
      issue: 'tempat-wisata',
      headlines: [
        '{spot} Ditata Ulang, Jadi Tujuan Wisata Keluarga di Sukamaju',
        'Kunjungan ke {spot} Naik, Pedagang Lokal Kecipratan Rezeki',
        'Libur Akhir Pekan, {visitors} Pengunjung Datangi {spot}',
      ],
      leads: [
        '{spot}, {spotWhat} di Kecamatan {spotDistrict}, kini ramai dikunjungi setelah ditata ulang oleh Pemerintah Kota Sukamaju.',
        'Sekitar {visitors} pengunjung mendatangi {spot} di Kecamatan {spotDistrict} selama akhir pekan, {day}.',
        'Jumlah pengunjung {spot} terus meningkat sejak kawasan itu dilengkapi fasilitas baru.',
      ],
      facts: [
        'Pengunjung dapat menikmati area bermain anak dan jalur pejalan kaki yang baru.',
        'Pedagang makanan ditata di area kuliner khusus agar kawasan tetap bersih.',
        'Penataan kawasan dilengkapi toilet umum, musala, dan area parkir.',
        'Tiket masuk dipatok murah untuk menarik wisatawan keluarga.',
        'Kelompok sadar wisata setempat dilibatkan dalam pengelolaan.',
        'Pengelola menyiapkan petugas kebersihan yang berkeliling setiap dua jam.',
        'Jalan menuju kawasan itu juga sudah diperbaiki sehingga bus pariwisata bisa masuk.',
      ],
      officials: [
        [
          tourism,
          'Tempat seperti ini harus jadi ruang publik yang nyaman untuk keluarga dan menggerakkan ekonomi warga',
        ],
        [tourism, 'Kami ajak pengunjung menjaga kebersihan dan tidak merusak fasilitas'],
      ],
      voices: [
        ['resident', 'Sekarang anak-anak senang diajak ke sini, tempatnya bersih dan tertata'],
        ['resident', 'Dagangan saya lebih laku sejak pengunjungnya ramai lagi'],
      ],
      background: [
        'Penataan kawasan wisata dibiayai APBD dan bantuan keuangan provinsi.',
        'Sebelum ditata, kawasan itu dikeluhkan kumuh dan minim fasilitas.',
      ],
      closings: [
        'Pemkot berencana menggelar festival di kawasan itu tahun depan.',
        'Kawasan tersebut buka setiap hari mulai pukul 06.00 hingga 18.00 WIB.',
      ],
    },
  },
};

export const mayorRounds: Topic = { key: 'kegiatan-wali-kota', write: (ctx) => writeFromBook(BOOK, ctx) };

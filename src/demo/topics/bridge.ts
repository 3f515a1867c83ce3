// The Jembatan Cikaro project on Jalan Lingkar Timur, late because of its contractor: progress
// reports, missed deadlines, the council's site inspection, fines, an addendum and a long detour.
import { type Book, writeFromBook } from '../book.ts';
import { CONTRACTOR, COUNCIL, OFFICIALS, PLACES, VOICES } from '../city.ts';
import { decimal, rupiah } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, publicWorks } = OFFICIALS;

const BOOK: Book = {
  issue: 'jembatan-cikaro',
  sections: ['Daerah', 'Pembangunan', 'Ekonomi'],
  tags: ['Jembatan Cikaro', 'Dinas PUPR', 'infrastruktur'],
  where: ['di lokasi proyek', 'di Balai Kota Sukamaju', 'usai rapat kerja di gedung DPRD'],
  background: [
    'Pembangunan {bridge} sepanjang 120 meter itu dibiayai APBD senilai {budget} dan dikerjakan {contractor}.',
    'Jembatan tersebut menjadi bagian dari {ring} yang diharapkan mengurai kemacetan di pusat kota.',
    'Sesuai kontrak, pekerjaan seharusnya rampung dalam 240 hari kalender.',
    'Selama pembangunan, kendaraan dari arah timur dialihkan melalui jalan kampung yang sempit.',
    'Proyek ini termasuk program prioritas Wali Kota Arief Wicaksono dalam RPJMD 2025-2029.',
    'Dinas PUPR sebelumnya dua kali memberikan surat teguran kepada kontraktor pelaksana.',
  ],
  slots: ({ rng, arcDay }) => ({
    bridge: PLACES.bridge,
    ring: PLACES.ringRoad,
    contractor: CONTRACTOR,
    budget: rupiah(38.4e9),
    progress: decimal(Math.min(96, 41 + arcDay * 0.62 + rng.int(0, 3))),
    plan: decimal(Math.min(100, 58 + arcDay * 0.71)),
    fine: rupiah(rng.int(28, 41) * 1e6),
    weeks: rng.int(3, 8),
  }),
  phases: {
    progres: {
      tone: 'neutral',
      headlines: [
        'Progres Pembangunan {bridge} Baru {progress} Persen',
        'Dinas PUPR Klaim Pekerjaan {bridge} Mulai Dikebut',
        'Pengecoran Lantai {bridge} Dimulai Pekan Ini',
      ],
      leads: [
        'Progres fisik pembangunan {bridge} di {ring}, Kota Sukamaju, hingga {day} tercatat {progress} persen, di bawah rencana {plan} persen.',
        'Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Sukamaju menyatakan pekerjaan {bridge} mulai dikebut dengan menambah jam kerja hingga malam hari.',
      ],
      facts: [
        'Pekerjaan pondasi dan abutmen di kedua sisi sungai sudah selesai.',
        'Kontraktor menambah jumlah pekerja dari 40 menjadi 75 orang.',
        'Pekerjaan pengecoran dilakukan bertahap agar tidak mengganggu aliran sungai.',
        'Material rangka baja sebagian sudah tiba di lokasi proyek.',
        'Konsultan pengawas diminta melaporkan perkembangan pekerjaan setiap pekan.',
        'Pekerjaan dilakukan dua sif, pagi dan malam, untuk mengejar ketertinggalan.',
        'Lampu penerangan sementara dipasang di sekitar lokasi agar pekerjaan malam aman.',
        'Tim teknis Dinas PUPR memeriksa mutu beton setiap kali pengecoran.',
      ],
      officials: [
        [
          publicWorks,
          'Kami sudah minta kontraktor menambah tenaga dan alat. Target kami sisa pekerjaan bisa dikejar',
        ],
        [publicWorks, 'Kendala kemarin ada di pasokan material baja. Sekarang sudah mulai datang'],
        [
          mayor,
          'Saya minta jembatan ini selesai tepat waktu. Jangan sampai masyarakat terlalu lama menanggung macet',
        ],
      ],
      voices: [
        ['resident', 'Semoga cepat selesai, tiap hari harus memutar jauh kalau mau ke pasar'],
        ['resident', 'Kami lihat pekerjaannya sekarang lebih ramai, mudah-mudahan tidak molor lagi'],
      ],
      closings: [
        'Dinas PUPR menargetkan jembatan dapat dilalui kendaraan sebelum akhir tahun.',
        'Pemkot berjanji terus mengawasi pekerjaan agar kualitas jembatan terjaga.',
        'Kontraktor diminta melaporkan kemajuan pekerjaan secara harian.',
      ],
    },
    molor: {
      tone: 'negative',
      headlines: [
        'Pembangunan {bridge} Molor, Kontraktor Dinilai Tak Serius',
        'Target Meleset, {bridge} Belum Juga Rampung',
        'Proyek {bridge} Terlambat {weeks} Pekan dari Jadwal',
      ],
      leads: [
        'Pembangunan {bridge} di {ring}, Kota Sukamaju, dipastikan molor dari jadwal. Hingga {day}, progres fisik baru {progress} persen.',
        'Proyek {bridge} senilai {budget} yang dikerjakan {contractor} kembali tertunda, padahal masa kontrak tinggal beberapa pekan lagi.',
      ],
      facts: [
        'Di lokasi proyek, hanya terlihat segelintir pekerja dan satu alat berat yang beroperasi.',
        'Keterlambatan disebut terjadi karena kontraktor kesulitan mendatangkan material rangka baja.',
        'Sejumlah pekerja mengaku upah mereka sempat terlambat dibayarkan.',
        'Deviasi progres pekerjaan kini sudah melampaui batas kontrak kritis.',
        'Tumpukan material dan pagar seng proyek menyempitkan badan jalan di sekitar lokasi.',
        'Sebagian rangka baja disebut masih tertahan di pabrik pembuatnya.',
        'Konsultan pengawas mencatat deviasi progres pekerjaan semakin lebar setiap pekan.',
        'Papan nama proyek di lokasi masih mencantumkan target penyelesaian yang sudah lewat.',
      ],
      officials: [
        [
          publicWorks,
          'Kami sudah layangkan teguran kedua. Kalau tidak ada perbaikan, sanksi tegas akan kami jatuhkan',
        ],
        [publicWorks, 'Keterlambatan ini tanggung jawab kontraktor. Pemkot tidak akan menambah anggaran'],
      ],
      reports: [
        [
          publicWorks,
          'keterlambatan terutama terjadi pada pekerjaan rangka baja yang dipesan dari luar daerah',
        ],
      ],
      voices: [
        [
          COUNCIL.infrastructure,
          'Ini proyek besar dengan uang rakyat. Kontraktornya harus dievaluasi, jangan dibiarkan molor terus',
        ],
        [
          VOICES.construction,
          'Dari awal jadwalnya terlalu optimistis untuk jembatan rangka baja sepanjang itu. Perencanaannya perlu dievaluasi',
        ],
        ['resident', 'Janjinya selesai bulan lalu, sampai sekarang masih begini-begini saja'],
        ['resident', 'Warung saya sepi sejak jalannya ditutup, pembeli tidak bisa lewat'],
      ],
      closings: [
        'Hingga berita ini diturunkan, pihak {contractor} belum memberikan tanggapan.',
        'Warga berharap Pemkot bertindak tegas terhadap kontraktor yang lalai.',
        'Dinas PUPR menjadwalkan rapat pembuktian keterlambatan dengan kontraktor.',
      ],
    },
    sidak: {
      tone: 'negative',
      headlines: [
        'Komisi III DPRD Sidak {bridge}, Temukan Pekerjaan Asal-asalan',
        'Sidak Dewan ke {bridge}: Pekerja Minim, Alat Berat Menganggur',
        'DPRD Minta Pemkot Putus Kontrak Kontraktor {bridge}',
      ],
      leads: [
        'Komisi III DPRD Kota Sukamaju melakukan inspeksi mendadak ke lokasi pembangunan {bridge} di {ring} pada {day} {part} dan menemukan sejumlah kejanggalan.',
        'Anggota DPRD Kota Sukamaju meminta Pemerintah Kota mengevaluasi {contractor} setelah menemukan pekerjaan {bridge} jauh tertinggal dari jadwal saat sidak, {day}.',
      ],
      facts: [
        'Dalam sidak itu, dewan mendapati hanya belasan pekerja yang berada di lokasi.',
        'Dewan juga menyoroti retakan di salah satu bagian beton yang baru dicor.',
        'Rombongan Komisi III diterima oleh konsultan pengawas dan pejabat pembuat komitmen Dinas PUPR.',
        'Dewan meminta dokumen kontrak dan laporan mingguan proyek untuk diperiksa.',
        'Sidak berlangsung sekitar dua jam dan diwarnai perdebatan dengan perwakilan kontraktor.',
        'Ketua Komisi III sempat menaiki perancah untuk melihat langsung sambungan rangka.',
        'Sejumlah pekerja tidak menggunakan alat pelindung diri saat sidak berlangsung.',
      ],
      officials: [
        [
          publicWorks,
          'Temuan dewan akan kami tindak lanjuti. Bagian yang retak akan dibongkar dan dicor ulang atas biaya kontraktor',
        ],
        [mayor, 'Pemkot menghormati fungsi pengawasan dewan. Semua rekomendasi akan kami pelajari'],
      ],
      voices: [
        [
          COUNCIL.infrastructure,
          'Kami melihat sendiri pekerjaannya asal-asalan. Kalau dibiarkan, kualitas jembatan ini membahayakan',
        ],
        [
          COUNCIL.infrastructure,
          'Kami rekomendasikan Pemkot memutus kontrak dan memasukkan kontraktor ke daftar hitam',
        ],
        [
          VOICES.construction,
          'Retak pada beton muda bisa karena pengecoran dan perawatan yang tidak sesuai spesifikasi. Harus diuji laboratorium',
        ],
      ],
      closings: [
        'Komisi III berencana memanggil Dinas PUPR dan kontraktor dalam rapat dengar pendapat pekan depan.',
        'Dewan menegaskan akan terus mengawal proyek tersebut hingga tuntas.',
        'Hasil sidak akan dibawa ke rapat pimpinan DPRD.',
      ],
      tags: ['DPRD Kota Sukamaju'],
    },
    denda: {
      tone: 'neutral',
      headlines: [
        'Kontraktor {bridge} Didenda {fine} per Hari',
        'Dinas PUPR Jatuhkan Denda Keterlambatan ke {contractor}',
        'Pemkot Beri Kesempatan 50 Hari, Kontraktor {bridge} Kena Denda',
      ],
      leads: [
        'Dinas PUPR Kota Sukamaju menjatuhkan denda keterlambatan sebesar {fine} per hari kepada {contractor}, pelaksana pembangunan {bridge}.',
        'Pemerintah Kota Sukamaju memberikan kesempatan 50 hari kalender kepada {contractor} untuk menyelesaikan {bridge}, disertai denda keterlambatan.',
      ],
      facts: [
        'Denda dihitung sejak masa kontrak berakhir hingga pekerjaan dinyatakan selesai.',
        'Pemberian kesempatan mengacu pada aturan pengadaan barang dan jasa pemerintah.',
        'Jika dalam masa kesempatan pekerjaan tak selesai, kontrak dapat diputus.',
        'Jaminan pelaksanaan milik kontraktor juga dapat dicairkan untuk kas daerah.',
        'Kontraktor diwajibkan menyerahkan jadwal percepatan pekerjaan yang baru.',
        'Besaran denda mengacu pada seperseribu nilai kontrak untuk setiap hari keterlambatan.',
        'Kontraktor juga diwajibkan menambah jaminan pelaksanaan.',
      ],
      officials: [
        [
          publicWorks,
          'Denda ini bentuk ketegasan kami. Kontraktor sudah menyanggupi untuk mengejar sisa pekerjaan',
        ],
        [mayor, 'Pemkot tidak mau rugi. Kontraktor wajib menyelesaikan pekerjaan dan membayar dendanya'],
      ],
      reports: [[publicWorks, 'kontraktor telah menandatangani pernyataan sanggup menyelesaikan pekerjaan']],
      voices: [
        [
          VOICES.construction,
          'Denda saja tidak cukup. Mutu pekerjaan yang dikejar waktu harus diawasi ketat',
        ],
        [COUNCIL.infrastructure, 'Kami apresiasi ketegasan Dinas PUPR, tapi pengawasannya harus diperketat'],
      ],
      closings: [
        'Dinas PUPR akan mengevaluasi progres pekerjaan setiap dua pekan selama masa kesempatan.',
        'Pihak kontraktor menyatakan siap menambah pekerja untuk mengejar target.',
        'Pemkot menegaskan tidak ada penambahan nilai kontrak.',
      ],
    },
    macet: {
      tone: 'negative',
      headlines: [
        'Pengalihan Arus Proyek {bridge} Bikin Macet Jalan Kampung',
        'Warga Keluhkan Jalur Alternatif {bridge} yang Rusak dan Macet',
        'Jalan Alternatif Rusak, Warga Minta Pemkot Perhatikan Dampak Proyek {bridge}',
      ],
      leads: [
        'Pengalihan arus lalu lintas akibat pembangunan {bridge} membuat jalan kampung di sekitar {ring} macet setiap pagi dan sore, {day}.',
        'Warga di sekitar proyek {bridge} mengeluhkan jalan alternatif yang rusak parah karena terus dilalui kendaraan berat selama pembangunan.',
      ],
      facts: [
        'Kemacetan paling parah terjadi pada jam berangkat sekolah dan pulang kerja.',
        'Lubang-lubang di jalan alternatif membuat pengendara sepeda motor kerap terjatuh saat hujan.',
        'Warga secara swadaya menambal lubang dengan batu dan tanah.',
        'Petugas Dinas Perhubungan disiagakan di dua persimpangan yang paling padat.',
        'Angkutan kota terpaksa mengubah trayek sehingga penumpang harus berjalan lebih jauh.',
        'Sebagian pengendara memilih melintas di jalan kampung yang lebih sempit lagi.',
        'Warga memasang polisi tidur sendiri untuk memperlambat kendaraan yang melintas.',
      ],
      officials: [
        [
          publicWorks,
          'Jalan alternatif akan kami perbaiki sementara dengan penambalan. Setelah proyek selesai, kami aspal ulang',
        ],
        [
          mayor,
          'Saya mohon maaf atas ketidaknyamanan ini. Kami minta kontraktor ikut memperbaiki jalan yang rusak',
        ],
      ],
      voices: [
        ['resident', 'Setiap pagi anak saya telat sekolah gara-gara macet di sini'],
        ['resident', 'Jalan ini dulu mulus, sekarang hancur dilewati truk proyek'],
        ['resident', 'Debunya luar biasa, warung saya penuh debu setiap hari'],
      ],
      closings: [
        'Warga berharap perbaikan jalan tidak menunggu proyek selesai.',
        'Dinas Perhubungan mengimbau pengendara menghindari jalur tersebut pada jam sibuk.',
        'Warga meminta rambu pengalihan arus dipasang lebih jelas.',
      ],
    },
  },
};

export const bridgeProject: Topic = { key: 'jembatan-cikaro', write: (ctx) => writeFromBook(BOOK, ctx) };

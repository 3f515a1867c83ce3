// Schools: classrooms repaired, free nutritious meals, a uniform-fee scandal, and contract teachers
// waiting for their appointment.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, OFFICIALS, VOICES } from '../city.ts';
import { rupiah, thousands } from '../prose.ts';
import type { Topic } from '../story.ts';

const { education, mayor } = OFFICIALS;

const BOOK: Book = {
  issue: 'sekolah',
  sections: ['Pendidikan', 'Daerah'],
  tags: ['pendidikan', 'Dinas Pendidikan', 'sekolah'],
  where: ['di kantornya', 'saat meninjau sekolah', 'di SDN Cibunar 2'],
  background: [
    'Kota Sukamaju memiliki 214 sekolah dasar dan 58 sekolah menengah pertama negeri dan swasta.',
    'Data Dinas Pendidikan menunjukkan masih ada puluhan ruang kelas dalam kondisi rusak sedang dan berat.',
    'Anggaran pendidikan Kota Sukamaju tahun ini mencapai lebih dari 20 persen APBD.',
    'Program sekolah gratis untuk jenjang SD dan SMP negeri sudah berjalan sejak tiga tahun lalu.',
  ],
  slots: ({ rng }) => ({
    rooms: rng.int(36, 64),
    school: rng.pick([
      'SDN Cibunar 2',
      'SDN Sukarasa 1',
      'SMPN 7 Sukamaju',
      'SDN Margaluyu 3',
      'SMPN 12 Sukamaju',
    ]),
    students: thousands(rng.int(14, 22) * 1000),
    fee: rupiah(rng.int(6, 9) * 1e5 + 5e4),
    teachers: thousands(rng.int(620, 780)),
  }),
  phases: {
    rehab: {
      tone: 'positive',
      issue: 'rehab-sekolah',
      headlines: [
        '{rooms} Ruang Kelas Rusak di Sukamaju Direhabilitasi Tahun Ini',
        'Siswa {school} Kini Belajar di Ruang Kelas Baru',
        'Wali Kota Resmikan Ruang Kelas Baru di {school}',
      ],
      leads: [
        'Dinas Pendidikan Kota Sukamaju merehabilitasi {rooms} ruang kelas sekolah dasar dan menengah pertama yang rusak pada tahun anggaran ini.',
        'Siswa {school} kini dapat belajar dengan nyaman setelah ruang kelas mereka yang rusak selesai direhabilitasi, {day}.',
      ],
      facts: [
        'Sebelumnya, atap sejumlah ruang kelas bocor dan plafonnya nyaris ambruk.',
        'Rehabilitasi meliputi penggantian rangka atap, lantai, serta pengecatan ulang.',
        'Siswa sempat belajar bergantian di perpustakaan dan musala selama perbaikan.',
        'Pekerjaan diawasi langsung oleh komite sekolah dan orang tua siswa.',
        'Anggaran rehabilitasi berasal dari APBD dan dana alokasi khusus bidang pendidikan.',
        'Rekanan pelaksana diminta bekerja di luar jam belajar agar kegiatan sekolah tidak terganggu.',
        'Kepala sekolah mengaku sudah tiga tahun berturut-turut mengusulkan perbaikan.',
      ],
      officials: [
        [
          education,
          'Kami prioritaskan sekolah dengan kerusakan berat. Sisanya kami usulkan di anggaran tahun depan',
        ],
        [education, 'Anak-anak berhak belajar di ruang kelas yang aman dan layak. Itu prioritas kami'],
      ],
      voices: [
        ['resident', 'Dulu kalau hujan anak-anak pindah duduk karena bocor, sekarang sudah nyaman'],
        [COUNCIL.welfare, 'Kami dorong agar rehabilitasi ruang kelas dituntaskan dalam dua tahun'],
      ],
      closings: [
        'Dinas Pendidikan menargetkan tidak ada lagi ruang kelas rusak berat pada {next}.',
        'Sekolah diminta merawat fasilitas yang sudah diperbaiki.',
        'Dinas Pendidikan akan memeriksa hasil pekerjaan sebelum serah terima.',
      ],
    },
    makan: {
      tone: 'positive',
      issue: 'makan-bergizi',
      headlines: [
        'Program Makan Bergizi Gratis Jangkau {students} Siswa di Sukamaju',
        'Siswa {school} Antusias Santap Makan Bergizi Gratis',
        'Dapur Makan Bergizi Gratis Ketiga Beroperasi di Kota Sukamaju',
      ],
      leads: [
        'Program makan bergizi gratis di Kota Sukamaju kini menjangkau sekitar {students} siswa dari jenjang PAUD hingga SMP, {day}.',
        'Dinas Pendidikan Kota Sukamaju meninjau pelaksanaan makan bergizi gratis di {school} pada {day} {part}.',
      ],
      facts: [
        'Menu hari itu terdiri atas nasi, ayam suwir, sayur bayam, tempe, dan buah pisang.',
        'Setiap dapur menyiapkan sekitar 3.000 porsi per hari dengan melibatkan warga sekitar.',
        'Ahli gizi memeriksa menu dan kebersihan dapur setiap pekan.',
        'Bahan baku sebagian dipasok petani dan peternak lokal.',
        'Distribusi makanan dilakukan sebelum jam istirahat pertama agar tetap hangat.',
        'Sekolah menyiapkan jadwal cuci tangan bersama sebelum makan.',
        'Sisa makanan dicatat setiap hari untuk mengevaluasi menu yang kurang disukai siswa.',
        'Relawan dari kalangan orang tua ikut membantu membagikan makanan di kelas.',
      ],
      officials: [
        [education, 'Kami cicipi sendiri, rasanya enak dan gizinya seimbang. Anak-anak harus tumbuh sehat'],
        [education, 'Kami pantau dampaknya pada kehadiran dan konsentrasi belajar siswa'],
      ],
      voices: [
        ['resident', 'Anak saya sekarang semangat berangkat sekolah, katanya makanannya enak'],
        [VOICES.parents, 'Kami dukung programnya, tapi kebersihan dapur harus benar-benar dijaga'],
      ],
      closings: [
        'Pemkot menargetkan seluruh siswa SD dan SMP terjangkau program ini tahun depan.',
        'Orang tua dapat menyampaikan masukan soal menu melalui komite sekolah.',
        'Dinas Kesehatan dijadwalkan memeriksa sampel makanan secara berkala.',
        'Evaluasi menyeluruh program akan dilakukan pada akhir semester.',
      ],
    },
    pungutan: {
      tone: 'negative',
      issue: 'pungutan-seragam',
      headlines: [
        'Orang Tua Siswa Keluhkan Pungutan Seragam {fee} di Sekolah Negeri',
        'Dugaan Pungli Seragam Sekolah, Disdik Sukamaju Turunkan Tim',
        'Sekolah Gratis tapi Seragam Bayar, Orang Tua Protes',
      ],
      leads: [
        'Sejumlah orang tua siswa di Kota Sukamaju mengeluhkan pungutan pembelian seragam sebesar {fee} di sekolah negeri, {day}.',
        'Dinas Pendidikan Kota Sukamaju menurunkan tim untuk menelusuri dugaan pungutan seragam di beberapa sekolah negeri setelah menerima laporan orang tua.',
      ],
      facts: [
        'Orang tua mengaku diwajibkan membeli paket seragam melalui koperasi sekolah.',
        'Harga paket seragam disebut jauh lebih mahal daripada harga di pasar.',
        'Sejumlah orang tua juga melapor ke Dewan Pendidikan Kota Sukamaju.',
        'Aturan melarang sekolah negeri mewajibkan pembelian seragam di sekolah.',
      ],
      officials: [
        [
          education,
          'Sekolah tidak boleh mewajibkan pembelian seragam. Kalau terbukti, kepala sekolahnya kami sanksi',
        ],
        [mayor, 'Sekolah gratis harus benar-benar gratis. Saya minta Inspektorat ikut turun'],
      ],
      voices: [
        ['resident', 'Katanya sekolah gratis, tapi begitu masuk langsung disuruh bayar seragam'],
        [
          VOICES.parents,
          'Ini sudah terjadi bertahun-tahun. Kami minta ada sanksi tegas, bukan sekadar teguran',
        ],
        ['resident', 'Harga seragam di koperasi sekolah hampir dua kali lipat harga di pasar'],
      ],
      closings: [
        'Dinas Pendidikan meminta orang tua melapor jika masih menemukan pungutan serupa.',
        'Hasil penelusuran tim dijanjikan diumumkan dalam sepekan.',
      ],
    },
    guru: {
      tone: 'neutral',
      issue: 'guru-honorer',
      headlines: [
        '{teachers} Guru Honorer di Sukamaju Tunggu Kepastian PPPK',
        'Pemkot Sukamaju Usulkan Formasi PPPK untuk Guru Honorer',
        'Guru Honorer Sukamaju Datangi DPRD, Minta Kepastian Status',
      ],
      leads: [
        'Sebanyak {teachers} guru honorer di Kota Sukamaju menunggu kepastian pengangkatan sebagai pegawai pemerintah dengan perjanjian kerja (PPPK), {day}.',
        'Puluhan perwakilan guru honorer mendatangi Gedung DPRD Kota Sukamaju untuk meminta kepastian status mereka, {day}.',
      ],
      facts: [
        'Sebagian guru honorer sudah mengabdi lebih dari sepuluh tahun.',
        'Honor yang mereka terima per bulan masih di bawah upah minimum kota.',
        'Pemkot telah mengusulkan formasi PPPK ke pemerintah pusat.',
        'Kekurangan guru paling terasa di sekolah dasar di wilayah pinggiran.',
      ],
      officials: [
        [
          education,
          'Usulan formasi sudah kami kirim. Kami berharap kuota untuk Sukamaju bertambah tahun ini',
        ],
        [
          education,
          'Guru honorer adalah tulang punggung sekolah kita. Kesejahteraan mereka terus kami perjuangkan',
        ],
      ],
      voices: [
        ['resident', 'Sudah dua belas tahun saya mengajar, honornya masih jauh dari cukup'],
        [COUNCIL.welfare, 'Dewan akan mengawal usulan formasi ini sampai ke kementerian'],
      ],
      closings: [
        'Pengumuman formasi PPPK diperkirakan keluar dalam beberapa bulan ke depan.',
        'Guru honorer berharap pemerintah daerah menambah insentif sambil menunggu pengangkatan.',
      ],
    },
  },
};

export const schools: Topic = { key: 'sekolah', write: (ctx) => writeFromBook(BOOK, ctx) };

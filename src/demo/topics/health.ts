// Dengue (DBD) in Sukamaju: cases rising, fogging, the one-house-one-jumantik drive, full wards at
// the regional hospital, and the cases falling again.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, OFFICIALS, PLACES, VOICES } from '../city.ts';
import type { Topic } from '../story.ts';

const { health } = OFFICIALS;

const BOOK: Book = {
  issue: 'dbd',
  sections: ['Kesehatan', 'Daerah'],
  tags: ['DBD', 'demam berdarah', 'Dinas Kesehatan'],
  where: ['di kantornya', 'di sela kegiatan di puskesmas', 'di RSUD dr. Soekardjo Sukamaju'],
  background: [
    'Kasus DBD di Kota Sukamaju biasanya meningkat ketika hujan dan panas datang silih berganti.',
    'Dinas Kesehatan mencatat angka bebas jentik di sejumlah kelurahan masih di bawah target 95 persen.',
    'Tahun lalu, Kota Sukamaju mencatat lebih dari 600 kasus DBD dengan tujuh kematian.',
    'Puskesmas diminta melaporkan setiap kasus baru dalam waktu 24 jam untuk penyelidikan epidemiologi.',
  ],
  slots: ({ rng, arcDay }) => ({
    cases: 40 + Math.round(arcDay * 4.5) + rng.int(0, 9),
    deaths: rng.int(1, 3),
    hospital: PLACES.hospital,
    village: rng.pick(['Sindangsari', 'Karanganyar', 'Cipedes', 'Nagrak', 'Situgede', 'Linggajaya']),
  }),
  phases: {
    naik: {
      tone: 'negative',
      headlines: [
        'Kasus DBD di Kota Sukamaju Melonjak, {cases} Warga Terjangkit',
        'Waspada! Demam Berdarah Renggut {deaths} Nyawa Warga Sukamaju',
        'DBD Mengganas, Kelurahan {village} Catat Kasus Terbanyak',
      ],
      leads: [
        'Dinas Kesehatan Kota Sukamaju mencatat {cases} kasus demam berdarah dengue (DBD) sejak awal bulan, meningkat tajam dibanding bulan sebelumnya.',
        'Demam berdarah dengue kembali merenggut nyawa di Kota Sukamaju. Hingga {day}, {deaths} pasien dilaporkan meninggal dunia.',
      ],
      facts: [
        'Sebagian besar pasien adalah anak usia sekolah dasar.',
        'Kelurahan {village} menjadi wilayah dengan kasus terbanyak.',
        'Genangan air di barang bekas dan talang rumah menjadi sarang utama nyamuk Aedes aegypti.',
        'Sejumlah puskesmas melaporkan peningkatan pasien dengan gejala demam tinggi.',
        'Dinas Kesehatan belum menetapkan status kejadian luar biasa.',
        'Rumah sakit swasta di Sukamaju juga melaporkan lonjakan pasien demam.',
        'Dinas Kesehatan menyiapkan ruang isolasi tambahan di RSUD.',
        'Sebagian penderita datang dalam kondisi trombosit sangat rendah.',
      ],
      officials: [
        [
          health,
          'Kami minta warga segera membawa anggota keluarga yang demam tinggi lebih dari dua hari ke fasilitas kesehatan',
        ],
        [
          health,
          'Fogging bukan solusi utama. Yang paling efektif adalah memberantas sarang nyamuk di rumah masing-masing',
        ],
      ],
      reports: [
        [
          health,
          'sebagian besar kasus ditemukan di permukiman padat dengan banyak tempat penampungan air terbuka',
        ],
      ],
      voices: [
        ['resident', 'Anak saya sempat drop trombositnya, untung cepat dibawa ke rumah sakit'],
        ['resident', 'Di gang kami sudah tiga anak kena DBD bulan ini, kami khawatir'],
        [
          COUNCIL.welfare,
          'Dinkes jangan menunggu korban bertambah. Pencegahan harus digencarkan sampai tingkat RT',
        ],
      ],
      closings: [
        'Dinas Kesehatan mengimbau warga menerapkan 3M Plus: menguras, menutup, dan mendaur ulang barang bekas.',
        'Warga diminta tidak panik namun tetap waspada terhadap gejala DBD.',
        'Warga diminta tidak mengobati sendiri demam tinggi pada anak.',
      ],
    },
    fogging: {
      tone: 'neutral',
      headlines: [
        'Dinkes Sukamaju Gelar Fogging di Kelurahan {village}',
        'Petugas Puskesmas Lakukan Pengasapan di Permukiman Padat',
        'Fogging Massal Digelar, Warga Diminta Tetap Berantas Sarang Nyamuk',
      ],
      leads: [
        'Dinas Kesehatan Kota Sukamaju melakukan pengasapan atau fogging di sejumlah RW di Kelurahan {village} pada {day} {part}.',
        'Petugas puskesmas bersama kader kesehatan menggelar fogging di permukiman padat penduduk yang terdapat kasus DBD, {day}.',
      ],
      facts: [
        'Fogging dilakukan di radius 100 meter dari rumah penderita.',
        'Warga diminta membuka pintu dan jendela saat petugas melakukan pengasapan.',
        'Petugas juga memeriksa jentik di bak mandi dan tempat penampungan air.',
        'Kegiatan dilanjutkan dengan pembagian bubuk abate kepada warga.',
        'Pengasapan akan diulang sepekan kemudian untuk membunuh nyamuk yang baru menetas.',
        'Biaya fogging ditanggung Pemkot dan warga tidak dipungut biaya apa pun.',
        'Asap fogging sempat membuat sejumlah warga menutup hidung dan menjauh dari rumah.',
        'Kader posyandu ikut mendata rumah yang belum diperiksa jentiknya.',
      ],
      officials: [
        [health, 'Fogging hanya membunuh nyamuk dewasa. Jentiknya harus diberantas oleh warga sendiri'],
        [health, 'Kami minta camat dan lurah menggerakkan kerja bakti di setiap lingkungan'],
      ],
      voices: [
        ['resident', 'Kami senang ada fogging, tapi harusnya sebelum ada yang sakit'],
        ['resident', 'Sekarang kami rutin kuras bak mandi tiap minggu'],
      ],
      closings: [
        'Dinas Kesehatan menyiapkan fogging di kelurahan lain yang melaporkan kasus baru.',
        'Warga diminta segera melapor ke puskesmas jika menemukan kasus demam tinggi.',
        'Puskesmas setempat akan memantau perkembangan kasus selama dua pekan ke depan.',
      ],
    },
    jumantik: {
      tone: 'positive',
      headlines: [
        'Gerakan Satu Rumah Satu Jumantik Digencarkan di Sukamaju',
        'Dinkes Ajak Warga Jadi Juru Pemantau Jentik',
        'Angka Bebas Jentik Naik, Kasus DBD di Sukamaju Mulai Turun',
      ],
      leads: [
        'Pemerintah Kota Sukamaju menggencarkan Gerakan Satu Rumah Satu Jumantik untuk menekan kasus demam berdarah, {day}.',
        'Dinas Kesehatan Kota Sukamaju mengajak warga menjadi juru pemantau jentik di rumah masing-masing saat apel kader kesehatan, {day}.',
      ],
      facts: [
        'Setiap rumah diminta menunjuk satu anggota keluarga untuk memeriksa jentik sepekan sekali.',
        'Kader kesehatan di setiap RW mendapat pelatihan singkat dari puskesmas.',
        'Kelurahan dengan angka bebas jentik tertinggi akan mendapat penghargaan.',
        'Sekolah-sekolah juga membentuk jumantik cilik dari kalangan siswa.',
        'Hasil pemantauan dilaporkan melalui aplikasi milik Dinas Kesehatan.',
        'Setiap jumantik mendapat kartu pemantauan yang ditempel di pintu rumah.',
        'Puskesmas membagikan senter dan bubuk larvasida kepada kader.',
        'Sekolah-sekolah menjadwalkan pemeriksaan jentik setiap Jumat pagi.',
      ],
      officials: [
        [health, 'Kalau setiap rumah bebas jentik, DBD tidak akan punya tempat di Kota Sukamaju'],
        [
          health,
          'Dalam dua pekan terakhir jumlah kasus baru sudah mulai menurun. Ini hasil kerja bersama warga',
        ],
      ],
      voices: [
        ['resident', 'Anak-anak senang jadi jumantik, mereka yang paling rajin cek bak mandi'],
        [
          VOICES.epidemiologist,
          'Pendekatan berbasis warga seperti ini jauh lebih efektif daripada fogging massal',
        ],
      ],
      closings: [
        'Gerakan ini akan dievaluasi setiap bulan bersama camat dan lurah.',
        'Dinas Kesehatan menargetkan angka bebas jentik di atas 95 persen di semua kelurahan.',
        'Capaian angka bebas jentik akan diumumkan setiap bulan.',
      ],
      tags: ['jumantik'],
    },
  },
};

export const dengue: Topic = { key: 'dbd', write: (ctx) => writeFromBook(BOOK, ctx) };

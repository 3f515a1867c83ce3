// Next year's budget in the council: the general policy and ceilings, the factions' views, a watchdog's
// criticism of spending on officials, and the plenary that passes it.
import { type Book, writeFromBook } from '../book.ts';
import { COUNCIL, OFFICIALS, VOICES } from '../city.ts';
import { decimal } from '../prose.ts';
import type { Topic } from '../story.ts';

const { mayor, secretary } = OFFICIALS;

const BOOK: Book = {
  issue: 'apbd',
  sections: ['Politik', 'Pemerintahan', 'Daerah'],
  tags: ['APBD {next}', 'DPRD Kota Sukamaju', 'anggaran'],
  where: ['di Gedung DPRD Kota Sukamaju', 'usai rapat paripurna', 'di ruang Badan Anggaran'],
  background: [
    'Rancangan APBD Kota Sukamaju Tahun Anggaran {next} direncanakan sebesar Rp {total} triliun.',
    'Pendapatan asli daerah Kota Sukamaju masih bergantung pada pajak hotel, restoran, dan PBB.',
    'Pembahasan anggaran melibatkan Badan Anggaran DPRD dan Tim Anggaran Pemerintah Daerah.',
    'Belanja pegawai masih menyerap porsi terbesar dalam struktur anggaran Kota Sukamaju.',
  ],
  slots: ({ rng }) => ({
    total: decimal(rng.int(21, 23) / 10),
    share: rng.int(38, 44),
    travel: decimal(rng.int(31, 48) / 10),
    factions: rng.pick(['lima', 'enam', 'tujuh']),
  }),
  phases: {
    kua: {
      tone: 'neutral',
      headlines: [
        'Pemkot dan DPRD Sukamaju Sepakati KUA-PPAS {next}',
        'Rancangan APBD Sukamaju {next} Capai Rp {total} Triliun',
        'Wali Kota Sampaikan Nota Pengantar RAPBD {next}',
      ],
      leads: [
        'Pemerintah Kota Sukamaju dan DPRD menandatangani kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon Anggaran Sementara (KUA-PPAS) {next}, {day}.',
        'Wali Kota Sukamaju Arief Wicaksono menyampaikan nota pengantar Rancangan APBD Tahun Anggaran {next} dalam rapat paripurna DPRD, {day}.',
      ],
      facts: [
        'Prioritas anggaran diarahkan pada pendidikan, kesehatan, dan perbaikan jalan lingkungan.',
        'Pendapatan daerah diproyeksikan naik tipis dibanding tahun berjalan.',
        'Pemkot juga mengalokasikan dana untuk lanjutan pembangunan infrastruktur jalan.',
        'Rapat paripurna dihadiri 38 dari 45 anggota dewan.',
        'Rancangan anggaran disusun mengacu pada RPJMD dan rencana kerja pemerintah daerah.',
        'Dewan meminta Pemkot menyertakan rincian proyek prioritas dalam lampiran.',
      ],
      officials: [
        [
          mayor,
          'Anggaran {next} kami fokuskan pada persoalan yang paling dirasakan warga: jalan rusak, layanan kesehatan, dan pendidikan',
        ],
        [secretary, 'Kami optimalkan pendapatan tanpa membebani warga dengan pajak baru'],
      ],
      voices: [
        [COUNCIL.speaker, 'Dewan akan membahas rancangan ini secara cermat agar benar-benar pro-rakyat'],
        [COUNCIL.budget, 'Kami ingin porsi belanja modal dinaikkan, jangan habis untuk belanja rutin'],
      ],
      closings: [
        'Pembahasan akan dilanjutkan di tingkat komisi dan Badan Anggaran.',
        'RAPBD ditargetkan disahkan sebelum akhir November.',
        'Jadwal pembahasan disepakati dalam rapat Badan Musyawarah DPRD.',
      ],
    },
    fraksi: {
      tone: 'neutral',
      headlines: [
        '{factions} Fraksi DPRD Sukamaju Sampaikan Pandangan Umum RAPBD {next}',
        'Fraksi Soroti Anggaran Infrastruktur dalam RAPBD {next}',
        'Pandangan Fraksi: Belanja Pegawai Sukamaju Terlalu Besar',
      ],
      leads: [
        'Sebanyak {factions} fraksi di DPRD Kota Sukamaju menyampaikan pandangan umum atas Rancangan APBD {next} dalam rapat paripurna, {day}.',
        'Sejumlah fraksi DPRD Kota Sukamaju menyoroti besarnya belanja pegawai yang mencapai {share} persen dalam Rancangan APBD {next}.',
      ],
      facts: [
        'Fraksi-fraksi meminta anggaran pemeliharaan jalan dan penerangan jalan umum diprioritaskan.',
        'Beberapa fraksi mempertanyakan target pendapatan yang dinilai terlalu optimistis.',
        'Ada pula fraksi yang meminta tambahan anggaran untuk guru honorer.',
        'Wali Kota dijadwalkan menyampaikan jawaban atas pandangan fraksi pekan depan.',
        'Fraksi pendukung pemerintah menyatakan menerima rancangan dengan catatan.',
        'Satu fraksi meminta penjelasan soal utang jangka pendek daerah.',
      ],
      officials: [
        [secretary, 'Semua masukan fraksi akan kami jawab dan menjadi bahan penyempurnaan'],
        [secretary, 'Kami terbuka terhadap masukan dewan, sepanjang untuk kepentingan warga'],
      ],
      voices: [
        [
          COUNCIL.opposition,
          'Porsi belanja pegawai terlalu besar, sementara anggaran pembangunan hanya sedikit. Ini tidak adil bagi warga',
        ],
        [COUNCIL.budget, 'Fraksi kami minta target PAD realistis supaya tidak terjadi defisit'],
      ],
      closings: [
        'Rapat paripurna berikutnya akan mengagendakan jawaban Wali Kota atas pandangan fraksi.',
        'Pembahasan RAPBD dijadwalkan rampung dalam tiga pekan.',
        'Dewan berharap jawaban Wali Kota disampaikan lengkap dan tertulis.',
      ],
    },
    kritik: {
      tone: 'negative',
      headlines: [
        'Anggaran Perjalanan Dinas Naik, Sukamaju Budget Watch: Tidak Peka Krisis',
        'Pegiat Anggaran Kritik Belanja Rapat dan Perjalanan Dinas dalam RAPBD {next}',
        'RAPBD {next} Dinilai Boros, Anggaran Perjalanan Dinas Rp {travel} Miliar Disorot',
      ],
      leads: [
        'Sukamaju Budget Watch mengkritik kenaikan anggaran perjalanan dinas dalam Rancangan APBD {next} yang mencapai Rp {travel} miliar.',
        'Kalangan pegiat anggaran menilai Rancangan APBD Kota Sukamaju {next} boros karena belanja rapat dan perjalanan dinas justru naik, {day}.',
      ],
      facts: [
        'Kenaikan anggaran perjalanan dinas terjadi di hampir semua perangkat daerah.',
        'Di sisi lain, anggaran pemeliharaan jalan lingkungan justru berkurang.',
        'Kajian itu disusun dari dokumen rancangan anggaran yang dipublikasikan.',
        'Pegiat anggaran meminta DPRD memangkas pos-pos yang tidak mendesak.',
        'Sukamaju Budget Watch juga mempertanyakan anggaran makan minum rapat yang naik dua kali lipat.',
        'Kajian itu dipaparkan dalam diskusi publik yang dihadiri mahasiswa dan pegiat antikorupsi.',
      ],
      officials: [
        [secretary, 'Angka perjalanan dinas itu masih rancangan dan akan kami rasionalisasi'],
        [secretary, 'Semua dinas sudah diminta berhemat. Tidak ada perjalanan dinas yang tidak perlu'],
      ],
      voices: [
        [
          VOICES.watchdog,
          'Warga masih banyak yang kesulitan, tapi anggaran jalan-jalan pejabat naik. Ini tidak peka',
        ],
        [
          VOICES.watchdog,
          'Kami minta DPRD berani memangkas belanja yang tidak berdampak langsung bagi warga',
        ],
        [COUNCIL.opposition, 'Kritik ini harus didengar. Fraksi kami akan mengusulkan pemangkasan'],
      ],
      closings: [
        'Badan Anggaran DPRD menyatakan akan mengkaji ulang pos perjalanan dinas.',
        'Pegiat anggaran berencana menyerahkan kajian lengkapnya ke DPRD.',
        'Pegiat anggaran akan memantau pembahasan hingga rapat paripurna pengesahan.',
      ],
    },
    sah: {
      tone: 'neutral',
      headlines: [
        'DPRD Sahkan APBD Kota Sukamaju {next}',
        'APBD {next} Disahkan, Belanja Modal Dapat Porsi Lebih Besar',
        'Paripurna DPRD Setujui APBD Sukamaju {next} Senilai Rp {total} Triliun',
      ],
      leads: [
        'DPRD Kota Sukamaju mengesahkan APBD Tahun Anggaran {next} sebesar Rp {total} triliun dalam rapat paripurna, {day}.',
        'Rancangan APBD Kota Sukamaju {next} resmi disahkan menjadi peraturan daerah setelah disetujui seluruh fraksi dalam rapat paripurna, {day}.',
      ],
      facts: [
        'Anggaran belanja modal untuk infrastruktur naik dibanding rancangan awal.',
        'Pos perjalanan dinas dipangkas setelah pembahasan di Badan Anggaran.',
        'APBD yang disahkan akan dievaluasi oleh Gubernur sebelum berlaku.',
        'Penandatanganan persetujuan bersama dilakukan Wali Kota dan Ketua DPRD.',
        'Fraksi-fraksi menyampaikan pendapat akhir sebelum pengambilan keputusan.',
        'Pengesahan berlangsung lebih cepat dibanding tahun sebelumnya.',
      ],
      officials: [
        [mayor, 'Terima kasih kepada dewan. APBD ini harus segera dieksekusi begitu tahun anggaran dimulai'],
        [
          secretary,
          'Kami akan segera menyusun dokumen pelaksanaan anggaran agar program bisa berjalan sejak Januari',
        ],
      ],
      voices: [
        [COUNCIL.speaker, 'Dewan akan mengawasi pelaksanaannya. Jangan sampai serapan anggaran rendah lagi'],
        [
          VOICES.watchdog,
          'Pemangkasan perjalanan dinas kami apresiasi, tapi pengawasannya harus terus dilakukan',
        ],
      ],
      closings: [
        'APBD {next} mulai berlaku pada 1 Januari setelah melalui evaluasi provinsi.',
        'Pemkot menargetkan lelang proyek fisik dimulai lebih awal tahun depan.',
        'Dewan meminta Pemkot mengumumkan ringkasan APBD kepada publik.',
      ],
    },
  },
};

export const cityBudget: Topic = { key: 'apbd', write: (ctx) => writeFromBook(BOOK, ctx) };

// Sentence banks for health, stunting, schools and social aid: the beats of Dinkes, Disdik and Dinsos.
import type { Topic } from './topic.ts';

export const DENGUE: Topic = {
  id: 'dbd',
  section: 'Kesehatan',
  agency: 'dinkes',
  tags: ['DBD', 'kesehatan', 'Dinas Kesehatan'],
  headlines: [
    'Kasus DBD di Kota Sukamaju [Naik|Melonjak] Jadi {n} Kasus, Dinkes [Minta Warga Gencarkan PSN|Lakukan Fogging]',
    '{angka} Warga {kecamatan} Dirawat karena Demam Berdarah, [Dinkes Telusuri Sumber Penularan|Puskesmas Siaga]',
    'Dinkes Kota Sukamaju [Gelar Gerakan Satu Rumah Satu Jumantik|Bagikan Larvasida] di Kelurahan {kelurahan}',
  ],
  leads: [
    'Dinas Kesehatan (Dinkes) {kota} mencatat {n} kasus demam berdarah dengue (DBD) sejak awal tahun, [meningkat dibanding periode yang sama tahun lalu|dengan sebaran terbanyak di Kecamatan {kecamatan}].',
    '{angka} warga Kelurahan {kelurahan}, Kecamatan {kecamatan}, [harus dirawat di RSUD Sukamaju|menjalani perawatan] setelah terjangkit demam berdarah dalam [dua pekan terakhir|sepekan terakhir].',
  ],
  facts: [
    'Petugas {puskesmas} melakukan penyelidikan epidemiologi di sekitar rumah pasien dan menemukan jentik nyamuk di [bak mandi, dispenser, dan barang bekas|tempat penampungan air warga].',
    'Pengasapan atau fogging [dilakukan di radius 100 meter dari rumah penderita|hanya dilakukan jika memenuhi kriteria], karena [tidak membunuh jentik|efeknya hanya sementara].',
    'Angka bebas jentik di kelurahan tersebut baru mencapai {persen} persen, [di bawah target nasional 95 persen|masih jauh dari standar].',
    'Sebagian besar pasien merupakan [anak usia sekolah|warga berusia 5 hingga 14 tahun] yang [mengalami demam tinggi lebih dari tiga hari|terlambat dibawa ke fasilitas kesehatan].',
    '[Dinkes|Pemerintah kota] membagikan bubuk larvasida [secara gratis|melalui kader posyandu] kepada {ribu} rumah di [wilayah endemis|kelurahan dengan kasus tertinggi].',
    'Gerakan pemberantasan sarang nyamuk dengan metode 3M Plus [digelar serentak setiap Jumat|kembali digencarkan di tingkat RT dan RW].',
    'RSUD Sukamaju [menyiapkan ruang perawatan tambahan|menambah {angka} tempat tidur] untuk mengantisipasi lonjakan pasien [DBD|demam berdarah].',
    'Musim pancaroba dengan [hujan yang turun tidak menentu|genangan air di mana-mana] disebut memperbesar peluang nyamuk Aedes aegypti berkembang biak.',
    'Sepanjang tahun lalu tercatat {n2} kasus DBD dengan [dua|tiga] kasus kematian di {kota}.',
    'Warga diminta segera membawa anggota keluarga yang demam ke puskesmas terdekat [agar mendapat penanganan dini|tanpa menunggu gejala memburuk].',
    'Kader jumantik di setiap RW [mendapat pelatihan ulang|dilibatkan memeriksa rumah warga] [setiap pekan|secara berkala].',
  ],
  quotes: [
    'Fogging bukan solusi utama. Yang paling efektif tetap menguras, menutup, dan mendaur ulang barang bekas',
    'Kami minta masyarakat tidak panik, tetapi waspada. Kenali gejalanya dan segera periksa',
    'Semua puskesmas sudah kami minta siaga dan melaporkan setiap kasus dalam 24 jam',
  ],
  voices: [
    'Anak saya demam tiga hari, trombositnya turun, akhirnya dirawat di rumah sakit',
    'Sekarang tiap Jumat kami kerja bakti bersihkan selokan dan kuras bak mandi',
    'Kami minta lingkungan kami di-fogging karena sudah ada tetangga yang kena',
  ],
};

export const STUNTING: Topic = {
  id: 'stunting',
  section: 'Kesehatan',
  agency: 'dinkes',
  tags: ['stunting', 'posyandu', 'gizi'],
  headlines: [
    'Prevalensi Stunting di Kota Sukamaju Turun Jadi {persen} Persen, Pemkot [Kejar Target Nasional|Perluas Intervensi]',
    'Wali Kota Sukamaju [Canangkan Gerakan Orang Tua Asuh|Kunjungi Posyandu] untuk [Cegah Stunting|Anak Berisiko Stunting]',
    '[Kader Posyandu|Tim Pendamping Keluarga] di {kecamatan} [Dilatih Ukur Tumbuh Kembang Balita|Jemput Bola Timbang Balita]',
  ],
  leads: [
    'Prevalensi stunting di {kota} [tercatat turun|berhasil ditekan] menjadi {persen} persen berdasarkan hasil [penimbangan serentak|survei status gizi] terbaru.',
    '{walikota} [mencanangkan|meluncurkan] gerakan [orang tua asuh|pendampingan gizi] bagi balita berisiko stunting di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {hari_tgl}.',
  ],
  facts: [
    'Sebanyak {n} balita [teridentifikasi berisiko stunting|masuk kategori gizi kurang] dan [kini mendapat pendampingan|akan menerima makanan tambahan] selama [90|120] hari.',
    'Pemberian makanan tambahan berbahan pangan lokal seperti [telur, ikan, dan sayuran hijau|kacang hijau dan hati ayam] disalurkan melalui {n2} posyandu.',
    'Tim pendamping keluarga yang terdiri atas bidan, kader PKK, dan kader KB [mengunjungi|mendata] calon pengantin dan ibu hamil [sejak trimester pertama|secara rutin].',
    'Aparatur sipil negara di lingkungan pemerintah kota [diminta menjadi orang tua asuh|didorong menyisihkan sebagian tunjangan] bagi balita dari keluarga kurang mampu.',
    'Pemeriksaan kehamilan [minimal enam kali|secara berkala] dan pemberian tablet tambah darah bagi remaja putri menjadi bagian dari intervensi spesifik.',
    'Faktor sanitasi dan akses air bersih [disebut berperan besar|turut memengaruhi] angka stunting di [kawasan padat penduduk|permukiman di bantaran sungai].',
    'Pemerintah kota mengalokasikan {rp_miliar} [untuk program percepatan penurunan stunting|bagi intervensi gizi] tahun ini.',
    'Setiap posyandu kini dilengkapi [alat ukur antropometri terstandar|timbangan digital dan papan ukur panjang badan] [bantuan pemerintah pusat|dari dana kelurahan].',
    'Data [by name by address|per individu] balita stunting dimasukkan ke aplikasi [elektronik pencatatan gizi|pemantauan tumbuh kembang] agar intervensi tepat sasaran.',
    'Angka tersebut masih di atas target nasional sebesar 14 persen sehingga [upaya konvergensi lintas OPD|kerja sama dengan perguruan tinggi] terus diperkuat.',
    'Kecamatan {kecamatan2} tercatat sebagai wilayah dengan [kasus tertinggi|penurunan tercepat] dalam setahun terakhir.',
  ],
  quotes: [
    'Stunting bukan hanya soal tinggi badan, tetapi soal kecerdasan dan masa depan anak-anak Sukamaju',
    'Kami ingin tidak ada lagi balita yang luput dari pemantauan. Semua harus datang ke posyandu setiap bulan',
    'Kolaborasi dengan dunia usaha dan tokoh agama sangat membantu mengubah pola asuh di keluarga',
  ],
  voices: [
    'Sekarang saya tahu anak saya perlu lebih banyak protein. Kader datang ke rumah tiap minggu',
    'Bantuan telur dan susu sangat membantu, karena penghasilan suami pas-pasan',
    'Dulu saya jarang ke posyandu, sekarang rutin karena ada pendampingan',
  ],
};

export const SCHOOLS: Topic = {
  id: 'pendidikan',
  section: 'Pendidikan',
  agency: 'disdik',
  tags: ['pendidikan', 'sekolah', 'Disdik'],
  headlines: [
    '[Atap Ruang Kelas|Bangunan] {sekolah} [Ambruk|Rusak Berat], Siswa Belajar [di Masjid|Bergantian]',
    'SPMB Kota Sukamaju Dibuka {tanggal_depan}, Disdik [Siapkan {ribu} Kursi|Tegaskan Tak Ada Titipan]',
    'Disdik Kota Sukamaju [Rehabilitasi|Bangun] {n} Ruang Kelas [Tahun Ini|dengan Anggaran {rp_miliar}]',
    '[Guru Honorer|Ratusan Guru] di Kota Sukamaju [Ikuti Seleksi PPPK|Terima Insentif]',
  ],
  leads: [
    'Dinas Pendidikan (Disdik) {kota} [menyiapkan|mengalokasikan] anggaran {rp_miliar} untuk [rehabilitasi|pembangunan] {n} ruang kelas yang rusak di sejumlah sekolah dasar dan menengah pertama.',
    'Siswa {sekolah} di Kelurahan {kelurahan}, Kecamatan {kecamatan}, terpaksa [belajar bergantian|menumpang belajar di gedung lain] setelah [atap dua ruang kelas ambruk|bangunan sekolah dinyatakan tidak layak].',
  ],
  facts: [
    '[Tidak ada korban|Beruntung tidak ada siswa yang terluka] karena [kejadian berlangsung di luar jam pelajaran|atap runtuh saat siswa sudah pulang].',
    'Bangunan sekolah tersebut [terakhir direhabilitasi|dibangun] [lebih dari 15 tahun lalu|pada era 1980-an] dan kayunya [sudah lapuk dimakan rayap|tidak pernah diganti].',
    'Sistem penerimaan murid baru tahun ini [menggunakan jalur domisili, afirmasi, mutasi, dan prestasi|dilakukan sepenuhnya secara daring].',
    'Daya tampung SMP negeri di {kota} hanya sekitar {ribu} kursi, sementara lulusan SD mencapai [lebih dari dua kali lipat|jumlah yang jauh lebih besar].',
    'Disdik [membuka posko pengaduan|menyediakan layanan konsultasi] bagi orang tua yang mengalami kendala [pendaftaran|verifikasi dokumen kependudukan].',
    'Sebanyak {n2} guru honorer [dinyatakan lulus seleksi|akan diangkat menjadi] pegawai pemerintah dengan perjanjian kerja (PPPK).',
    '[Insentif guru honorer|Tunjangan guru ngaji] [naik menjadi|dibayarkan sebesar] {harga} per bulan mulai [tahun ini|triwulan kedua].',
    'Program [makan bergizi gratis|sarapan sehat] [sudah menjangkau|mulai diuji coba di] {angka} sekolah di Kecamatan {kecamatan2}.',
    'Kepala sekolah [telah melaporkan kerusakan|mengajukan proposal perbaikan] ke dinas sejak [tahun lalu|beberapa bulan lalu] [namun belum ditindaklanjuti|dan baru sekarang direspons].',
    'Komite sekolah [mengimbau|meminta] orang tua tidak dipungut biaya apa pun [untuk perbaikan gedung|di luar ketentuan].',
    'Angka partisipasi sekolah jenjang SMP di {kota} [mencapai|baru] {persen} persen menurut data dinas.',
  ],
  quotes: [
    'Keselamatan siswa yang utama. Untuk sementara kegiatan belajar kami pindahkan sampai perbaikan selesai',
    'Tidak ada jalur titipan. Semua proses transparan dan bisa dipantau orang tua melalui laman resmi',
    'Kami prioritaskan sekolah dengan tingkat kerusakan berat dan jumlah siswa terbanyak',
  ],
  voices: [
    'Anak-anak jadi tidak nyaman belajar karena harus bergantian ruang',
    'Saya sempat bingung mendaftar secara daring, untung ada petugas yang membantu',
    'Semoga gedungnya cepat dibangun lagi supaya anak-anak bisa belajar dengan tenang',
  ],
};

export const SOCIAL_AID: Topic = {
  id: 'bansos',
  section: 'Sosial',
  agency: 'dinsos',
  tags: ['bansos', 'Dinsos', 'kemiskinan'],
  headlines: [
    'Dinsos Kota Sukamaju Salurkan Bantuan Sosial kepada {ribu} Keluarga Penerima Manfaat',
    'Data Penerima Bansos di {kecamatan} [Dimutakhirkan|Dinilai Tak Tepat Sasaran], [Warga Diminta Melapor|DPRD Minta Verifikasi Ulang]',
    'Pemkot Sukamaju [Bedah|Rehabilitasi] {n} Rumah Tidak Layak Huni [Tahun Ini|di {kecamatan}]',
  ],
  leads: [
    'Dinas Sosial (Dinsos) {kota} mulai menyalurkan bantuan sosial kepada {ribu} keluarga penerima manfaat (KPM) [di {angka} kecamatan|melalui kantor pos dan bank penyalur], {hari_tgl}.',
    'Pemerintah {kota} [menargetkan perbaikan|akan merehabilitasi] {n} rumah tidak layak huni (rutilahu) milik warga kurang mampu [tahun ini|dengan anggaran {rp_miliar}].',
  ],
  facts: [
    'Setiap keluarga menerima [bantuan senilai|uang tunai sebesar] {harga} [per bulan yang dibayarkan per triwulan|ditambah paket sembako].',
    'Data penerima mengacu pada Data Tunggal Sosial dan Ekonomi Nasional yang [dimutakhirkan setiap bulan|diverifikasi petugas di tingkat kelurahan].',
    'Warga yang merasa berhak tetapi belum terdaftar dapat [mengusulkan diri melalui kelurahan|melapor melalui aplikasi cek bansos].',
    '[Sejumlah|Ratusan] penerima [dicoret|dikeluarkan] dari daftar karena [sudah meninggal dunia, pindah domisili, atau dinilai mampu|terdaftar sebagai ASN].',
    'Penyaluran di Kelurahan {kelurahan} [sempat diwarnai antrean panjang|berjalan tertib] [sejak pagi|hingga sore hari].',
    'Bantuan rehabilitasi rumah senilai {rp_juta} per unit diberikan dalam bentuk bahan bangunan dan [dikerjakan secara gotong royong|upah tukang].',
    'Pendamping sosial [diminta memastikan|ditugaskan mengawal] bantuan tidak dipotong oleh pihak mana pun.',
    'Angka kemiskinan di {kota} [turun menjadi|tercatat] {persen} persen menurut [data Badan Pusat Statistik|rilis BPS terbaru].',
    'Dinsos juga menyalurkan [kursi roda dan alat bantu dengar|bantuan permakanan] kepada penyandang disabilitas dan lansia tunggal.',
    'Program ini dibiayai dari kombinasi APBN, APBD provinsi, dan APBD kota [serta dana tanggung jawab sosial perusahaan|dengan porsi terbesar dari pusat].',
    'Inspektorat [menerima laporan dugaan pungutan|menindaklanjuti aduan] terkait penyaluran bantuan di RW {rw} Kelurahan {kelurahan2}.',
  ],
  quotes: [
    'Bantuan ini tidak boleh dipotong sepeser pun. Kalau ada yang meminta uang, laporkan kepada kami',
    'Kami terus memperbaiki data agar bantuan benar-benar sampai kepada yang berhak',
    'Pemerintah hadir untuk warga yang paling membutuhkan, terutama lansia dan penyandang disabilitas',
  ],
  voices: [
    'Bantuannya sangat membantu untuk beli beras dan bayar sekolah anak',
    'Rumah saya dulu bocor setiap hujan, sekarang sudah diperbaiki',
    'Tetangga saya yang lebih mampu malah dapat, saya yang janda tidak terdaftar',
  ],
};

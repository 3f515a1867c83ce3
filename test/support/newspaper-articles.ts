// Regional news about the fictional Kota Sukamaju, written for the OCR tests (not taken from any
// newspaper): the vocabulary, names, numbers and dates a clipping from a regional daily carries.

export interface NewsArticle {
  headline: string;
  paragraphs: string[];
}

export const NEWS_ARTICLES: NewsArticle[] = [
  {
    headline: 'Pemkot Sukamaju Perbaiki 42 Ruas Jalan Rusak Sebelum Musim Hujan',
    paragraphs: [
      'SUKAMAJU - Pemerintah Kota Sukamaju menargetkan perbaikan 42 ruas jalan rusak rampung sebelum puncak musim hujan pada akhir November 2026. Anggaran yang disiapkan mencapai Rp 18,7 miliar dari APBD Perubahan.',
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang, Ir. Hendra Wiratmaja, mengatakan pekerjaan dibagi menjadi tiga paket. Paket pertama mencakup Jalan Merdeka, Jalan Cempaka dan Jalan Raya Cibening yang setiap hari dilalui truk pengangkut pasir.',
      'Menurut Hendra, sebagian besar kerusakan disebabkan oleh saluran drainase yang tersumbat sampah sehingga air menggenangi badan jalan. Karena itu, perbaikan jalan akan disertai normalisasi saluran sepanjang 6,4 kilometer.',
      'Warga Kelurahan Sindangsari, Ujang Supriatna (47), berharap perbaikan tidak hanya tambal sulam. Setiap tahun lubangnya ditambal, lalu sebulan kemudian terbuka lagi, ujarnya saat ditemui di warungnya, Senin (12/10/2026).',
    ],
  },
  {
    headline: 'Wali Kota Resmikan Pasar Rakyat Cibening',
    paragraphs: [
      'SUKAMAJU - Wali Kota Sukamaju, Dra. Ratna Kusumawardani, meresmikan gedung baru Pasar Rakyat Cibening, Kamis (8/10/2026). Pasar dua lantai itu menampung 312 kios dan 140 los bagi pedagang sayur, daging dan ikan.',
      'Pembangunan pasar menghabiskan dana Rp 24,5 miliar yang bersumber dari dana alokasi khusus dan APBD kota. Pedagang lama mendapat prioritas menempati kios tanpa biaya sewa selama enam bulan pertama.',
      'Ratna meminta pengelola pasar menjaga kebersihan dan menata parkir agar tidak menimbulkan kemacetan di Jalan Raya Cibening. Pasar ini harus menjadi contoh pasar tradisional yang bersih, aman dan nyaman, katanya.',
    ],
  },
  {
    headline: 'DBD Meningkat, Dinkes Gencarkan Pemberantasan Sarang Nyamuk',
    paragraphs: [
      'SUKAMAJU - Dinas Kesehatan Kota Sukamaju mencatat 186 kasus demam berdarah dengue sejak Januari hingga pertengahan Oktober 2026, naik hampir dua kali lipat dibanding periode yang sama tahun lalu. Dua pasien di antaranya meninggal dunia.',
      'Kepala Dinas Kesehatan, dr. Sri Mulyani, M.Kes., mengimbau warga menjalankan gerakan 3M Plus, yaitu menguras, menutup dan mendaur ulang barang bekas, serta memakai losion antinyamuk. Petugas puskesmas juga membagikan bubuk abate secara gratis.',
      'Kasus terbanyak ditemukan di Kecamatan Sukamaju Utara dengan 58 kasus, disusul Kecamatan Babakan dengan 41 kasus. Pengasapan atau fogging hanya dilakukan di lokasi yang terbukti menjadi sumber penularan.',
      'Sri menambahkan, warga yang mengalami demam tinggi lebih dari dua hari sebaiknya segera memeriksakan diri ke puskesmas terdekat. Pemeriksaan darah di seluruh puskesmas tidak dipungut biaya.',
    ],
  },
  {
    headline: 'Seribu Pelajar Ikuti Festival Literasi Sukamaju',
    paragraphs: [
      'SUKAMAJU - Sekitar seribu pelajar SD dan SMP memadati halaman Perpustakaan Daerah Kota Sukamaju pada Festival Literasi, Sabtu (10/10/2026). Kegiatan tahunan itu diisi lomba membaca puisi, mendongeng dan menulis cerita pendek.',
      'Kepala Dinas Perpustakaan dan Kearsipan, Drs. Agus Salim Nugraha, menyebutkan jumlah pengunjung perpustakaan meningkat 35 persen setelah layanan perpustakaan keliling menjangkau 27 kelurahan.',
      'Juara lomba menulis cerita pendek, Nabila Putri Rahayu dari SMP Negeri 4 Sukamaju, mengaku terinspirasi oleh kisah neneknya yang berjualan kue di pasar. Karyanya akan dibukukan bersama sembilan cerita terbaik lainnya.',
    ],
  },
  {
    headline: 'Banjir Rendam 350 Rumah di Bantaran Sungai Cikaret',
    paragraphs: [
      'SUKAMAJU - Hujan deras yang mengguyur Kota Sukamaju selama enam jam pada Selasa malam (13/10/2026) membuat Sungai Cikaret meluap. Sedikitnya 350 rumah di Kelurahan Pasirjaya dan Kelurahan Tegalwangi terendam air setinggi 50 sentimeter hingga satu meter.',
      'Badan Penanggulangan Bencana Daerah mengevakuasi 96 warga, sebagian besar lansia dan anak-anak, ke gedung serbaguna kecamatan. Dapur umum didirikan bersama Taruna Siaga Bencana dan relawan Palang Merah Indonesia.',
      'Kepala Pelaksana BPBD Kota Sukamaju, Dedi Kurniawan, mengatakan air mulai surut pada Rabu pagi. Namun, warga diminta tetap waspada karena Badan Meteorologi, Klimatologi dan Geofisika memperkirakan hujan lebat masih akan turun hingga akhir pekan.',
      'Pemerintah kota berencana membangun tanggul permanen sepanjang 1,2 kilometer di titik rawan luapan. Pekerjaan itu diusulkan dalam rancangan anggaran tahun 2027.',
    ],
  },
  {
    headline: 'DPRD Sahkan Perda Pengelolaan Sampah',
    paragraphs: [
      'SUKAMAJU - Dewan Perwakilan Rakyat Daerah Kota Sukamaju mengesahkan Peraturan Daerah tentang Pengelolaan Sampah dalam rapat paripurna, Rabu (14/10/2026). Perda itu mewajibkan pemilahan sampah organik dan anorganik sejak dari rumah tangga.',
      'Ketua Panitia Khusus, H. Asep Saepuloh, menjelaskan pelanggar dapat dikenai sanksi administratif berupa teguran hingga denda paling banyak Rp 500.000. Sanksi baru berlaku setelah masa sosialisasi selama satu tahun.',
      'Saat ini Tempat Pemrosesan Akhir Cigadog menerima sekitar 410 ton sampah setiap hari dan diperkirakan penuh dalam tiga tahun. Pemkot menargetkan volume sampah yang dibuang ke TPA berkurang 30 persen melalui bank sampah di setiap kelurahan.',
    ],
  },
  {
    headline: 'UMKM Batik Sukamaju Tembus Pasar Ekspor',
    paragraphs: [
      'SUKAMAJU - Kelompok perajin batik tulis Sekar Wangi di Kelurahan Margaluyu mengirim 1.200 lembar kain batik ke Malaysia dan Brunei Darussalam pada awal Oktober 2026. Ini merupakan pengiriman ekspor pertama bagi kelompok yang beranggotakan 38 perajin itu.',
      'Ketua kelompok, Euis Komalasari (52), mengatakan motif daun teh dan burung kuntul khas Sukamaju paling diminati pembeli. Harga selembar kain berkisar antara Rp 350.000 dan Rp 1,5 juta, tergantung kerumitan motif.',
      'Dinas Koperasi dan Usaha Kecil Menengah mendampingi kelompok tersebut dalam urusan perizinan, pengemasan dan pemasaran daring. Tahun depan, dinas menargetkan sepuluh kelompok usaha lain siap mengekspor produknya.',
      'Menurut Euis, kendala terbesar saat ini adalah regenerasi perajin. Sebagian besar anggota kelompok berusia di atas 40 tahun, sehingga pihaknya membuka kelas membatik gratis bagi remaja setiap hari Minggu.',
    ],
  },
  {
    headline: 'RSUD Sukamaju Buka Layanan Cuci Darah Malam Hari',
    paragraphs: [
      'SUKAMAJU - Rumah Sakit Umum Daerah Kota Sukamaju membuka layanan hemodialisis atau cuci darah pada malam hari mulai 1 Oktober 2026. Layanan tambahan itu diharapkan memangkas antrean pasien gagal ginjal yang mencapai 74 orang.',
      'Direktur RSUD, dr. Bambang Setiadi, Sp.PD., mengatakan rumah sakit menambah 12 mesin hemodialisis dan merekrut delapan perawat bersertifikat. Dengan tambahan itu, kapasitas layanan naik menjadi 96 tindakan per hari.',
      'Seorang pasien, Ahmad Fauzi (58), mengaku terbantu karena tidak lagi harus menunggu hingga tiga minggu. Sekarang saya bisa cuci darah sepulang kerja, jadi tidak perlu izin dari kantor, katanya.',
    ],
  },
  {
    headline: 'Pemkot Bagikan 5.000 Bibit Pohon untuk Penghijauan',
    paragraphs: [
      'SUKAMAJU - Dinas Lingkungan Hidup Kota Sukamaju membagikan 5.000 bibit pohon kepada warga dalam rangka gerakan penghijauan kota, Minggu (11/10/2026). Bibit yang dibagikan antara lain mahoni, trembesi, alpukat dan durian.',
      'Kepala Dinas Lingkungan Hidup, Yayan Sopyan, S.Hut., mengatakan ruang terbuka hijau di Kota Sukamaju baru mencapai 17 persen dari luas wilayah, masih di bawah ketentuan minimal 30 persen.',
      'Setiap rukun warga diminta menanam sedikitnya 20 pohon di lahan fasilitas umum. Dinas akan memantau pertumbuhan bibit setiap tiga bulan dan memberikan penghargaan kepada lingkungan yang paling hijau.',
      'Selain menanam pohon, pemkot juga menyiapkan tiga taman kota baru di bekas lahan terminal lama, di Kelurahan Sukaresmi dan di dekat Stadion Wibawa Mukti.',
    ],
  },
  {
    headline: 'Persisuk Melaju ke Babak Delapan Besar Liga 3',
    paragraphs: [
      'SUKAMAJU - Persisuk Sukamaju memastikan tiket ke babak delapan besar Liga 3 Jawa Barat setelah menundukkan Persikab 2-1 di Stadion Wibawa Mukti, Jumat (9/10/2026). Dua gol Persisuk dicetak Rizky Ramadhan pada menit ke-23 dan ke-71.',
      'Pelatih Persisuk, Dadang Suherman, memuji semangat para pemain yang tampil di depan sekitar 8.000 penonton. Ia mengakui lini belakang timnya masih sering kehilangan konsentrasi menjelang akhir pertandingan.',
      'Di babak delapan besar, Persisuk tergabung di Grup B bersama tiga tim lain. Manajemen klub meminta suporter tertib dan tidak menyalakan suar di dalam stadion agar tim tidak dikenai sanksi oleh komisi disiplin.',
    ],
  },
];

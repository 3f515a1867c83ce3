// Sentence banks for floods, roads, clean water and waste: the beats Dinas PUPR, BPBD, PDAM and DLH answer for.
import type { Topic } from './topic.ts';

export const FLOODS: Topic = {
  id: 'banjir',
  section: 'Peristiwa',
  agency: 'bpbd',
  tags: ['banjir', 'BPBD', 'cuaca ekstrem'],
  headlines: [
    'Banjir Rendam {n} Rumah di Kecamatan {kecamatan}, BPBD [Dirikan Posko Pengungsian|Evakuasi Warga]',
    '[Hujan Deras Semalaman|Luapan {sungai}] [Sebabkan|Picu] Banjir di Kelurahan {kelurahan}',
    'BPBD Kota Sukamaju [Siagakan Petugas|Petakan Titik Rawan] [Jelang Puncak Musim Hujan|Usai Banjir di {kecamatan}]',
    '{sungai} Meluap, Warga Kelurahan {kelurahan} [Mengungsi ke Masjid|Bertahan di Lantai Dua]',
  ],
  leads: [
    'Hujan deras yang mengguyur {kota} sejak {hari} sore menyebabkan {sungai} meluap dan merendam {n} rumah warga di Kelurahan {kelurahan}, Kecamatan {kecamatan}. [Ketinggian air|Genangan] di sejumlah titik mencapai {cm} sentimeter.',
    'Sebanyak {n} rumah di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {kota}, terendam banjir [setelah|akibat] hujan [lebat|deras] [mengguyur wilayah tersebut lebih dari tiga jam|turun sejak dini hari].',
  ],
  facts: [
    'Petugas {opd} bersama relawan dan aparat kewilayahan [mengevakuasi|membantu mengungsikan] {kk} kepala keluarga ke [masjid terdekat|balai kelurahan|gedung sekolah] yang dijadikan tempat pengungsian sementara.',
    'Air mulai masuk ke permukiman sekitar pukul {jam} WIB dan terus naik [hingga menjelang tengah malam|dalam waktu kurang dari satu jam].',
    'Selain merendam rumah, banjir juga [memutus akses|menggenangi ruas] {jalan} sehingga kendaraan roda dua [tidak bisa melintas|harus memutar arah].',
    '[Berdasarkan data sementara|Menurut catatan] {opd}, tidak ada korban jiwa dalam [kejadian|peristiwa] tersebut, namun kerugian material [masih dihitung|diperkirakan mencapai {rp_juta}].',
    'Warga [menyebut|mengeluhkan] banjir kali ini sebagai yang terparah dalam [lima|tiga|sepuluh] tahun terakhir di RT {rt} RW {rw}.',
    'Pemerintah Kota Sukamaju [menyalurkan|mendistribusikan] bantuan berupa [beras, mi instan, selimut, dan air bersih|makanan siap saji dan perlengkapan bayi] kepada warga terdampak.',
    '{opd} mencatat ada {angka} titik rawan banjir di {kota}, [sebagian besar|mayoritas] berada di [bantaran|sepanjang aliran] {sungai}.',
    'Penyempitan saluran drainase dan [tumpukan sampah|sedimentasi] di [gorong-gorong|saluran air] disebut menjadi [salah satu penyebab|pemicu utama] air meluap ke permukiman.',
    'Dinas PUPR [berencana|dijadwalkan] melakukan normalisasi saluran sepanjang {meter} meter di sekitar {jalan} [tahun ini|pada {tahun}].',
    'BMKG sebelumnya telah [mengeluarkan peringatan dini|memprakirakan] cuaca ekstrem [berupa hujan lebat disertai angin kencang|untuk wilayah Priangan Timur] [sepanjang pekan ini|hingga akhir {bulan}].',
    'Tim kesehatan dari {puskesmas} [membuka pos layanan|melakukan pemeriksaan] bagi pengungsi, [terutama|khususnya] lansia dan balita yang mulai mengeluhkan [gatal-gatal dan demam|batuk dan pilek].',
    'Hingga [keesokan paginya|berita ini diturunkan], air di [beberapa rumah|Kelurahan {kelurahan}] [dilaporkan mulai surut|belum sepenuhnya surut].',
    'Personel TNI dan Polri [ikut membersihkan lumpur|membantu membersihkan sisa material] di rumah warga dan fasilitas umum setelah air surut.',
  ],
  quotes: [
    'Kami sudah menyiagakan perahu karet dan personel di {angka} titik. Warga yang rumahnya masih tergenang kami minta [segera|untuk sementara] mengungsi',
    'Curah hujan [tinggi|di atas normal] diperkirakan masih terjadi hingga akhir bulan, jadi masyarakat di bantaran sungai harus tetap waspada',
    'Penanganan jangka panjang tidak bisa hanya dari pemerintah. Kebiasaan membuang sampah ke sungai harus dihentikan',
    'Kebutuhan logistik untuk pengungsi aman untuk [tiga hari|satu pekan] ke depan dan kami terus berkoordinasi dengan pihak kelurahan',
  ],
  voices: [
    'Air naiknya cepat sekali, barang-barang di rumah tidak sempat diselamatkan',
    'Setiap hujan besar pasti begini. Kami berharap saluran di depan rumah segera diperbaiki',
    'Anak-anak sementara tidur di masjid. Yang penting semua selamat',
  ],
};

export const ROADS: Topic = {
  id: 'jalan',
  section: 'Infrastruktur',
  agency: 'pupr',
  tags: ['infrastruktur', 'jalan rusak', 'Dinas PUPR'],
  headlines: [
    'Perbaikan {jalan} Sepanjang {km} Kilometer Ditargetkan Rampung [Akhir Tahun|Sebelum Lebaran]',
    'Warga Keluhkan Jalan Berlubang di Kelurahan {kelurahan}, Dinas PUPR [Janji Segera Tambal|Turunkan Tim]',
    'Pemkot Sukamaju Alokasikan {rp_miliar} untuk [Peningkatan|Rehabilitasi] Jalan [Lingkungan|Kota] di {kecamatan}',
    '[Proyek Betonisasi|Pelebaran] {jalan} [Mulai Dikerjakan|Molor], Pengendara Diminta Cari Jalur Alternatif',
  ],
  leads: [
    'Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) {kota} [mulai mengerjakan|menargetkan penyelesaian] perbaikan {jalan} sepanjang {km} kilometer yang [selama ini dikeluhkan warga|rusak parah sejak awal tahun].',
    'Kerusakan {jalan} di Kelurahan {kelurahan}, Kecamatan {kecamatan}, [kian parah|makin dikeluhkan pengendara] setelah [diguyur hujan beberapa pekan terakhir|dilintasi truk bermuatan berat].',
  ],
  facts: [
    'Pekerjaan tersebut dibiayai dari APBD {tahun} dengan nilai kontrak sekitar {rp_miliar} dan dikerjakan oleh [penyedia jasa hasil lelang|kontraktor pemenang tender].',
    'Lubang di badan jalan [memiliki kedalaman hingga|ada yang sedalam] {cm} sentimeter dan [kerap memicu kecelakaan|membahayakan pengendara] pada malam hari.',
    'Selama pengerjaan, arus lalu lintas di {jalan} [diberlakukan sistem buka-tutup|dialihkan ke jalan lingkungan] [mulai pukul {jam} WIB|pada jam sibuk].',
    '[Sebagian warga|Pengendara ojek daring] [menanam pohon pisang|memasang tanda peringatan] di tengah jalan sebagai bentuk protes [karena perbaikan tak kunjung dilakukan|atas kerusakan yang dibiarkan berbulan-bulan].',
    'Dinas PUPR mencatat [panjang jalan kota mencapai|total ruas jalan kota sepanjang] {ribu} meter, dengan {persen} persen di antaranya dalam kondisi rusak ringan hingga berat.',
    'Konsultan pengawas diminta memastikan [ketebalan beton|kualitas aspal] sesuai spesifikasi teknis [agar jalan tidak cepat rusak kembali|sebagaimana tercantum dalam kontrak].',
    'Perbaikan juga mencakup [pembangunan saluran drainase|pemasangan penerangan jalan umum] di sisi {jalan} agar air hujan tidak lagi menggenangi badan jalan.',
    'Jalan tersebut merupakan [akses utama|jalur penghubung] menuju {pasar} dan [kawasan industri|sejumlah sekolah] sehingga [dilalui ribuan kendaraan setiap hari|sangat vital bagi perekonomian warga].',
    'Pada tahap awal, petugas menambal {n} titik lubang [dengan aspal dingin|secara manual] sambil menunggu [pekerjaan utama dimulai|proses lelang selesai].',
    'Inspektorat dan Kejaksaan Negeri Sukamaju [turut dilibatkan|diminta mendampingi] dalam pengawasan proyek untuk mencegah penyimpangan anggaran.',
    'Anggaran pemeliharaan jalan tahun ini [naik|turun] dibanding tahun lalu [karena ada pergeseran prioritas|menyusul efisiensi belanja daerah].',
    'Selain {jalan}, ada {angka} ruas lain di Kecamatan {kecamatan2} yang masuk daftar prioritas perbaikan [tahun depan|pada {tahun}].',
  ],
  quotes: [
    'Kami menargetkan pekerjaan selesai dalam [90|120|150] hari kalender. Kalau cuaca mendukung, bisa lebih cepat',
    'Anggaran kita terbatas, jadi perbaikan dilakukan bertahap sesuai tingkat kerusakan dan kepadatan lalu lintas',
    'Kami minta kontraktor bekerja sesuai spesifikasi. Kalau ada yang tidak sesuai, akan kami minta bongkar ulang',
    'Laporan warga lewat kanal pengaduan sangat membantu kami menentukan titik mana yang harus didahulukan',
  ],
  voices: [
    'Sudah hampir setahun jalannya begini. Kalau hujan, lubangnya tidak kelihatan dan banyak yang jatuh',
    'Kami senang akhirnya diperbaiki, semoga hasilnya awet dan tidak cepat rusak lagi',
    'Setiap hari saya lewat sini mengantar anak sekolah, motor sampai sering masuk bengkel',
  ],
};

export const WATER: Topic = {
  id: 'air-bersih',
  section: 'Pelayanan Publik',
  agency: 'pdam',
  tags: ['air bersih', 'PDAM', 'pelayanan publik'],
  headlines: [
    'Distribusi Air Bersih di {kecamatan} Terganggu, [Perumda Tirta Sukamaju Kirim Mobil Tangki|Warga Antre Air]',
    'Pipa Transmisi [Bocor|Rusak] di {jalan}, Ribuan Pelanggan PDAM [Alami Gangguan Pasokan|Kekurangan Air]',
    'Perumda Air Minum Tirta Sukamaju Targetkan {ribu} Sambungan Rumah Baru [Tahun Ini|pada {tahun}]',
  ],
  leads: [
    'Ribuan pelanggan Perumda Air Minum Tirta Sukamaju di Kecamatan {kecamatan} [mengalami gangguan pasokan air|tidak mendapat aliran air] sejak {hari} pagi akibat [kebocoran pipa transmisi|perbaikan jaringan] di {jalan}.',
    'Perumda Air Minum Tirta Sukamaju [menargetkan|berencana menambah] {ribu} sambungan rumah baru [tahun ini|hingga akhir {tahun}] untuk memperluas cakupan layanan air bersih di {kota}.',
  ],
  facts: [
    'Gangguan terjadi setelah pipa berdiameter [300|400|250] milimeter [pecah tertimpa alat berat|mengalami kebocoran] di dekat proyek galian.',
    'Perusahaan daerah itu mengerahkan {angka} mobil tangki untuk [memasok air ke permukiman|membantu warga] di Kelurahan {kelurahan} selama perbaikan berlangsung.',
    'Cakupan layanan air perpipaan di {kota} saat ini baru sekitar {persen} persen dari total rumah tangga.',
    '[Debit air baku|Pasokan dari sumber mata air] disebut [menurun saat kemarau|berkurang] sehingga tekanan air di wilayah dataran tinggi [melemah|tidak stabil].',
    'Pelanggan [diminta menampung air|diimbau menghemat pemakaian air] selama proses perbaikan yang diperkirakan memakan waktu [12|24|36] jam.',
    'Tingkat kehilangan air atau [non-revenue water|kebocoran] masih berada di angka {persen} persen, [di atas|mendekati] batas ideal yang ditetapkan pemerintah pusat.',
    'Program sambungan rumah [bersubsidi|berbiaya ringan] ditujukan bagi masyarakat berpenghasilan rendah dengan [cicilan|biaya pemasangan] mulai {harga}.',
    'Sejumlah warga [terpaksa membeli air isi ulang|mengambil air dari sumur tetangga] untuk kebutuhan memasak dan mandi.',
    'DPRD [meminta|mendesak] perusahaan daerah tersebut memberikan kompensasi kepada pelanggan yang [dirugikan|terdampak gangguan berhari-hari].',
    'Perumda juga [menyiapkan layanan pengaduan|membuka posko pengaduan] melalui [pusat panggilan dan aplikasi pesan|kantor cabang di {kecamatan}].',
    'Pembangunan instalasi pengolahan air baru berkapasitas [50|100|150] liter per detik [tengah dikerjakan|direncanakan] di Kecamatan {kecamatan2}.',
  ],
  quotes: [
    'Kami mohon maaf atas ketidaknyamanan ini. Petugas bekerja siang dan malam agar aliran kembali normal',
    'Target kami seluruh kelurahan terlayani air perpipaan dalam lima tahun ke depan',
    'Kami imbau pelanggan melapor jika menemukan kebocoran, karena setiap liter air yang hilang merugikan semua pihak',
  ],
  voices: [
    'Sudah dua hari air tidak mengalir. Kami terpaksa beli air galon untuk masak',
    'Tagihan tetap jalan, tapi airnya sering mati. Kami minta pelayanannya diperbaiki',
    'Alhamdulillah sekarang sudah bisa pasang sambungan, dulu harus ambil air ke mata air',
  ],
};

export const WASTE: Topic = {
  id: 'sampah',
  section: 'Lingkungan',
  agency: 'dlh',
  tags: ['sampah', 'lingkungan hidup', 'TPA'],
  headlines: [
    'TPA Ciangir [Hampir Penuh|Kelebihan Kapasitas], DLH Kota Sukamaju [Dorong Pemilahan dari Rumah|Siapkan Lahan Baru]',
    'Tumpukan Sampah di {jalan} [Dikeluhkan Warga|Belum Diangkut], DLH [Tambah Armada|Janji Bertindak]',
    '[Bank Sampah|Program Kampung Bersih] di Kelurahan {kelurahan} Jadi Percontohan [Tingkat Kota|Pengelolaan Sampah]',
  ],
  leads: [
    'Dinas Lingkungan Hidup (DLH) {kota} mencatat volume sampah yang masuk ke TPA Ciangir mencapai {n} ton per hari, [jauh di atas|mendekati batas] kapasitas [tempat pemrosesan akhir tersebut|yang dirancang].',
    'Tumpukan sampah di [tempat pembuangan sementara|pinggir] {jalan}, Kelurahan {kelurahan}, [dikeluhkan warga|menimbulkan bau menyengat] karena [tidak diangkut selama beberapa hari|terus menggunung].',
  ],
  facts: [
    'Sekitar {persen} persen sampah yang dihasilkan warga merupakan sampah organik [sisa makanan dan pasar|yang sebenarnya bisa diolah menjadi kompos].',
    'DLH mengoperasikan {n} armada pengangkut, [namun sebagian sudah berusia lebih dari sepuluh tahun|sebagian dalam kondisi rusak].',
    'Di Kelurahan {kelurahan}, [warga mendirikan bank sampah|kelompok ibu-ibu mengelola bank sampah] yang kini memiliki {n2} nasabah dengan tabungan [total|mencapai] {rp_juta}.',
    'Pemerintah kota [menyiapkan|menyusun] peraturan wali kota tentang [pembatasan kantong plastik|pemilahan sampah dari sumber] [yang ditargetkan berlaku|untuk diterapkan] pada {tahun}.',
    '[Retribusi kebersihan|Iuran sampah] yang dipungut dari warga [belum sebanding|masih jauh dari cukup] untuk menutup biaya operasional pengangkutan.',
    'Petugas [menemukan|mendapati] warga dari luar kelurahan yang [membuang sampah pada malam hari|membuang sampah sembarangan] di lokasi tersebut.',
    'Satpol PP [akan memasang kamera pengawas|mulai menegakkan sanksi] bagi pembuang sampah sembarangan sesuai peraturan daerah tentang ketertiban umum.',
    'Kerja sama pengolahan sampah menjadi [energi|bahan bakar alternatif] dengan pihak swasta [masih dalam tahap kajian|tengah dijajaki] oleh Bappeda.',
    'Sebanyak {angka} TPS [liar|ilegal] di Kecamatan {kecamatan} telah [ditutup|dibersihkan] sejak awal tahun.',
    'Kampung yang berhasil mengurangi sampah [akan mendapat|dijanjikan] insentif berupa [dana pembinaan|bantuan alat pengolah kompos] dari pemerintah kota.',
    'Lahan perluasan TPA seluas [dua|tiga|empat] hektare [sedang dalam proses pembebasan|sudah dianggarkan dalam APBD perubahan].',
  ],
  quotes: [
    'Kalau pemilahan sudah berjalan dari rumah, beban TPA bisa berkurang hampir setengahnya',
    'Kami sudah menambah jadwal pengangkutan, tapi kesadaran warga juga penting. Jangan buang sampah di luar jam yang ditentukan',
    'Kami terbuka bekerja sama dengan siapa pun yang punya teknologi pengolahan sampah yang ramah lingkungan',
  ],
  voices: [
    'Baunya sampai ke dalam rumah, apalagi kalau habis hujan',
    'Dari bank sampah kami bisa menabung untuk biaya sekolah anak. Lumayan sekali',
    'Truk sampah kadang tiga hari sekali baru datang, jadi warga buang di sini',
  ],
};

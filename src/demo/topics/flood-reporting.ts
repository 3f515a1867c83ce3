// What reporters write about the floods, step by step: headlines, leads, the facts on the ground,
// closings and the background every flood story carries. Who says what is in flood.ts.

export const HEADLINES: Record<string, string[]> = {
  genangan: [
    'Hujan Deras Sejam, {street} dan Permukiman {village} Tergenang',
    'Genangan Setinggi Lutut Muncul Lagi di {village} Usai Hujan Deras',
    'Drainase Tak Mampu Tampung Air, Sejumlah Ruas di {village} Tergenang',
  ],
  drainase: [
    'Warga {village} Keluhkan Drainase Tersumbat Sampah dan Sedimen',
    'Saluran Air di {street} Mampet, Warga {village} Waswas Banjir Susulan',
    'Warga Minta Dinas PUPR Segera Keruk Saluran di {village}',
  ],
  banjir: [
    'Banjir Rendam {houses} Rumah di Kelurahan {village}',
    'Luapan {river} Rendam Permukiman Warga {village}, Ketinggian Air Capai {depth} Sentimeter',
    'Banjir Kembali Terjang {village}, Warga Terpaksa Mengungsi',
    'Ratusan Rumah di {village} Terendam Banjir Setelah Hujan Semalaman',
  ],
  pompa: [
    'Pompa Air di {village} Rusak Saat Banjir, Warga Kecewa',
    'Pompa Banjir {village} Mati, Air Bertahan Hingga Dua Hari',
    'Rumah Pompa Tak Berfungsi, Warga {village} Kuras Air Sendiri',
  ],
  respons: [
    'Wali Kota Arief Tinjau Banjir {village}, Janjikan Normalisasi {river}',
    'Pemkot Sukamaju Kirim Bantuan Logistik untuk Korban Banjir {village}',
    'Arief Wicaksono: Normalisasi {river} Dimulai Tahun Depan',
    'BPBD Dirikan Posko dan Dapur Umum bagi Warga Terdampak Banjir {village}',
  ],
  kritik: [
    'DPRD Kritik Penanganan Banjir {village} yang Dinilai Lamban',
    'Forum Warga Nilai Pemkot Sukamaju Abaikan Peringatan Soal Tanggul {river}',
    'Banjir Berulang di {village}, Pengamat: Pemkot Sukamaju Gagal Antisipasi',
    'Komisi III Panggil Dinas PUPR Soal Banjir Berulang di {village}',
  ],
  bandang: [
    'Tanggul {river} Jebol, Ribuan Warga {village} Mengungsi',
    'Banjir Bandang Terjang {village}, Warga Tuding Pemkot Sukamaju Lamban',
    'Banjir Kembali Rendam {village}, Seorang Warga Lansia Meninggal Dunia',
    'Warga Korban Banjir Geruduk Balai Kota Sukamaju, Tuntut Wali Kota Turun Tangan',
    'Banjir {village} Makin Parah, Posko Pengungsian Kekurangan Logistik',
    'Sudah Empat Kali Banjir dalam Sepekan, Warga {village}: Pemkot ke Mana?',
    'DPRD Desak Wali Kota Sukamaju Tetapkan Status Tanggap Darurat Banjir',
    'Tanggul Darurat Tak Kuat Tahan Debit {river}, {village} Lumpuh',
    'Pengungsi Banjir {village} Mulai Terserang Penyakit, Bantuan Belum Merata',
    'Kritik Warganet Menggema, Penanganan Banjir Sukamaju Dinilai Lamban',
    'Kemarahan Warga {village} Memuncak, Banjir Terparah dalam Sepuluh Tahun',
    'Korban Banjir {village} Bertambah, Wali Kota Arief Dicecar Warga',
    'Air Setinggi {depth} Sentimeter Rendam {houses} Rumah, Warga {village} Bertahan di Atap',
    'Posko Pengungsian {village} Penuh Sesak, Warga Terpaksa Tidur di Tenda Darurat',
    'Jembatan Gantung Putus Diterjang Banjir, Dua RW di {village} Terisolasi',
    'Warga {village}: Kami Sudah Lapor Tanggul Retak, Tapi Tidak Digubris',
    'Banjir Bandang {village}, Komisi III DPRD Sebut Pemkot Sukamaju Abai',
    'Listrik Padam dan Air Bersih Langka, Korban Banjir {village} Menjerit',
    'Ribuan Pengungsi Banjir {village} Butuh Selimut dan Susu Balita',
    'Tagar #SukamajuTenggelam Ramai, Warganet Soroti Banjir {village}',
  ],
};

export const LEADS: Record<string, string[]> = {
  genangan: [
    'Hujan deras yang mengguyur Kota Sukamaju selama lebih dari satu jam pada {day} {part} membuat sejumlah ruas jalan dan permukiman di Kelurahan {village}, Kecamatan {district}, tergenang.',
    'Genangan air setinggi 30 hingga 50 sentimeter kembali muncul di {street}, Kelurahan {village}, Kecamatan {district}, setelah hujan lebat turun pada {day} {part}.',
  ],
  drainase: [
    'Warga Kelurahan {village}, Kecamatan {district}, mengeluhkan saluran drainase di sepanjang {street} yang tersumbat sampah dan endapan lumpur.',
    'Saluran air di kawasan {street}, Kelurahan {village}, dinilai warga tidak lagi mampu menampung debit air saat hujan deras turun.',
  ],
  banjir: [
    'Banjir merendam sedikitnya {houses} rumah di Kelurahan {village}, Kecamatan {district}, Kota Sukamaju, pada {day} {part} setelah {river} meluap akibat hujan deras sejak sore.',
    'Luapan {river} kembali merendam permukiman warga di Kelurahan {village}, Kecamatan {district}, {day}. Ketinggian air di sejumlah titik mencapai {depth} sentimeter.',
    'Ratusan warga Kelurahan {village}, Kecamatan {district}, terpaksa meninggalkan rumah mereka setelah banjir merendam permukiman pada {day} {part}.',
  ],
  pompa: [
    'Pompa air di rumah pompa {street}, Kelurahan {village}, tidak berfungsi saat banjir melanda pada {day}, sehingga genangan di permukiman warga bertahan hingga lebih dari 24 jam.',
    'Warga Kelurahan {village}, Kecamatan {district}, kecewa karena pompa pengendali banjir di kawasan mereka rusak tepat ketika air {river} meluap pada {day}.',
  ],
  respons: [
    'Wali Kota Sukamaju Arief Wicaksono meninjau lokasi banjir di Kelurahan {village}, Kecamatan {district}, pada {day} {part} dan menyerahkan bantuan kepada warga terdampak.',
    'Pemerintah Kota Sukamaju menyalurkan bantuan logistik berupa beras, mi instan, air mineral, dan selimut kepada {families} kepala keluarga korban banjir di Kelurahan {village}, {day}.',
    'Badan Penanggulangan Bencana Daerah (BPBD) Kota Sukamaju mendirikan posko siaga dan dapur umum di Kelurahan {village} untuk melayani warga terdampak banjir sejak {day}.',
  ],
  kritik: [
    'Penanganan banjir di Kelurahan {village}, Kecamatan {district}, menuai kritik dari DPRD Kota Sukamaju yang menilai Pemerintah Kota lamban dan tidak punya rencana jangka panjang.',
    'Banjir yang berulang kali merendam Kelurahan {village} dalam sepekan terakhir memicu kritik keras dari warga dan kalangan dewan terhadap Pemerintah Kota Sukamaju.',
    'Sejumlah pihak menilai Pemerintah Kota Sukamaju gagal mengantisipasi banjir di Kelurahan {village}, meski warga sudah berulang kali melaporkan kondisi tanggul {river} yang kritis.',
  ],
  bandang: [
    'Tanggul {river} di Kelurahan {village}, Kecamatan {district}, jebol pada {day} {part} sehingga banjir bandang menerjang permukiman dan memaksa {evacuees} warga mengungsi.',
    'Banjir bandang kembali menerjang Kelurahan {village}, Kecamatan {district}, Kota Sukamaju, {day} {part}. Air setinggi {depth} sentimeter merendam {houses} rumah dan seorang warga lanjut usia dilaporkan meninggal dunia.',
    'Ratusan warga korban banjir Kelurahan {village} mendatangi Balai Kota Sukamaju pada {day} {part} untuk memprotes lambannya penanganan banjir yang sudah empat kali melanda kawasan mereka dalam sepekan.',
    'Kondisi warga korban banjir di Kelurahan {village}, Kecamatan {district}, kian memprihatinkan. Hingga {day} {part}, {evacuees} pengungsi masih bertahan di posko dengan logistik yang serba kekurangan.',
    'Kemarahan warga Kelurahan {village}, Kecamatan {district}, memuncak setelah banjir bandang kembali merendam permukiman mereka pada {day} {part}, hanya dua hari setelah banjir sebelumnya surut.',
  ],
};

/** Sentences of the situation, by phase; each story takes a few. */
export const FACTS: Record<string, string[]> = {
  genangan: [
    'Air menggenangi badan jalan sehingga sejumlah pengendara sepeda motor memilih memutar arah.',
    'Beberapa kendaraan roda dua dilaporkan mogok setelah nekat menerobos genangan.',
    'Genangan mulai surut sekitar dua jam kemudian setelah hujan reda.',
    'Petugas Dinas Perhubungan sempat mengatur lalu lintas di persimpangan yang tergenang.',
    'Menurut warga, genangan di kawasan itu kini muncul hampir setiap kali hujan deras turun.',
  ],
  drainase: [
    'Di sejumlah titik, lebar saluran menyempit karena tertutup bangunan dan tumpukan sampah rumah tangga.',
    'Warga sudah beberapa kali bergotong royong membersihkan saluran, tetapi endapan lumpur kembali menumpuk.',
    'Laporan warga ke kelurahan soal saluran yang mampet disebut belum mendapat tindak lanjut.',
    'Ketua RW setempat mengaku sudah dua kali mengirim surat permohonan pengerukan ke kelurahan.',
    'Saluran sepanjang kurang lebih 800 meter itu terakhir dikeruk lebih dari dua tahun lalu.',
  ],
  banjir: [
    'Air mulai masuk ke rumah warga sekitar pukul 02.00 WIB dan terus naik hingga pagi hari.',
    'Sebagian warga sempat menyelamatkan barang berharga ke lantai dua atau ke rumah kerabat.',
    'Petugas BPBD bersama relawan mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet.',
    'Aktivitas belajar di dua sekolah dasar di kawasan itu terpaksa diliburkan.',
    'Listrik di sejumlah RW sengaja dipadamkan untuk menghindari korsleting.',
    'Warga yang mengungsi ditampung di masjid, balai kelurahan, dan gedung sekolah terdekat.',
    'Hingga sore hari, ketinggian air di permukiman yang paling rendah belum juga turun.',
  ],
  pompa: [
    'Rumah pompa itu dibangun pada 2019 dan seharusnya mampu menyedot air dari permukiman ke {river}.',
    'Menurut warga, mesin pompa sudah beberapa kali mati dan hanya diperbaiki seadanya.',
    'Warga akhirnya menguras air dari rumah mereka sendiri menggunakan ember dan pompa kecil milik pribadi.',
    'Petugas teknis baru tiba di lokasi keesokan harinya untuk memeriksa kerusakan panel listrik pompa.',
    'Akibat pompa mati, genangan setinggi lutut orang dewasa bertahan hingga dua hari.',
  ],
  respons: [
    'Bantuan diserahkan langsung kepada warga di posko pengungsian di balai kelurahan.',
    'Pemkot juga mengerahkan petugas kesehatan untuk memeriksa kondisi warga yang mulai mengeluhkan gatal-gatal dan diare.',
    'Dinas PUPR menurunkan dua unit ekskavator untuk mengeruk sedimentasi di aliran {river}.',
    'Dapur umum di posko pengungsian menyiapkan sekitar 600 porsi makanan setiap hari.',
    'Pemkot menyiapkan anggaran belanja tidak terduga untuk penanganan darurat banjir.',
    'Karung pasir dipasang di titik tanggul yang retak sebagai penahan sementara.',
  ],
  kritik: [
    'Komisi III DPRD Kota Sukamaju menjadwalkan rapat kerja dengan Dinas PUPR dan BPBD untuk membahas banjir berulang itu.',
    'Warga menilai perbaikan tanggul yang dijanjikan sejak tahun lalu tak kunjung dikerjakan.',
    'Sejumlah warga juga mengeluhkan bantuan yang baru datang setelah air surut.',
    'Di media sosial, video warga yang mengevakuasi barang dengan perahu seadanya ramai dibagikan dan menuai komentar pedas.',
    'Forum warga mencatat sedikitnya tujuh kejadian banjir di kawasan itu sejak awal tahun.',
  ],
  bandang: [
    'Air bah datang tiba-tiba dan menyeret sejumlah sepeda motor serta perabot rumah tangga warga.',
    'Seorang warga lanjut usia berusia 74 tahun ditemukan meninggal dunia di rumahnya yang terendam.',
    'Jembatan gantung penghubung dua RW di kawasan itu putus diterjang arus.',
    'Posko pengungsian di balai kelurahan penuh sesak sehingga sebagian warga terpaksa bertahan di tenda darurat.',
    'Warga mengeluhkan minimnya air bersih, selimut, dan susu untuk balita di posko pengungsian.',
    'Sejumlah pengungsi mulai terserang diare, demam, dan penyakit kulit.',
    'Aksi warga di depan Balai Kota sempat memanas ketika massa mendesak masuk untuk menemui Wali Kota.',
    'Tanggul darurat dari karung pasir yang dipasang beberapa hari sebelumnya tak mampu menahan derasnya arus.',
    'Listrik di seluruh kelurahan padam dan jaringan telepon seluler terganggu.',
    'Tagar #SukamajuTenggelam sempat menjadi perbincangan di media sosial, disertai video warga yang menerobos arus.',
    'Tim SAR gabungan menyisir permukiman untuk memastikan tidak ada warga yang terjebak di dalam rumah.',
    'Sejumlah warga terpaksa bertahan di lantai dua dan atap rumah sambil menunggu evakuasi.',
    'Dapur umum kewalahan karena jumlah pengungsi naik dua kali lipat hanya dalam beberapa jam.',
    'Ruas {street} terputus dan tidak bisa dilalui kendaraan roda dua maupun roda empat.',
    'Relawan dari kampus dan organisasi kepemudaan berdatangan membawa makanan siap saji.',
    'Lumpur setebal belasan sentimeter menutupi lantai rumah warga di bagian hilir.',
  ],
};

export const CLOSINGS: Record<string, string[]> = {
  genangan: ['Warga berharap pemerintah segera membenahi saluran air sebelum puncak musim hujan.'],
  drainase: ['Warga berharap pengerukan dilakukan sebelum hujan deras kembali turun.'],
  banjir: [
    'BPBD mengimbau warga di bantaran {river} tetap waspada karena hujan diperkirakan masih turun beberapa hari ke depan.',
    'Hingga berita ini diturunkan, petugas masih mendata jumlah kerugian akibat banjir.',
  ],
  pompa: ['Warga meminta Pemkot menyiapkan pompa cadangan agar kejadian serupa tidak terulang.'],
  respons: [
    'Pemkot menyatakan akan terus memantau kondisi warga hingga situasi kembali normal.',
    'Bantuan akan terus disalurkan hingga seluruh warga kembali ke rumah masing-masing.',
  ],
  kritik: [
    'Hingga kini belum ada kepastian kapan perbaikan tanggul permanen dimulai.',
    'Warga menyatakan akan terus mengawal janji Pemkot untuk menormalisasi {river}.',
  ],
  bandang: [
    'Hingga berita ini diturunkan, hujan masih turun dan warga diminta tetap waspada terhadap banjir susulan.',
    'Warga mengancam akan kembali berunjuk rasa jika tuntutan mereka tidak segera dipenuhi.',
    'BPBD mencatat jumlah pengungsi masih bisa bertambah karena air belum surut.',
    'Pemkot belum memberikan keterangan resmi soal kapan perbaikan tanggul permanen dimulai.',
  ],
};

export const BACKGROUND = [
  'Kelurahan {village} berada di bantaran {river} dan termasuk kawasan rawan banjir di Kota Sukamaju.',
  'Sepanjang tahun ini, BPBD Kota Sukamaju mencatat lebih dari 20 kejadian banjir dan genangan di wilayah kota.',
  'Normalisasi {river} sudah berkali-kali dibahas dalam musyawarah perencanaan pembangunan, tetapi belum juga terealisasi.',
  'Tanggul di sepanjang {river} sebagian besar dibangun lebih dari 20 tahun lalu dan banyak yang sudah retak.',
  'Alih fungsi lahan di kawasan hulu disebut ikut memperparah luapan {river} setiap musim hujan.',
  'Pemkot Sukamaju sebelumnya menyatakan drainase kota hanya mampu menampung curah hujan normal.',
];

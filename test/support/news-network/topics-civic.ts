// Sentence banks for public services, street-vendor order, festivals and fires.
import type { Topic } from './topic.ts';

export const PUBLIC_SERVICE: Topic = {
  id: 'pelayanan-publik',
  section: 'Pemerintahan',
  agency: 'dpmptsp',
  tags: ['pelayanan publik', 'perizinan', 'Mal Pelayanan Publik'],
  headlines: [
    'Mal Pelayanan Publik Sukamaju Layani {ribu} Warga [per Bulan|Sejak Dibuka], [Antrean Kini Daring|Jam Layanan Diperpanjang]',
    'Pemkot Sukamaju Luncurkan Aplikasi [Perizinan|Pengaduan] [Terpadu|Satu Pintu], Warga Tak Perlu Datang ke Kantor',
    'Ombudsman [Soroti|Beri Nilai Tinggi] Layanan Publik Pemkot Sukamaju, [Perizinan Jadi Catatan|Kepatuhan Naik]',
  ],
  leads: [
    'Mal Pelayanan Publik (MPP) {kota} [melayani rata-rata|mencatat kunjungan] {ribu} warga setiap bulan sejak [diresmikan|beroperasi di gedung baru] di {jalan}.',
    'Pemerintah {kota} meluncurkan aplikasi [layanan perizinan|pengaduan warga] terpadu yang [memungkinkan warga mengurus|menghubungkan] {n} jenis layanan [secara daring|tanpa tatap muka], {hari_tgl}.',
  ],
  facts: [
    'Di MPP terdapat {n2} gerai layanan dari [instansi pemerintah, BUMN, dan perbankan|perangkat daerah dan instansi vertikal], termasuk [kepolisian, BPJS, dan kantor pajak|dukcapil dan imigrasi].',
    'Pengurusan [persetujuan bangunan gedung|izin usaha mikro] yang dulu memakan waktu berminggu-minggu kini [bisa selesai dalam|dijanjikan rampung] [tiga|lima|tujuh] hari kerja.',
    'Warga dapat mengambil nomor antrean [melalui aplikasi|lewat pesan WhatsApp] sehingga tidak perlu [menunggu berjam-jam di lokasi|datang sejak subuh].',
    'Indeks kepuasan masyarakat terhadap layanan perizinan [mencapai|tercatat] {persen} persen berdasarkan survei [terbaru|semester lalu].',
    'Layanan [dibuka hingga malam hari|juga beroperasi pada Sabtu] untuk mengakomodasi warga yang bekerja.',
    '[Petugas jemput bola|Mobil layanan keliling] [mendatangi|menyambangi] Kecamatan {kecamatan} untuk melayani perekaman KTP elektronik bagi [lansia dan penyandang disabilitas|warga yang sulit datang ke kantor].',
    'Pengaduan terbanyak yang masuk melalui kanal resmi [menyangkut jalan rusak, sampah, dan penerangan jalan|terkait administrasi kependudukan dan bansos].',
    'Setiap aduan [wajib ditindaklanjuti|harus direspons] perangkat daerah paling lambat [tiga hari kerja|5 x 24 jam].',
    'Pemkot [menerapkan tanda tangan elektronik|mengintegrasikan data kependudukan] agar dokumen [dapat diverifikasi secara daring|tidak perlu dicetak berulang].',
    'Praktik percaloan [masih ditemukan|dilaporkan] di sekitar kantor pelayanan, sehingga [petugas memasang spanduk imbauan|Satpol PP melakukan patroli].',
  ],
  quotes: [
    'Prinsip kami mudah, cepat, dan tanpa pungutan liar. Kalau ada yang meminta uang tambahan, laporkan',
    'Warga tidak perlu lagi bolak-balik ke banyak kantor. Semua cukup di satu tempat',
    'Setiap keluhan warga adalah bahan evaluasi bagi kami untuk memperbaiki layanan',
  ],
  voices: [
    'Dulu mengurus izin usaha harus bolak-balik, sekarang sehari selesai',
    'Antreannya masih panjang di jam tertentu, mungkin perlu ditambah petugas',
    'Saya lapor lampu jalan mati lewat aplikasi, dua hari kemudian sudah diperbaiki',
  ],
};

export const STREET_ORDER: Topic = {
  id: 'penertiban',
  section: 'Hukum dan Ketertiban',
  agency: 'satpolpp',
  tags: ['Satpol PP', 'PKL', 'ketertiban umum'],
  headlines: [
    'Satpol PP Kota Sukamaju Tertibkan {n} Lapak PKL di {jalan}',
    'PKL {pasar} [Direlokasi ke Gedung Baru|Tolak Dipindahkan], Pemkot [Janjikan Lapak Gratis|Tempuh Dialog]',
    'Satpol PP [Razia Reklame Liar|Sita Spanduk Tak Berizin] di {angka} Kecamatan',
  ],
  leads: [
    'Satuan Polisi Pamong Praja (Satpol PP) {kota} menertibkan {n} lapak pedagang kaki lima (PKL) yang berjualan di trotoar {jalan}, {hari_tgl}.',
    'Pedagang kaki lima di sekitar {pasar} [menolak rencana relokasi|akhirnya bersedia dipindahkan] ke [gedung pasar baru|lahan penampungan sementara] yang disiapkan Pemerintah {kota}.',
  ],
  facts: [
    'Penertiban dilakukan karena lapak pedagang [mengganggu pejalan kaki|memicu kemacetan] dan melanggar peraturan daerah tentang ketertiban umum.',
    'Sebelum penertiban, petugas telah [melayangkan surat peringatan|memberikan sosialisasi] [sebanyak tiga kali|sejak sebulan lalu].',
    'Barang dagangan yang [disita|diamankan] dapat diambil kembali di kantor Satpol PP dengan [membuat surat pernyataan|menunjukkan identitas].',
    'Pemkot menyiapkan {n2} kios [gratis selama enam bulan pertama|dengan retribusi ringan] di lokasi relokasi.',
    'Para pedagang [khawatir kehilangan pelanggan|mengaku omzet menurun] jika dipindahkan ke lokasi yang [jauh dari keramaian|sepi pembeli].',
    'Penertiban berlangsung [kondusif|sempat diwarnai adu mulut] dan [dikawal aparat kepolisian serta TNI|disaksikan perwakilan kecamatan].',
    'Selain PKL, petugas juga menurunkan {n3} [spanduk dan baliho tak berizin|reklame liar] yang [terpasang di tiang listrik dan pohon|merusak estetika kota].',
    'DPRD [meminta penertiban dilakukan secara humanis|mendorong dialog] [dan disertai solusi tempat berjualan|sebelum tindakan tegas diambil].',
    'Kawasan {jalan} [akan ditata menjadi|direncanakan sebagai] [jalur pedestrian ramah disabilitas|koridor kuliner malam] pada {tahun}.',
    'Patroli rutin [akan dilakukan|dijadwalkan] setiap hari untuk mencegah pedagang kembali berjualan di badan jalan.',
  ],
  quotes: [
    'Kami tidak melarang orang berjualan, tetapi harus di tempat yang sudah ditentukan dan tidak mengganggu hak pejalan kaki',
    'Penertiban kami lakukan secara persuasif. Tindakan tegas adalah langkah terakhir',
    'Lokasi baru sudah kami siapkan lengkap dengan listrik, air, dan tempat parkir',
  ],
  voices: [
    'Kami hanya cari nafkah. Kalau dipindah ke tempat sepi, siapa yang mau beli',
    'Sekarang trotoarnya lega, jalan kaki jadi lebih aman',
    'Kami siap pindah asal tempatnya layak dan tidak dipungut macam-macam',
  ],
};

export const FESTIVAL: Topic = {
  id: 'budaya',
  section: 'Budaya dan Pariwisata',
  agency: 'disparbud',
  tags: ['pariwisata', 'budaya', 'festival'],
  headlines: [
    '[Festival Kuliner|Sukamaju Art Festival] [Dibanjiri|Sedot] {ribu} Pengunjung dalam [Tiga Hari|Sepekan]',
    'Peringatan Hari Jadi Kota Sukamaju Dimeriahkan [Pawai Budaya|Kirab Seni] dari {angka} Kecamatan',
    'Disparbud Kota Sukamaju [Targetkan|Catat] Kunjungan Wisatawan [Naik {persen} Persen|Tembus {ribu} Orang]',
  ],
  leads: [
    '[Festival kuliner dan seni|Gelaran budaya tahunan] di {tempat} [dibanjiri|dipadati] sekitar {ribu} pengunjung selama [tiga hari|akhir pekan] pelaksanaannya.',
    'Ribuan warga memadati [sepanjang|ruas] {jalan} untuk menyaksikan [pawai budaya|kirab seni] dalam rangka peringatan Hari Jadi {kota}, {hari_tgl}.',
  ],
  facts: [
    'Kegiatan tersebut menampilkan [kesenian tradisional seperti kuda renggong, angklung, dan pencak silat|penampilan sanggar seni dari seluruh kecamatan].',
    'Perputaran uang selama festival [diperkirakan|ditaksir] mencapai {rp_miliar}, [sebagian besar dinikmati pelaku UMKM|terutama di sektor kuliner].',
    'Kunjungan wisatawan ke {kota} [sepanjang tahun lalu|hingga {bulan}] [tercatat|mencapai] {ribu2} orang.',
    'Disparbud [menggandeng|bekerja sama dengan] [komunitas kreatif dan pelaku usaha perhotelan|biro perjalanan dari luar daerah] untuk [mempromosikan paket wisata|menyusun kalender acara].',
    'Rekayasa lalu lintas [diberlakukan|diterapkan] di sekitar lokasi mulai pukul {jam} WIB [untuk mengurai kemacetan|hingga acara selesai].',
    'Kampung [wisata|budaya] di Kelurahan {kelurahan} [dinobatkan sebagai|masuk nominasi] desa wisata [terbaik tingkat provinsi|unggulan].',
    'Tingkat hunian hotel di {kota} [naik hingga|mencapai] {persen} persen selama [rangkaian acara|libur panjang].',
    'Panitia menyediakan [area parkir di {tempat}|layanan bus gratis] [untuk mengurangi kepadatan kendaraan|bagi pengunjung dari luar kota].',
    'Sejumlah [warisan budaya tak benda|tradisi lokal] Sukamaju [sedang diusulkan|telah ditetapkan] sebagai warisan budaya nasional.',
    '[Pengunjung mengeluhkan|Sebagian warga menyoroti] [minimnya tempat sampah|kemacetan panjang] di sekitar lokasi acara.',
  ],
  quotes: [
    'Festival ini bukan sekadar hiburan, tetapi etalase budaya dan produk unggulan Sukamaju',
    'Kami ingin Sukamaju dikenal sebagai kota tujuan wisata budaya di Priangan Timur',
    'Tahun depan kami rancang lebih besar dengan melibatkan lebih banyak pelaku seni lokal',
  ],
  voices: [
    'Ramai sekali, anak-anak senang lihat pawai dan jajan makanan khas',
    'Dagangan saya habis sebelum sore, semoga acaranya sering diadakan',
    'Acaranya bagus, tapi parkirnya susah dan macet di mana-mana',
  ],
};

export const FIRES: Topic = {
  id: 'kebakaran',
  section: 'Peristiwa',
  agency: 'damkar',
  tags: ['kebakaran', 'Damkar', 'peristiwa'],
  headlines: [
    'Kebakaran Hanguskan {angka} Rumah di Kelurahan {kelurahan}, Diduga [Akibat Korsleting Listrik|dari Tungku Dapur]',
    '[Gudang|Kios] di {jalan} Terbakar, {angka} Unit Damkar Dikerahkan',
    'Damkar Kota Sukamaju Catat {n} Kejadian Kebakaran [Sejak Awal Tahun|Selama Kemarau], Warga Diminta Waspada',
  ],
  leads: [
    'Kebakaran [melanda|menghanguskan] {angka} rumah di RT {rt} RW {rw}, Kelurahan {kelurahan}, Kecamatan {kecamatan}, {kota}, {hari_tgl} [sekitar pukul {jam} WIB|dini hari].',
    'Sebuah [gudang penyimpanan barang bekas|kios bahan bangunan] di {jalan}, Kecamatan {kecamatan}, [ludes terbakar|terbakar hebat] pada {hari} [siang|malam].',
  ],
  facts: [
    'Api diduga berasal dari [korsleting listrik|kompor yang lupa dimatikan] dan cepat merambat karena [bangunan sebagian besar terbuat dari kayu|angin bertiup kencang].',
    'Sebanyak {angka2} unit mobil pemadam [dikerahkan|diterjunkan] ke lokasi dan api berhasil dipadamkan setelah [sekitar dua jam|lebih dari satu jam].',
    'Petugas sempat kesulitan menjangkau lokasi karena [akses jalan sempit|gang yang hanya bisa dilalui sepeda motor].',
    'Tidak ada korban jiwa, namun kerugian [ditaksir|diperkirakan] mencapai {rp_juta}.',
    'Warga [bergotong royong|berusaha] memadamkan api dengan [ember dan selang seadanya|alat pemadam ringan] sebelum petugas tiba.',
    'Polisi [memasang garis polisi|melakukan olah tempat kejadian perkara] untuk memastikan penyebab kebakaran.',
    'Korban kebakaran [untuk sementara mengungsi|ditampung] di rumah kerabat dan [menerima bantuan darurat|mendapat bantuan logistik] dari Dinsos.',
    'Damkar mencatat {n} kejadian kebakaran sejak awal tahun, [didominasi kebakaran permukiman dan lahan kosong|meningkat dibanding tahun lalu].',
    'Waktu tanggap petugas [rata-rata|ditargetkan] [15|20] menit sejak laporan diterima, [namun terkendala kemacetan|sesuai standar pelayanan minimal].',
    'Pemkot berencana menambah [pos pemadam di Kecamatan {kecamatan2}|armada pemadam berukuran kecil] agar [jangkauan layanan lebih merata|bisa masuk ke gang sempit].',
  ],
  quotes: [
    'Kami imbau warga memeriksa instalasi listrik secara berkala dan tidak menumpuk colokan',
    'Segera hubungi nomor darurat 112 begitu melihat api, jangan menunggu api membesar',
    'Kendala kami di lapangan adalah akses jalan dan sumber air yang jauh dari lokasi',
  ],
  voices: [
    'Api cepat sekali membesar, kami hanya sempat menyelamatkan surat-surat',
    'Saya dengar suara ledakan kecil, lalu asap keluar dari atap rumah tetangga',
    'Semua harta benda habis, kami berharap ada bantuan untuk membangun kembali',
  ],
};

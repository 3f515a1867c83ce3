// Sentence banks for prices, small business, local taxes and the city budget.
import type { Topic } from './topic.ts';

export const PRICES: Topic = {
  id: 'harga-pangan',
  section: 'Ekonomi',
  agency: 'disperindag',
  tags: ['harga pangan', 'inflasi', 'pasar'],
  headlines: [
    'Harga {komoditas} di {pasar} Tembus {harga} per Kilogram, [Pedagang Mengeluh|Pemkot Gelar Operasi Pasar]',
    'Jaga Inflasi, Pemkot Sukamaju Gelar [Gerakan Pangan Murah|Operasi Pasar] di {angka} Kecamatan',
    'TPID Kota Sukamaju [Pantau Stok Beras|Sidak Gudang] [Jelang Ramadan|Jelang Hari Besar Keagamaan]',
  ],
  leads: [
    'Harga {komoditas} di {pasar} [merangkak naik|melonjak] dalam sepekan terakhir hingga [menyentuh|mencapai] {harga} per kilogram, [jauh di atas harga normal|membuat pembeli mengurangi belanja].',
    'Pemerintah {kota} melalui Tim Pengendali Inflasi Daerah (TPID) menggelar [gerakan pangan murah|operasi pasar] di {angka} kecamatan [untuk menekan lonjakan harga|guna menjaga daya beli masyarakat], {hari_tgl}.',
  ],
  facts: [
    'Kenaikan harga dipicu [berkurangnya pasokan dari daerah sentra|gagal panen akibat cuaca] dan [meningkatnya permintaan|naiknya biaya angkut].',
    'Dalam operasi pasar, warga dapat membeli [beras SPHP|minyak goreng dan gula] dengan harga [lebih murah|di bawah harga pasar], dibatasi [dua kemasan per orang|lima kilogram per KTP].',
    'Inflasi tahunan {kota} tercatat {persen} persen, [masih dalam rentang sasaran|sedikit di atas target] yang ditetapkan pemerintah pusat.',
    'Petugas Disperindag [melakukan pemantauan harga|mendata harga] [setiap hari|dua kali sepekan] di {angka} pasar tradisional.',
    'Pedagang di {pasar} mengaku [omzetnya turun hingga|penjualan merosot] {persen2} persen karena pembeli [menahan belanja|beralih ke komoditas lain].',
    'Stok beras di gudang Bulog [dinyatakan aman|cukup] untuk kebutuhan [tiga bulan|enam bulan] ke depan, menurut hasil peninjauan TPID.',
    'Satgas Pangan [bersama kepolisian|dari Polres Sukamaju] [memastikan tidak ada penimbunan|menyidak distributor] di wilayah {kota}.',
    'Pemkot juga mendorong warga menanam [cabai dan sayuran di pekarangan|tanaman pangan di lahan tidur] melalui program [pekarangan pangan lestari|kebun kelurahan].',
    'Harga [daging ayam|telur] justru [turun|stabil] di kisaran {harga2} karena pasokan dari peternak lokal melimpah.',
    'Revitalisasi {pasar} yang menelan anggaran {rp_miliar} [ditargetkan rampung|dijadwalkan dimulai] [tahun depan|pada {tahun}].',
    'Antrean warga [mengular sejak pagi|sudah terbentuk sebelum lapak dibuka] di halaman kantor Kecamatan {kecamatan}.',
  ],
  quotes: [
    'Kami pastikan stok aman. Masyarakat tidak perlu membeli berlebihan karena justru memicu harga naik',
    'Operasi pasar akan terus kami gelar sampai harga kembali normal',
    'Kami sudah berkoordinasi dengan daerah penghasil untuk menambah pasokan ke Sukamaju',
  ],
  voices: [
    'Biasanya saya beli sekilo, sekarang cuma seperempat karena mahal',
    'Lumayan bisa hemat untuk belanja seminggu. Semoga sering diadakan',
    'Pembeli sepi, modal kami habis untuk kulakan yang harganya naik terus',
  ],
};

export const SMALL_BUSINESS: Topic = {
  id: 'umkm',
  section: 'Ekonomi',
  agency: 'diskopukm',
  tags: ['UMKM', 'ekonomi kreatif', 'koperasi'],
  headlines: [
    '{n} Pelaku UMKM Kota Sukamaju Ikuti Pelatihan [Pemasaran Digital|Pengemasan Produk]',
    'Produk [Kerajinan Bambu|Batik] Sukamaju [Tembus Pasar Ekspor|Dipamerkan di Jakarta], Diskopukm [Dorong Sertifikasi|Beri Pendampingan]',
    'Pemkot Sukamaju Fasilitasi {ribu} [Sertifikat Halal Gratis|Nomor Induk Berusaha] bagi Pelaku Usaha Mikro',
  ],
  leads: [
    'Sebanyak {n} pelaku usaha mikro, kecil, dan menengah (UMKM) di {kota} mengikuti pelatihan [pemasaran digital|pengemasan dan perizinan produk] yang digelar Dinas Koperasi dan Usaha Mikro di {tempat}, {hari_tgl}.',
    'Produk [kerajinan anyaman bambu|batik tulis] buatan perajin Kelurahan {kelurahan}, Kecamatan {kecamatan}, [berhasil menembus pasar ekspor|mulai dilirik pembeli mancanegara] setelah [mendapat pendampingan pemerintah kota|tampil di pameran nasional].',
  ],
  facts: [
    'Peserta dibekali materi [fotografi produk, penulisan deskripsi, dan pengelolaan toko daring|perhitungan harga pokok dan pembukuan sederhana] oleh [praktisi|narasumber dari perguruan tinggi].',
    'Jumlah UMKM yang terdata di {kota} mencapai {ribu} unit, [sebagian besar|mayoritas] bergerak di bidang kuliner dan kerajinan.',
    'Pemerintah kota [menyediakan|memfasilitasi] sertifikasi halal gratis bagi {n2} pelaku usaha [tahun ini|bekerja sama dengan Kementerian Agama].',
    'Omzet kelompok perajin tersebut [naik|meningkat] hingga {persen} persen setelah [memasarkan produk secara daring|mendapat pesanan rutin dari luar negeri].',
    'Kredit usaha rakyat dengan bunga [rendah|bersubsidi] [dapat diakses|ditawarkan] melalui bank daerah dengan plafon hingga {rp_juta}.',
    'Galeri UMKM di {tempat} [menampung|memajang] produk unggulan dari setiap kecamatan dan [dibuka setiap hari|ramai dikunjungi wisatawan].',
    'Pemkot mewajibkan [hotel dan restoran|perangkat daerah] [membeli produk lokal untuk kebutuhan rapat|menggunakan suvenir buatan UMKM Sukamaju].',
    'Kendala yang paling banyak dikeluhkan pelaku usaha adalah [permodalan dan akses bahan baku|perizinan dan pemasaran].',
    'Koperasi simpan pinjam di {kecamatan} [diminta berbenah|dibina] agar [tidak terjerat praktik rentenir|pengelolaannya sehat].',
    'Festival kuliner yang digelar [akhir pekan lalu|setiap bulan] di {jalan} menghadirkan {n3} tenant UMKM.',
  ],
  quotes: [
    'UMKM adalah tulang punggung ekonomi Sukamaju. Kami ingin mereka naik kelas, bukan hanya bertahan',
    'Pasar digital terbuka lebar. Yang penting produknya berkualitas dan kemasannya menarik',
    'Kami dampingi sampai produk mereka punya izin lengkap dan bisa masuk toko modern',
  ],
  voices: [
    'Setelah ikut pelatihan, saya mulai jualan lewat media sosial dan pesanan bertambah',
    'Modal masih jadi masalah, kami butuh pinjaman yang bunganya ringan',
    'Dulu anyaman kami hanya dijual di pasar, sekarang dikirim sampai ke luar negeri',
  ],
};

export const LOCAL_TAX: Topic = {
  id: 'pajak-daerah',
  section: 'Ekonomi',
  agency: 'bapenda',
  tags: ['pajak daerah', 'PBB', 'PAD'],
  headlines: [
    'Bapenda Kota Sukamaju [Hapus Denda PBB|Beri Diskon Pajak] hingga {tanggal_depan}',
    'Realisasi PAD Kota Sukamaju Capai {persen} Persen, [Bapenda Optimistis Lampaui Target|Pajak Restoran Jadi Andalan]',
    'Warga Keluhkan Kenaikan [NJOP|Tagihan PBB], Bapenda [Buka Layanan Keberatan|Jelaskan Alasannya]',
  ],
  leads: [
    'Badan Pendapatan Daerah (Bapenda) {kota} [memberikan penghapusan denda|menggelar program keringanan] Pajak Bumi dan Bangunan (PBB) bagi wajib pajak yang melunasi tunggakan hingga {tanggal_depan}.',
    'Realisasi pendapatan asli daerah (PAD) {kota} hingga akhir {bulan} [tercatat|mencapai] {persen} persen dari target sebesar {rp_miliar}.',
  ],
  facts: [
    'Tunggakan PBB di {kota} [dari tahun-tahun sebelumnya|yang belum tertagih] mencapai {rp_miliar2}.',
    'Pembayaran [dapat dilakukan|bisa dilakukan] melalui [bank daerah, kantor pos, minimarket, dan dompet digital|kode QRIS yang tercantum di SPPT].',
    'Pajak restoran dan pajak hotel [menjadi penyumbang terbesar|menyumbang porsi signifikan] PAD [seiring meningkatnya kunjungan wisatawan|tahun ini].',
    'Kenaikan nilai jual objek pajak (NJOP) [dilakukan berdasarkan penilaian ulang|menyesuaikan harga pasar tanah] di kawasan [yang berkembang pesat|dekat jalan utama].',
    'Wajib pajak yang keberatan dapat [mengajukan permohonan|mengisi formulir keberatan] di kantor Bapenda atau Mal Pelayanan Publik.',
    'Bapenda [memasang alat perekam transaksi|menempelkan stiker wajib pajak] di {n} restoran dan kafe untuk [mencegah kebocoran|memantau setoran] pajak.',
    'Petugas [mendatangi|menyurati] {n2} wajib pajak dengan tunggakan terbesar, [termasuk sejumlah badan usaha|di antaranya pengelola pusat perbelanjaan].',
    'Kelurahan dengan tingkat pelunasan PBB tertinggi [akan mendapat penghargaan|dijanjikan insentif pembangunan] dari wali kota.',
    'Opsen pajak kendaraan bermotor mulai [menambah|memperkuat] pendapatan kota [sejak diberlakukan awal tahun|sesuai undang-undang hubungan keuangan pusat dan daerah].',
    'Pendataan ulang objek pajak dilakukan [secara bertahap|menggunakan citra satelit dan pemetaan digital] di Kecamatan {kecamatan}.',
  ],
  quotes: [
    'Pajak yang dibayarkan warga kembali lagi dalam bentuk jalan, sekolah, dan layanan kesehatan',
    'Manfaatkan keringanan ini sebelum batas waktu, setelah itu denda berlaku kembali',
    'Kami optimistis target tercapai karena kepatuhan wajib pajak terus membaik',
  ],
  voices: [
    'Tagihan PBB saya naik hampir dua kali lipat, padahal rumah tidak ada perubahan',
    'Sekarang bayar pajak gampang, cukup lewat ponsel',
    'Penghapusan denda ini sangat membantu, tunggakan saya jadi lebih ringan',
  ],
};

export const BUDGET: Topic = {
  id: 'apbd',
  section: 'Pemerintahan',
  agency: 'bappeda',
  tags: ['APBD', 'DPRD', 'anggaran'],
  headlines: [
    'DPRD dan Pemkot Sukamaju Sepakati [APBD {tahun}|APBD Perubahan] Sebesar {rp_triliun}',
    'Rapat Paripurna DPRD Kota Sukamaju [Warnai|Diwarnai] [Interupsi soal Defisit|Sorotan Belanja Pegawai]',
    'Musrenbang Kecamatan {kecamatan} Usulkan {n} Program, [Infrastruktur Mendominasi|Warga Minta Prioritas Drainase]',
    'Pemkot Sukamaju [Pangkas|Efisienkan] Belanja Perjalanan Dinas, Dialihkan untuk [Layanan Dasar|Perbaikan Jalan]',
  ],
  leads: [
    'DPRD {kota} dan pemerintah kota menyepakati [rancangan APBD|perubahan APBD] tahun anggaran {tahun} sebesar {rp_triliun} dalam rapat paripurna di {tempat}, {hari_tgl}.',
    'Musyawarah perencanaan pembangunan (musrenbang) Kecamatan {kecamatan} [menghasilkan|mengusulkan] {n} program prioritas [untuk dibiayai APBD tahun depan|yang didominasi pembangunan infrastruktur].',
  ],
  facts: [
    'Pendapatan daerah [diproyeksikan|ditargetkan] sebesar {rp_triliun2}, sementara belanja daerah [sedikit lebih tinggi|dirancang lebih besar] sehingga terdapat defisit yang ditutup dari [sisa lebih pembiayaan anggaran|pembiayaan netto].',
    'Belanja pegawai masih menyerap sekitar {persen} persen dari total belanja, [melampaui batas yang diamanatkan undang-undang|sehingga ruang fiskal untuk pembangunan terbatas].',
    'Sejumlah fraksi [memberikan catatan|menyampaikan pandangan akhir] terkait [rendahnya serapan anggaran|ketergantungan pada dana transfer pusat].',
    'Alokasi terbesar [diberikan untuk|masuk ke] sektor pendidikan dan kesehatan [sesuai amanat mandatory spending|sebagaimana diwajibkan aturan].',
    'Usulan warga dari tingkat kelurahan [dihimpun melalui|dibahas dalam] aplikasi perencanaan daring sebelum dibawa ke musrenbang kota.',
    'Pemkot [memangkas|mengurangi] anggaran perjalanan dinas dan rapat di luar kantor hingga {persen2} persen [sesuai instruksi efisiensi belanja|untuk dialihkan ke program prioritas].',
    'Dana pokok pikiran anggota DPRD [ikut dibahas|menjadi sorotan] dalam rapat badan anggaran [yang berlangsung hingga malam|pekan lalu].',
    'Rancangan peraturan daerah tentang APBD selanjutnya [akan dievaluasi|dikirim untuk dievaluasi] oleh Gubernur Jawa Barat sebelum ditetapkan.',
    'Serapan anggaran hingga triwulan [ketiga|kedua] baru mencapai {persen3} persen, [terutama karena lelang proyek fisik terlambat|dengan OPD teknis sebagai penyumbang terendah].',
    'Target pertumbuhan ekonomi dalam rencana kerja pemerintah daerah dipatok [5,2|5,5|4,9] persen dengan [penurunan pengangguran terbuka|penurunan angka kemiskinan] sebagai sasaran utama.',
    'Pembahasan [berlangsung alot|sempat ditunda] karena [perbedaan pandangan soal proyek tahun jamak|tarik-ulur anggaran hibah].',
  ],
  quotes: [
    'Kami ingin APBD benar-benar berpihak pada kebutuhan dasar warga: jalan, sekolah, air bersih, dan kesehatan',
    'Efisiensi bukan berarti mengurangi layanan. Yang kami pangkas adalah belanja yang tidak langsung dirasakan masyarakat',
    'Setiap rupiah harus bisa dipertanggungjawabkan dan hasilnya terlihat di lapangan',
  ],
  voices: [
    'Usulan drainase di RW kami sudah tiga tahun diajukan, semoga tahun ini terealisasi',
    'Kami berharap anggaran lebih banyak untuk pemberdayaan ekonomi warga',
    'Musrenbang jangan hanya formalitas, usulan warga harus benar-benar dikerjakan',
  ],
};

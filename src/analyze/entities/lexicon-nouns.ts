// Everyday Indonesian words that turn up capitalised (sentence starts, headlines, names of laws,
// programmes and products) but never name a person by themselves.

/** Common nouns, adjectives and verbs; a guessed name made only of these is no name. */
export const COMMON_WORDS = new Set(
  `harga hal bahwa soal kasus masalah isu berita kabar laporan data angka jumlah nilai biaya dana
  anggaran uang modal saham pasar produk barang jasa layanan program proyek kegiatan acara agenda
  rapat pertemuan diskusi seminar lomba kontes festival pameran juara umum pemenang hadiah
  penghargaan piala medali prestasi peringkat posisi tingkat level tahap babak putaran
  aturan peraturan undang-undang pasal ayat bab keputusan putusan surat izin sertifikat kartu
  tanda registrasi kebijakan strategi rencana target sasaran tujuan hasil dampak akibat sebab
  alasan syarat ketentuan standar kriteria sistem metode cara teknologi aplikasi algoritma
  internet jaringan sinyal listrik energi minyak gas bahan bakar air udara tanah hutan laut sungai
  api asap debu cuaca iklim hujan banjir gempa badai angin panas dingin musim bencana
  kesehatan penyakit obat vaksin virus rumah gedung kantor jalan kendaraan mobil motor kapal
  pesawat kereta bus truk rudal senjata bom perang serangan operasi misi tim regu kelompok
  pasukan tentara polisi warga rakyat penduduk masyarakat keluarga anak ibu bapak orang manusia
  hewan tanaman pohon buah ikan burung spesies jenis marga genus filum fosil
  bumi matahari bulan langit planet dunia negara bangsa daerah wilayah kawasan
  lingkungan alam sejarah budaya seni musik lagu film buku kisah cerita judul nama julukan
  ekonomi politik hukum sosial agama pendidikan olahraga pariwisata perdagangan industri
  investasi inflasi pertumbuhan produksi konsumsi ekspor impor subsidi pajak utang kredit
  baik buruk besar kecil baru lama tinggi rendah kuat lemah cepat lambat murah mahal
  naik turun masuk keluar datang pergi buka tutup mulai selesai lanjut berlanjut bersatu
  kapasitas kualitas kuantitas potensi peluang tantangan hambatan kendala risiko ancaman
  keamanan keselamatan ketertiban kedaulatan kemerdekaan kebebasan keadilan kesejahteraan
  kampanye pemilihan koalisi oposisi parlemen istana pemerintahan kabinet reformasi revolusi
  demokrasi konstitusi sidang persidangan perkara gugatan tuntutan vonis hukuman penjara
  ulang tahun minggu tahun abad era zaman periode masa waktu jam menit detik
  kilometer meter ton liter persen derajat watt giga nomor halaman lantai blok
  nasib harapan mimpi cita semangat spirit jiwa hati pikiran perasaan damai
  kesempatan pengalaman pelajaran contoh bukti fakta opini pendapat sikap suara pilihan
  niaga bisnis operasional logistik pengadaan tugas kerja pekerjaan karier jabatan posisi gaji upah bonus tunjangan pensiun
  pesan ucapan salam doa ibadah puasa zakat sedekah sumbangan bantuan donasi
  keajaiban rahasia misteri fenomena peristiwa kejadian insiden tragedi kecelakaan
  perang damai gencatan senjata perjanjian kesepakatan kerja sama kerjasama hubungan
  maha esa kuasa pengampun pemurah penyayang
  kelas diploma semester jilid volume rancangan
  upaya usaha arahan tawaran usulan ajakan kunjungan lawatan pasangan duet kubu langkah sikap manuver`.split(
    /\s+/,
  ),
);

// Sentences any Kota Sukamaju story can borrow: city background, council and mayor remarks, closings.

export const CONTEXT: string[] = [
  'Program tersebut merupakan bagian dari [Rencana Pembangunan Jangka Menengah Daerah|visi pembangunan] {kota} [2025-2029|lima tahun ke depan] yang menitikberatkan pada [pelayanan dasar|pemerataan pembangunan].',
  '{walikota} [sebelumnya telah meminta|dalam berbagai kesempatan menginstruksikan] seluruh perangkat daerah [bergerak cepat|turun langsung ke lapangan] [menanggapi keluhan warga|tanpa menunggu laporan].',
  'Camat {kecamatan} [mengaku telah berkoordinasi|menyatakan sudah berkomunikasi] dengan para lurah dan ketua RW untuk [mendata warga terdampak|menyosialisasikan kebijakan tersebut].',
  'Persoalan serupa [juga pernah terjadi|sempat mencuat] pada tahun-tahun sebelumnya, [namun penanganannya belum tuntas|dan menjadi bahan evaluasi pemerintah kota].',
  'Informasi lebih lanjut dapat diperoleh melalui [kanal pengaduan resmi Sapa Warga Sukamaju|akun media sosial resmi Pemerintah {kota}] yang [dikelola Diskominfo|aktif 24 jam].',
  'Sekda {kota} {sekda_pendek} [menegaskan|menyampaikan] bahwa [evaluasi kinerja perangkat daerah|pengawasan program] [akan dilakukan setiap bulan|melibatkan inspektorat].',
  '[Dalam rapat koordinasi|Pada apel pagi] di {tempat}, {wakil} meminta [para camat dan lurah|kepala OPD] [aktif memantau kondisi wilayahnya|tidak bekerja sendiri-sendiri].',
  'Berdasarkan data Badan Pusat Statistik, jumlah penduduk {kota} [mencapai sekitar|tercatat lebih dari] [720.000|740.000|705.000] jiwa yang tersebar di delapan kecamatan.',
  'Pemerintah kota [juga melibatkan|turut menggandeng] [perguruan tinggi|organisasi kemasyarakatan dan tokoh agama] dalam [kajian|pelaksanaan] program tersebut.',
  'Kegiatan serupa [direncanakan digelar bergiliran|akan diperluas] ke kecamatan lain, termasuk {kecamatan2}, [dalam beberapa pekan ke depan|hingga akhir tahun].',
  'Ketua RW {rw} Kelurahan {kelurahan}, {warga3}, [mengapresiasi langkah|menyambut baik respons] pemerintah [meski menilai masih ada pekerjaan rumah|namun berharap ada tindak lanjut nyata].',
  '[Warganet|Sejumlah warganet] [ramai membagikan|mengunggah] [foto dan video|keluhan] soal persoalan itu di media sosial sehingga [mendapat perhatian luas|viral] [sejak beberapa hari lalu|pekan ini].',
  'Diskominfo {kota} [memastikan|menyebut] informasi [resmi|terbaru] [akan terus diperbarui|disampaikan secara berkala] melalui laman pemerintah kota.',
  'Anggaran untuk kegiatan itu [bersumber dari|diambil dari pos] [belanja tidak terduga|APBD {tahun}] [sesuai ketentuan yang berlaku|setelah melalui pembahasan dengan DPRD].',
  'Inspektorat Daerah [siap menindaklanjuti|membuka ruang bagi] laporan masyarakat [apabila ditemukan penyimpangan|terkait pelaksanaan program di lapangan].',
  '[Tokoh masyarakat|Pengurus LPM] Kelurahan {kelurahan} [berharap|meminta] agar [pemerintah tidak hanya datang saat ada masalah|komunikasi dengan warga terus dijaga].',
  'Pemerintah Kota Sukamaju [menargetkan|berupaya meraih] [predikat kota layak anak|penghargaan pelayanan publik] tingkat nasional [pada {tahun}|tahun ini].',
];

/** A councillor's oversight remarks. */
export const COUNCIL_QUOTES: string[] = [
  'Kami di DPRD akan mengawal program ini supaya tepat sasaran dan tidak berhenti di atas kertas',
  'Jangan sampai warga yang sudah lama menunggu kembali kecewa. Pemerintah harus punya target waktu yang jelas',
  'Kami minta dinas terkait lebih transparan soal anggaran dan progres pekerjaannya',
  'Persoalan ini sudah berulang kali kami sampaikan dalam rapat kerja, sekarang saatnya ada tindakan nyata',
  'Kami mendukung langkah pemerintah, tetapi evaluasi harus dilakukan secara terbuka',
  'Aspirasi ini kami terima saat reses di daerah pemilihan dan akan kami perjuangkan dalam pembahasan anggaran',
];

/** What the mayor, the deputy or the city secretary say about any programme. */
export const LEADER_QUOTES: string[] = [
  'Saya minta seluruh jajaran bekerja dengan hati. Masyarakat menunggu hasil, bukan sekadar laporan',
  'Pemerintah tidak bisa bekerja sendiri. Dukungan warga, dunia usaha, dan media sangat kami butuhkan',
  'Ini menjadi prioritas kami tahun ini dan saya akan memantau langsung perkembangannya',
  'Kritik dan masukan dari masyarakat kami terima sebagai bahan perbaikan',
  'Kami ingin setiap rupiah anggaran benar-benar dirasakan manfaatnya oleh warga Sukamaju',
  'Saya sudah perintahkan kepala dinas untuk turun ke lapangan dan melaporkan hasilnya kepada saya',
];

export const CLOSINGS: string[] = [
  'Pemerintah kota [berjanji|memastikan] akan [terus memantau|mengevaluasi] perkembangan di lapangan dan [menyampaikan hasilnya kepada publik|melibatkan warga dalam setiap tahapannya].',
  '[Warga yang membutuhkan informasi|Masyarakat yang ingin menyampaikan aduan] dapat menghubungi layanan Sapa Warga Sukamaju melalui [nomor WhatsApp|aplikasi] yang tersedia.',
  '[Hingga berita ini diturunkan|Sampai saat ini], [pihak terkait belum memberikan keterangan lebih lanjut|proses penanganan masih terus berlangsung].',
  '[Rencananya|Selanjutnya], hasil [evaluasi|kegiatan] ini akan dilaporkan dalam rapat koordinasi pimpinan daerah pada {tanggal_depan}.',
  'Kegiatan ditutup dengan [peninjauan lapangan|dialog bersama warga] yang dihadiri [camat, lurah, dan unsur forkopimcam|perwakilan perangkat daerah].',
  '[Langkah tersebut|Upaya ini] diharapkan dapat [menjadi contoh bagi daerah lain|memberi dampak nyata] [di Jawa Barat|bagi warga Sukamaju].',
];

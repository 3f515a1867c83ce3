// Capitalised words that are not names: sentence openers, days, months, religious and calendar words.

/** Words that are capitalised because they open a sentence or a headline, never names on their own. */
export const FUNCTION_WORDS = new Set(
  `selain menurut dalam namun tetapi tapi sementara itu kemudian lalu setelah sebelum saat ketika
  pada di ke dari untuk bagi dengan oleh karena sebab sehingga agar supaya jika kalau bila apabila
  meski meskipun walaupun walau meski demikian begitu bahkan justru padahal sedangkan adapun adapula
  ini itu tersebut para sang si sejumlah beberapa banyak semua seluruh setiap tiap masing
  pihaknya dia ia mereka kami kita saya aku anda beliau kalian ya tidak bukan belum sudah telah akan
  sedang masih juga pun hanya cuma baru lagi sangat paling lebih kurang amat sekitar hampir
  sekitarnya terkait soal mengenai tentang terhadap atas bawah antara antar hingga sampai sejak
  selama sepanjang seusai usai jelang menjelang pasca pra tanpa tak apa apakah siapa mengapa kenapa
  bagaimana kapan dimana di mana berapa yang dan atau serta tetapi melainkan sebagai selaku yakni yaitu
  adalah merupakan ialah berikut berikutnya pertama kedua ketiga keempat kelima terakhir akhirnya
  awalnya sebelumnya selanjutnya kini sekarang kemarin besok lusa tadi nanti dulu dahulu hari ini
  pagi siang sore malam minggu bulan tahun pekan waktu saat sementara selagi sambil seraya
  rupanya ternyata tentu tentunya mungkin barangkali kiranya seharusnya semestinya sebaiknya
  apalagi terlebih lagipula tambahan kecuali khususnya terutama misalnya contohnya seperti
  bersamaan sedangkan adapun oleh karena itu pun jadi maka makanya alhasil akibatnya hasilnya
  intinya singkatnya pokoknya sebenarnya sesungguhnya memang tentu jelas wah nah oh ah eh ayo mari
  silakan tolong mohon harap terima kasih salam assalamualaikum bismillah alhamdulillah insyaallah
  innalillahi wassalam halo hai baca juga simak lihat foto video ilustrasi sumber editor penulis
  reporter redaksi berita tag tags topik artikel terkait baca selengkapnya advertisement iklan
  update berita terkini terpopuler headline
  kendati lantaran sebaliknya seakan seolah-olah sekalipun andaikan biarpun
  pernah sempat kerap sering jarang selalu biasanya segera langsung baik maupun`.split(/\s+/),
);

/** Days, months and festive days: capitalised in Indonesian but neither person nor place. */
export const CALENDAR_WORDS = new Set(
  `senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni juli
  agustus september oktober november desember jan feb mar apr jun jul agu ags agt sep sept okt nov des
  idul idulfitri iduladha fitri adha lebaran natal tahun baru imlek nyepi waisak paskah ramadan ramadhan
  syawal muharram maulid isra miraj mi'raj hijriah masehi hut proklamasi kemerdekaan sumpah pemuda
  hari pahlawan kartini nasional internasional dunia wib wita wit`.split(/\s+/),
);

/** Capitalised nouns that are not names by themselves (religions, nationalities, generic words). */
export const GENERIC_CAPITALISED = new Set(
  `tuhan allah swt saw nabi rasul islam kristen katolik protestan hindu buddha budha konghucu muslim
  muslimah nasrani yahudi alquran al-quran quran injil pancasila uud bhinneka tunggal ika merah putih
  garuda rupiah dolar euro yen ringgit internet online covid-19 corona virus bapak ibu kepala
  negara pemerintah presiden gubernur bupati wali kota kabupaten provinsi kecamatan desa kelurahan
  rakyat warga masyarakat polisi tentara pemuda mahasiswa siswa guru dokter pasien korban
  rp pemilu pilpres pilkada pileg ebola corona barat timur utara selatan tengah tenggara bahasa
  muktamar munas musda muswil kongres rakernas rakerda rakor rapimnas paripurna sidang pleno hak interpelasi angket
  arab uighur melayu legislatif eksekutif yudikatif raker mukernas munaslub rapat mulia yang
  bersaudara bersaudari pansel timsel pilgub pilbup pilwalkot`.split(/\s+/),
);

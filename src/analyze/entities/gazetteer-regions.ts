// Indonesia's 38 provinces, its cities (kota) and regencies (kabupaten), written for place recognition.

/** The 38 provinces with their usual short and older names. */
export const PROVINCES: readonly string[] = list(`
  Aceh, Sumatera Utara, Sumatera Barat, Riau, Kepulauan Riau, Jambi, Sumatera Selatan, Kepulauan
  Bangka Belitung, Bangka Belitung, Bengkulu, Lampung, DKI Jakarta, Jakarta, Jawa Barat, Banten, Jawa
  Tengah, DI Yogyakarta, Daerah Istimewa Yogyakarta, Yogyakarta, Jawa Timur, Bali, Nusa Tenggara
  Barat, Nusa Tenggara Timur, Kalimantan Barat, Kalimantan Tengah, Kalimantan Selatan, Kalimantan
  Timur, Kalimantan Utara, Sulawesi Utara, Gorontalo, Sulawesi Tengah, Sulawesi Barat, Sulawesi
  Selatan, Sulawesi Tenggara, Maluku, Maluku Utara, Papua, Papua Barat, Papua Barat Daya, Papua
  Tengah, Papua Pegunungan, Papua Selatan, Sumut, Sumbar, Sumsel, Kepri, Babel, Jabar, Jateng, Jatim,
  DIY, NTB, NTT, Kalbar, Kalteng, Kalsel, Kaltim, Kaltara, Sulut, Sulteng, Sulbar, Sulsel, Sultra,
  Malut, Jogja, Jogjakarta, Yogya, Nanggroe Aceh Darussalam
`);

/** Cities (kota) — also the names that "Kota X" refers to. */
export const CITIES: readonly string[] = list(`
  Banda Aceh, Sabang, Langsa, Lhokseumawe, Subulussalam, Medan, Binjai, Tebing Tinggi,
  Pematangsiantar, Pematang Siantar, Siantar, Tanjungbalai, Tanjung Balai, Sibolga, Padangsidimpuan,
  Padang Sidempuan, Gunungsitoli, Padang, Bukittinggi, Padang Panjang, Pariaman, Payakumbuh,
  Sawahlunto, Solok, Pekanbaru, Dumai, Sungai Penuh, Palembang, Lubuklinggau, Pagar Alam, Pagaralam,
  Prabumulih, Bandar Lampung, Metro, Pangkalpinang, Pangkal Pinang, Batam, Tanjungpinang, Tanjung
  Pinang, Jakarta Pusat, Jakarta Utara, Jakarta Barat, Jakarta Selatan, Jakarta Timur, Bandung,
  Bekasi, Bogor, Cimahi, Cirebon, Depok, Sukabumi, Tasikmalaya, Banjar, Semarang, Magelang,
  Pekalongan, Salatiga, Surakarta, Solo, Tegal, Surabaya, Batu, Blitar, Kediri, Madiun, Malang,
  Mojokerto, Pasuruan, Probolinggo, Serang, Cilegon, Tangerang, Tangerang Selatan, Tangsel, Denpasar,
  Mataram, Bima, Kupang, Pontianak, Singkawang, Palangka Raya, Palangkaraya, Banjarmasin, Banjarbaru,
  Balikpapan, Samarinda, Bontang, Tarakan, Manado, Bitung, Kotamobagu, Tomohon, Palu, Makassar,
  Parepare, Palopo, Kendari, Baubau, Bau-Bau, Ambon, Tual, Ternate, Tidore, Tidore Kepulauan,
  Jayapura, Sorong, Mamuju, Sofifi, Manokwari, Merauke, Nabire, Wamena, Nusantara, Purwokerto, Jember,
  Bojonegoro, Kudus, Cianjur, Garut, Karawang, Purwakarta, Subang, Sumedang, Kuningan, Majalengka,
  Indramayu, Ciamis, Pangandaran, Cibinong, Cikarang, Soreang, Lembang
`);

/** Regencies (kabupaten) — also the names that "Kabupaten X" / "Kab. X" refers to. */
export const REGENCIES: readonly string[] = list(`
  Aceh Besar, Aceh Barat, Aceh Barat Daya, Aceh Jaya, Aceh Selatan, Aceh Singkil, Aceh Tamiang, Aceh
  Tengah, Aceh Tenggara, Aceh Timur, Aceh Utara, Bener Meriah, Bireuen, Gayo Lues, Nagan Raya, Pidie,
  Pidie Jaya, Simeulue, Asahan, Batubara, Batu Bara, Dairi, Deli Serdang, Humbang Hasundutan, Karo,
  Labuhanbatu, Labuhanbatu Selatan, Labuhanbatu Utara, Langkat, Mandailing Natal, Nias, Nias Selatan,
  Nias Utara, Nias Barat, Padang Lawas, Padang Lawas Utara, Pakpak Bharat, Samosir, Serdang Bedagai,
  Simalungun, Tapanuli Selatan, Tapanuli Tengah, Tapanuli Utara, Toba, Toba Samosir, Agam,
  Dharmasraya, Kepulauan Mentawai, Mentawai, Lima Puluh Kota, Padang Pariaman, Pasaman, Pasaman Barat,
  Pesisir Selatan, Sijunjung, Solok Selatan, Tanah Datar, Bengkalis, Indragiri Hilir, Indragiri Hulu,
  Kampar, Kepulauan Meranti, Kuantan Singingi, Pelalawan, Rokan Hilir, Rokan Hulu, Siak, Bintan,
  Karimun, Kepulauan Anambas, Anambas, Lingga, Natuna, Batanghari, Bungo, Kerinci, Merangin, Muaro
  Jambi, Sarolangun, Tanjung Jabung Barat, Tanjung Jabung Timur, Tebo, Banyuasin, Empat Lawang, Lahat,
  Muara Enim, Musi Banyuasin, Musi Rawas, Musi Rawas Utara, Ogan Ilir, Ogan Komering Ilir, Ogan
  Komering Ulu, Ogan Komering Ulu Selatan, Ogan Komering Ulu Timur, Penukal Abab Lematang Ilir,
  Bangka, Bangka Barat, Bangka Selatan, Bangka Tengah, Belitung, Belitung Timur, Bengkulu Selatan,
  Bengkulu Tengah, Bengkulu Utara, Kaur, Kepahiang, Lebong, Mukomuko, Rejang Lebong, Seluma, Lampung
  Barat, Lampung Selatan, Lampung Tengah, Lampung Timur, Lampung Utara, Mesuji, Pesawaran, Pesisir
  Barat, Pringsewu, Tanggamus, Tulang Bawang, Tulang Bawang Barat, Way Kanan, Kepulauan Seribu, Lebak,
  Pandeglang, Bandung Barat, Bandung Raya, Banjarnegara, Banyumas, Batang, Blora, Boyolali, Brebes,
  Cilacap, Demak, Grobogan, Jepara, Karanganyar, Kebumen, Kendal, Klaten, Pati, Pemalang, Purbalingga,
  Purworejo, Rembang, Sragen, Sukoharjo, Temanggung, Wonogiri, Wonosobo, Bantul, Gunungkidul, Gunung
  Kidul, Kulon Progo, Kulonprogo, Sleman, Bangkalan, Banyuwangi, Bondowoso, Gresik, Jombang, Lamongan,
  Lumajang, Magetan, Nganjuk, Ngawi, Pacitan, Pamekasan, Ponorogo, Sampang, Sidoarjo, Situbondo,
  Sumenep, Trenggalek, Tuban, Tulungagung, Madura, Badung, Bangli, Buleleng, Gianyar, Jembrana,
  Karangasem, Klungkung, Tabanan, Dompu, Lombok Barat, Lombok Tengah, Lombok Timur, Lombok Utara,
  Sumbawa, Sumbawa Barat, Alor, Belu, Ende, Flores Timur, Lembata, Malaka, Manggarai, Manggarai Barat,
  Manggarai Timur, Nagekeo, Ngada, Rote Ndao, Sabu Raijua, Sikka, Sumba Barat, Sumba Barat Daya, Sumba
  Tengah, Sumba Timur, Timor Tengah Selatan, Timor Tengah Utara, Bengkayang, Kapuas Hulu, Kayong
  Utara, Ketapang, Kubu Raya, Landak, Melawi, Mempawah, Sambas, Sanggau, Sekadau, Sintang, Barito
  Selatan, Barito Timur, Barito Utara, Gunung Mas, Kapuas, Katingan, Kotawaringin Barat, Kotawaringin
  Timur, Lamandau, Murung Raya, Pulang Pisau, Seruyan, Sukamara, Balangan, Barito Kuala, Hulu Sungai
  Selatan, Hulu Sungai Tengah, Hulu Sungai Utara, Kotabaru, Tabalong, Tanah Bumbu, Tanah Laut, Tapin,
  Berau, Kutai Barat, Kutai Kartanegara, Kutai Timur, Mahakam Ulu, Paser, Penajam Paser Utara,
  Bulungan, Malinau, Nunukan, Tana Tidung, Bolaang Mongondow, Bolaang Mongondow Utara, Bolaang
  Mongondow Selatan, Bolaang Mongondow Timur, Kepulauan Sangihe, Kepulauan Talaud, Minahasa, Minahasa
  Selatan, Minahasa Tenggara, Minahasa Utara, Boalemo, Bone Bolango, Gorontalo Utara, Pohuwato,
  Banggai, Banggai Kepulauan, Banggai Laut, Buol, Donggala, Morowali, Morowali Utara, Parigi Moutong,
  Poso, Sigi, Tojo Una-Una, Tolitoli, Majene, Mamasa, Mamuju Tengah, Pasangkayu, Polewali Mandar,
  Bantaeng, Barru, Bone, Bulukumba, Enrekang, Gowa, Jeneponto, Kepulauan Selayar, Selayar, Luwu, Luwu
  Timur, Luwu Utara, Maros, Pangkajene dan Kepulauan, Pangkep, Pinrang, Sidenreng Rappang, Sidrap,
  Sinjai, Soppeng, Takalar, Tana Toraja, Toraja Utara, Toraja, Wajo, Bombana, Buton, Buton Selatan,
  Buton Tengah, Buton Utara, Kolaka, Kolaka Timur, Kolaka Utara, Konawe, Konawe Kepulauan, Konawe
  Selatan, Konawe Utara, Muna, Muna Barat, Wakatobi, Buru, Buru Selatan, Kepulauan Aru, Maluku Barat
  Daya, Maluku Tengah, Maluku Tenggara, Kepulauan Tanimbar, Seram Bagian Barat, Seram Bagian Timur,
  Halmahera Barat, Halmahera Tengah, Halmahera Timur, Halmahera Selatan, Halmahera Utara, Kepulauan
  Sula, Pulau Morotai, Morotai, Pulau Taliabu, Biak Numfor, Biak, Jayawijaya, Keerom, Kepulauan Yapen,
  Mamberamo Raya, Sarmi, Supiori, Waropen, Asmat, Boven Digoel, Mappi, Mimika, Timika, Paniai, Puncak
  Jaya, Puncak, Intan Jaya, Deiyai, Dogiyai, Lanny Jaya, Nduga, Tolikara, Yahukimo, Pegunungan
  Bintang, Yalimo, Mamberamo Tengah, Fakfak, Kaimana, Teluk Bintuni, Teluk Wondama, Manokwari Selatan,
  Pegunungan Arfak, Raja Ampat, Maybrat, Tambrauw, Sorong Selatan, Kepulauan Siau Tagulandang Biaro,
  Siau Tagulandang Biaro, Maluku Tenggara Barat, Toba Samosir, Labuhanbatu, Labuhan Batu
`);

/** Short names newsrooms use for regencies and Jakarta's cities, read as the full name. */
export const REGION_SHORT_FORMS: Readonly<Record<string, string>> = {
  Jaksel: 'Jakarta Selatan',
  Jaktim: 'Jakarta Timur',
  Jakbar: 'Jakarta Barat',
  Jakut: 'Jakarta Utara',
  Jakpus: 'Jakarta Pusat',
  Sitaro: 'Kepulauan Siau Tagulandang Biaro',
  Kukar: 'Kutai Kartanegara',
  Kutim: 'Kutai Timur',
  Kubar: 'Kutai Barat',
  Muba: 'Musi Banyuasin',
  Muratara: 'Musi Rawas Utara',
  Lobar: 'Lombok Barat',
  Loteng: 'Lombok Tengah',
  Lotim: 'Lombok Timur',
  Bolmong: 'Bolaang Mongondow',
  Tapsel: 'Tapanuli Selatan',
  Taput: 'Tapanuli Utara',
  Tapteng: 'Tapanuli Tengah',
  Sergai: 'Serdang Bedagai',
  Humbahas: 'Humbang Hasundutan',
  Labusel: 'Labuhanbatu Selatan',
  Labura: 'Labuhanbatu Utara',
  Inhil: 'Indragiri Hilir',
  Inhu: 'Indragiri Hulu',
  Kuansing: 'Kuantan Singingi',
  Rohil: 'Rokan Hilir',
  Rohul: 'Rokan Hulu',
  Tanjabbar: 'Tanjung Jabung Barat',
  Tanjabtim: 'Tanjung Jabung Timur',
  Lamsel: 'Lampung Selatan',
  Lamteng: 'Lampung Tengah',
  Lamtim: 'Lampung Timur',
  Lampura: 'Lampung Utara',
  Tubaba: 'Tulang Bawang Barat',
  Pesibar: 'Pesisir Barat',
  Kotim: 'Kotawaringin Timur',
  Kobar: 'Kotawaringin Barat',
  Minsel: 'Minahasa Selatan',
  Minut: 'Minahasa Utara',
  Mitra: 'Minahasa Tenggara',
  Parimo: 'Parigi Moutong',
  Polman: 'Polewali Mandar',
  Matim: 'Manggarai Timur',
  Mabar: 'Manggarai Barat',
  Halbar: 'Halmahera Barat',
  Halsel: 'Halmahera Selatan',
  Halut: 'Halmahera Utara',
  Haltim: 'Halmahera Timur',
  Malteng: 'Maluku Tengah',
};

/** Comma-separated names; a line break inside a name is a plain space. */
function list(names: string): readonly string[] {
  return names
    .split(',')
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

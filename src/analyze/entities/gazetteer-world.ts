// Countries, regions, islands and major world cities, written for place recognition.

export const WORLD_PLACES: readonly string[] = list(`
  Indonesia, Malaysia, Singapura, Brunei, Brunei Darussalam, Thailand, Filipina, Vietnam, Kamboja,
  Laos, Myanmar, Timor Leste, Timor-Leste, Papua Nugini, Australia, Selandia Baru, Tiongkok, China,
  Cina, Jepang, Korea, Korea Selatan, Korea Utara, Korsel, Korut, Taiwan, Hong Kong, Mongolia, India,
  Pakistan, Bangladesh, Sri Lanka, Nepal, Afganistan, Afghanistan, Iran, Irak, Suriah, Lebanon,
  Yordania, Israel, Palestina, Gaza, Tepi Barat, Arab Saudi, Saudi Arabia, Yaman, Oman, Qatar, Kuwait,
  Bahrain, Uni Emirat Arab, Turki, Mesir, Libya, Tunisia, Aljazair, Maroko, Sudan, Ethiopia, Kenya,
  Nigeria, Afrika Selatan, Somalia, Rusia, Ukraina, Belarus, Polandia, Jerman, Prancis, Perancis,
  Inggris, Britania Raya, Irlandia, Belanda, Belgia, Swiss, Austria, Italia, Spanyol, Portugal,
  Yunani, Swedia, Norwegia, Denmark, Finlandia, Hungaria, Ceko, Rumania, Serbia, Kroasia, Amerika,
  Amerika Serikat, AS, Kanada, Meksiko, Brasil, Argentina, Chili, Kolombia, Peru, Venezuela, Kuba,
  Asia, Asia Tenggara, Asia Timur, Asia Selatan, Timur Tengah, Eropa, Afrika, Amerika Latin, Amerika
  Selatan, Amerika Utara, Oseania, Pasifik, Atlantik, Sumatera, Sumatra, Jawa, Kalimantan, Borneo,
  Sulawesi, Lombok, Flores, Sumba, Timor, Halmahera, Seram, Natuna, Madura, Nusa Tenggara,
  Jabodetabek, Jabotabek, Bali, Nusa Penida, Kuala Lumpur, Johor, Sabah, Sarawak, Penang, Bangkok,
  Manila, Hanoi, Ho Chi Minh, Phnom Penh, Yangon, Dili, Canberra, Sydney, Melbourne, Perth, Darwin,
  Beijing, Shanghai, Wuhan, Guangzhou, Shenzhen, Tokyo, Osaka, Seoul, Pyongyang, Taipei, New Delhi,
  Mumbai, Islamabad, Dhaka, Kabul, Teheran, Baghdad, Damaskus, Beirut, Amman, Yerusalem, Tel Aviv,
  Riyadh, Jeddah, Mekkah, Makkah, Madinah, Dubai, Abu Dhabi, Doha, Ankara, Istanbul, Kairo, Moskow,
  Kiev, Kyiv, Berlin, Paris, London, Amsterdam, Den Haag, Brussel, Jenewa, Wina, Roma, Vatikan,
  Madrid, Barcelona, Lisabon, Athena, Stockholm, Washington, New York, Los Angeles, San Francisco,
  Chicago, California, Texas, Florida, Hawaii, Ottawa, Toronto, Mexico City, Rio de Janeiro, Sao
  Paulo, Buenos Aires, Kuta, Ubud, Nusa Dua, Labuan Bajo, Bromo, Puncak, Ancol, Monas, Senayan,
  Kemayoran, Menteng, Cikini, Tanah Abang, Kebayoran Baru, Kuningan, Cawang, Cengkareng,
  Soekarno-Hatta, Halim Perdanakusuma, Tanjung Priok, Tanjung Perak, Bundaran HI, Thamrin, Sudirman,
  Bekasi Timur, Ciputat, Serpong, Bintaro, Merapi, Sinabung, Semeru, Rinjani, Krakatau, Kelud,
  Citarum, Ciliwung, Bengawan Solo, Mahakam, Musi, Selat Malaka, Selat Sunda, Libanon, Sierra Leone,
  Guinea, Liberia, Zimbabwe, Uganda, Tanzania, Ghana, Kamerun, Senegal, Mali, Niger, Kongo, Angola,
  Mozambik, Madagaskar, Zambia, Namibia, Botswana, Rwanda, Eritrea, Jibuti, Yordania, Azerbaijan,
  Armenia, Georgia, Kazakhstan, Uzbekistan, Turkmenistan, Kirgistan, Tajikistan, Bhutan, Maladewa,
  Fiji, Samoa, Tonga, Vanuatu, Kepulauan Solomon, Islandia, Estonia, Latvia, Lituania, Slovakia,
  Slovenia, Bosnia, Albania, Makedonia, Bulgaria, Moldova, Siprus, Malta, Luksemburg, Monako,
  Skotlandia, Wales, Ekuador, Bolivia, Paraguay, Uruguay, Panama, Kosta Rika, Honduras, Guatemala,
  Nikaragua, Jamaika, Haiti, Republik Dominika, Puerto Riko, Puerto Rico, Bahama, Bahamas, Xinjiang,
  Tibet, Krimea, Donbas, Chechnya, Kashmir, Budapest, Praha, Dublin, Warsawa, Oslo, Kopenhagen,
  Helsinki, Lisbon, Milan, Munich, Muenchen, Frankfurt, Hamburg, Manchester, Liverpool, Boston, Miami,
  Houston, Seattle, Vancouver, Montreal, Havana, Bogota, Santiago, Caracas, Nairobi, Lagos,
  Johannesburg, Cape Town, Addis Ababa, Khartoum, Tripoli, Tunis, Aljir, Rabat, Casablanca, Karachi,
  Lahore, Kolkata, Chennai, Bangalore, Kathmandu, Kolombo, Ramallah, Hebron, Rafah, Aleppo, Homs,
  Mosul, Basra, Samarra, Fallujah, Kandahar, Peshawar, Teheran, Sanaa, Aden, Mekah, Madinah, Kuala
  Terengganu, Kelantan, Selangor, Putrajaya, Malaka, Hokkaido, Okinawa, Fukushima, Hiroshima,
  Nagasaki, Kyoto, Busan, Incheon, Macau, Makau, Xiamen, Chengdu, Chongqing, Hangzhou, Nanjing,
  Tianjin, Laut Jawa, Laut Cina Selatan, Laut China Selatan, Samudra Hindia, Papua Nugini, Mentawai
  Jordan, Jordania, Pilipina, Uni Soviet, Inggris Raya, Irlandia Utara, Abkhazia, Darfur, Chad,
  Mauritania, Benin, Togo, Burkina Faso, Pantai Gading, Gabon, Sudan Selatan, Malawi, Lesotho,
  Eswatini, Mauritius, Seychelles, Komoro, Gambia, Guinea-Bissau, Burundi, Somaliland, San Marino,
  Andorra, Liechtenstein, Montenegro, Kosovo, Herzegovina, Suriname, Guyana, Belize, El Salvador,
  Trinidad dan Tobago, Barbados, Grenada, Kepulauan Marshall, Mikronesia, Palau, Nauru, Tuvalu,
  Kiribati, Wellington, Port Moresby, Bandar Seri Begawan, Vientiane, Naypyidaw, Ulaanbaatar, Thimphu,
  Tashkent, Astana, Bishkek, Dushanbe, Ashgabat, Baku, Yerevan, Tbilisi, Minsk, Vilnius, Riga,
  Tallinn, Bratislava, Ljubljana, Zagreb, Beograd, Belgrade, Sarajevo, Tirana, Skopje, Sofia,
  Bukares, Chisinau, Nikosia, Valletta, Reykjavik, Bern, Edinburgh, Cardiff, Belfast, Quito, La Paz,
  Asuncion, Montevideo, Brasilia, Tegucigalpa, Managua, Kingston, Port-au-Prince, Santo Domingo,
  Nassau, Abuja, Accra, Dakar, Bamako, Niamey, Kinshasa, Brazzaville, Luanda, Lusaka, Harare, Maputo,
  Antananarivo, Windhoek, Gaborone, Pretoria, Kigali, Kampala, Dodoma, Dar es Salaam, Mogadishu,
  Asmara, Juba, Nouakchott, Freetown, Monrovia, Conakry, Abidjan, Muscat, Manama, Gaza City, Jalur
  Gaza, Dataran Tinggi Golan, Golan, Sinai, Semenanjung Korea, Semenanjung Arab, Teluk Persia, Laut
  Merah, Laut Mediterania, Laut Tengah, Laut Hitam, Laut Kaspia, Laut Baltik, Terusan Suez, Selat
  Hormuz, Himalaya, Alpen, Siberia, Kaukasus, Balkan, Skandinavia, Amerika Tengah, Karibia, Afrika
  Utara, Afrika Barat, Afrika Timur, Afrika Tengah, Eropa Barat, Eropa Timur, Asia Tengah, Asia
  Pasifik, Indo-Pasifik, Timur Jauh, Antartika, Arktik, Kutub Utara, Kutub Selatan, Virginia, Ohio,
  Michigan, Arizona, Nevada, Colorado, Oregon, Alaska, Massachusetts, Pennsylvania, New Jersey,
  Illinois, Minnesota, Philadelphia, Detroit, Atlanta, Dallas, Las Vegas, Denver, Honolulu, Nagoya,
  Yokohama, Kobe, Sapporo, Chiang Mai, Phuket, Pattaya, Da Nang, Cebu, Davao, Mindanao, Marawi, Johor
  Bahru, Kota Kinabalu, Kuching, Melaka, Ipoh, Adelaide, Brisbane, Auckland, Christchurch, Zurich,
  Lyon, Marseille, Napoli, Venesia, Firenze, Turin, Sevilla, Valencia, Porto, Rotterdam, Utrecht,
  Antwerpen, Koln, Stuttgart, Dresden, Leipzig, St Petersburg, Odessa, Kharkiv, Lviv, Mariupol,
  Donetsk, Luhansk, Bakhmut, Izmir, Antalya, Aleksandria, Luxor, Benghazi, Misrata, Isfahan, Mashhad,
  Tabriz, Qom, Zahedan, Erbil, Kirkuk, Tikrit, Ramadi, Najaf, Karbala, Idlib, Raqqa, Daraa, Latakia,
  Khan Younis, Jenin, Nablus, Betlehem, Haifa, Eilat, Hyderabad, Ahmedabad, Agra, Srinagar, Quetta,
  Rawalpindi, Chittagong, Lhasa, Guangdong, Fujian, Yunnan, Sichuan, Hubei, Zhejiang, Jiangsu,
  Shandong, Henan, Hainan, Jeju, Kaohsiung, Zintan, Misurata, Tobruk, Sirte, Pantura
`);

/** Comma-separated names; a line break inside a name is a plain space. */
function list(names: string): readonly string[] {
  return names
    .split(',')
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

// Words around people's names in Indonesian news: titles and offices, honorifics, speech verbs.

/** Office and rank words that stand before a name ("Bupati", "Wakil", "Kapolres", "Komjen"). */
export const ROLE_WORDS = new Set(
  `presiden wakil wapres menteri menko gubernur wagub bupati wabup walikota wawalkot wali sekda sekdakab
  sekdaprov sekdakot kepala kadis kabag kabid kasi kasubag kasubbag kapolres kapolresta kapolda kapolri
  kapolsek kapolrestabes wakapolres wakapolda wakapolri dandim danrem pangdam panglima kasad kasal kasau
  ketua umum sekretaris jenderal sekjen direktur dirut utama camat lurah kades kadus anggota komisaris
  jaksa hakim kajari kajati kejari jubir juru bicara kapuspen plt plh pj pjs penjabat rektor dekan dosen
  pengamat politikus politisi kader koordinator korlap staf khusus stafsus pelatih kapten asisten
  deputi kepala kasatreskrim kasat reskrim kasatlantas kabag ops humas kasubbid kabid kabidhumas
  kabiro karo kapten manajer ceo pendiri founder pemilik pimpinan pemimpin bendahara ketum waketum
  wakapolsek danramil babinsa bhabinkamtibmas kapolsubsektor penyidik petugas dokter perawat bidan
  guru kepsek ustaz ustadz ustazah kiai kyai habib syekh imam pastor pendeta romo bhikkhu biksu
  sultan raja ratu pangeran paus kanselir perdana pm ayatollah jenderal marsekal laksamana
  senator gubernur-jenderal legislator pembina penasihat tersangka terdakwa saksi korban pelaku
  mendagri menkeu menlu menhan menkes mendikbud mendikbudristek mensos menaker menpan menpora menag
  menkumham menkominfo menhub mentan menperin mendag menparekraf menteri-menteri kapolri kabareskrim
  wamen wamenkeu wamenlu ketua-ketua legislator srikandi duta besar dubes konsul atase aktor aktris
  penyanyi artis musisi sutradara produser pebulu tangkis pebalap petinju pesepak bola striker
  gelandang kiper bek penyerang bintang
  ilmuwan peneliti ekonom analis pakar ahli pengusaha wartawan jurnalis pengacara advokat aktivis tokoh mantan calon capres cawapres caleg komisioner budayawan sejarawan seniman sastrawan novelis penulis fotografer atlet pemain pesepakbola petenis pegolf menkokesra menko polhukam menkopolhukam menkum menpar wasekjen wakasad wakapolri
  waketum bendum sekum terpilih`.split(/\s+/),
);

/** Honorifics and academic/religious/military titles written before names. */
export const HONORIFICS = new Set(
  `pak bu bapak ibu mas mbak bang kak om tante sdr saudara saudari tuan nyonya nona haji hajah h hj dr
  drs dra ir prof kh kh. datuk dato datuk tun dato' raden rd mr mrs ms
  letjen mayjen brigjen jenderal komjen irjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol
  briptu bripda kolonel letkol mayor kapten lettu letda serka sertu serma pelda kopda praka pratu
  laksda laksma marsda marsma kopral sersan letnan ny jendral pol`.split(/\s+/),
);

/** Verbs that report speech; a capitalised name right after one is a speaker ("kata Anis"). */
export const SPEECH_VERBS = new Set(
  `kata ujar ungkap jelas tutur tegas imbuh tambah sebut terang papar ucap lanjut pungkas kilah katanya
  ujarnya ungkapnya jelasnya tuturnya tegasnya imbuhnya tambahnya sebutnya terangnya paparnya ucapnya
  lanjutnya pungkasnya seru sambung timpal aku beber tanya jawab kisah cerita`.split(/\s+/),
);

/** Verbs that follow a subject name at the start of a clause ("Arief mengatakan"). */
export const AFTER_NAME_VERBS = new Set(
  `mengatakan menyatakan menegaskan menjelaskan mengungkapkan menuturkan menyebutkan menyebut menilai
  meminta mengaku menambahkan mengimbau berharap menambah mengakui membantah menolak mendukung
  menyampaikan memastikan memaparkan menerangkan menginstruksikan memerintahkan mengajak mengingatkan
  bersama mengucapkan didampingi saat ketika juga pun telah sudah akan tidak belum masih sempat
  selaku sebagai adalah merupakan menjadi memimpin membuka meresmikan meninjau mengunjungi
  hadir datang tiba dilantik terpilih ditangkap diperiksa ditahan menjabat lahir meninggal wafat
  dinilai diminta mengapresiasi melantik menerima memberikan menyerahkan mengajukan melaporkan
  menyadari meyakini mencontohkan menjawab melanjutkan mengutip berbagi belajar ingin percaya yakin
  optimistis pesimistis mengenang menceritakan mengisahkan berpendapat berpesan mengeluhkan
  menyayangkan menganggap mengingatkan kemudian lantas lalu kini pernah`.split(/\s+/),
);

/** Given names and name parts common in Indonesia, so a lone one is read as a person. */
export const NAME_PARTS = new Set(
  `muhammad mohammad mohamad muhamad moh mochamad achmad ahmad abdul abdullah siti sri nur nurul dewi
  budi agus joko bambang hadi slamet eko dwi tri andi arief arif rahmat rahman hendra hendro yusuf
  ibrahim ismail hasan husein ali umar usman putri putra ayu indah wahyu dian rina rini yanti susanti
  setiawan kurniawan hidayat wijaya santoso susanto gunawan saputra pratama nugroho kusuma lestari
  rizky rizki fajar teguh bayu dimas adi rudi heru iwan yudi yuli dedi dodi asep ujang cecep ujang
  wayan made nyoman ketut komang gede putu kadek i ni nengah luh
  cut teuku tengku`.split(/\s+/),
);

/** Joining words inside names ("Abdul bin Ahmad", "Van der Berg"). */
export const NAME_PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'de',
  'der',
  'den',
  'von',
  'da',
  'al',
  'el',
  'la',
  'bt',
  'bte',
]);

/** Well-known people usually written by initials or a nickname. */
export const PERSON_SHORT_NAMES = new Set(
  `sby jk ahy jokowi ahok gus dur bj habibie amien emil kang`.split(/\s+/),
);

// Words that make up an official's title or office in Indonesian news ("Kepala BPBD Kota Sukamaju"),
// used to tell the role in front of a speaker's name from the name itself.

const ROLE_WORDS = `presiden wakil wapres menteri menko mensos menkeu mendagri menkes mendikbud menpan menag
gubernur wagub bupati wabup wali walkot wawalkot camat lurah kades kepala ketua ketum wakil sekretaris
sekda sekjen sekdes direktur dirut direktorat deputi asisten staf staff khusus ahli juru bicara jubir
kapolri kapolda kapolres kapolresta kapolsek wakapolri wakapolda kasat kasatreskrim kabid kabag kasi
kasubag kadis kadinkes plt pj pjs pelaksana tugas anggota koordinator komisioner panglima pangdam kodam
dandim danrem kapuspen jaksa hakim rektor dekan dosen guru besar pengamat peneliti analis ekonom
manajer manager komandan kapten kasubdit dirjen irjen kanwil kakanwil kajati kajari kejari kejati
pembina pengurus pendiri founder ceo cfo coo chairman president kabareskrim kadiv humas kapendam
bendahara inspektur inspektorat auditor penyidik penasihat dewan pengawas komisaris pimpinan
pemimpin redaksi kepala-desa pejabat kombes akbp akp ajun ipda iptu aiptu bripka brigjen irjen komjen jenderal letjen mayjen laksamana marsekal kolonel letkol mayor kapten dr ir prof imam kiai ustaz pastor pendeta romo mantan calon ketua-umum senior politisi politikus legislator`;

const OFFICE_WORDS = `kota kabupaten provinsi kecamatan kelurahan desa dusun dinas badan biro bagian bidang seksi kantor
kementerian komisi fraksi partai dpr dprd dpd mpr bpbd pemkot pemkab pemprov pemda pemerintah ri pt tbk persero
universitas institut lembaga yayasan majelis mahkamah pengadilan polres polresta polda polri polsek
satpol pp umum utama eksekutif operasional perwakilan pusat daerah regional cabang balai unit upt
puskesmas rsud rumah sakit sekolah keuangan kesehatan pendidikan sosial agama perhubungan pertanian
perdagangan perindustrian pariwisata lingkungan hidup kehutanan pekerjaan perumahan rakyat dalam luar
negeri hukum ham pertahanan keamanan politik kebudayaan riset teknologi komunikasi informatika
ketenagakerjaan tenaga kerja koperasi ukm kelautan perikanan energi sumber daya mineral usaha milik
negara bumn investasi penanaman modal perencanaan pembangunan nasional bappenas bappeda pemuda
olahraga pemberdayaan perempuan perlindungan anak transmigrasi agraria tata ruang penanggulangan
bencana kependudukan pencatatan sipil pendapatan pajak ketahanan pangan pemadam kebakaran
perizinan terpadu pintu lalu lintas reserse kriminal narkoba intelijen operasi pemeliharaan statistik
kesejahteraan penerangan publik hubungan masyarakat pemerintahan umum administrasi indonesia
republik kabinet istana satgas gugus tugas percepatan penanganan covid-19 covid kpk kpu bawaslu
ombudsman bpk bpkp bps bmkg basarnas bnpb bnn bin tni ad au al kodim korem ojk bi lipi brin
perekonomian kemaritiman nasdem pdi-p pdip golkar gerindra pkb pks pan ppp demokrat hanura perindo psi
organisasi asosiasi himpunan serikat ikatan forum aliansi koalisi gerakan jaringan pusat studi
kajian center centre institute watch foundation group masjid gereja fakultas program studi prodi akademi sekolah tinggi poltekkes bank`;

const PLACE_WORDS = `jakarta dki jawa barat timur tengah utara selatan tenggara sumatera sumatra kalimantan
sulawesi papua nusa bali banten aceh riau jambi bengkulu lampung bangka belitung kepulauan
gorontalo maluku yogyakarta diy ntb ntt sumut sumbar sumsel jabar jateng jatim kalbar kalteng
kalsel kaltim kaltara sulut sulteng sulsel sultra sulbar papua pegunungan daya raya metro`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const ROLES = toSet(ROLE_WORDS);
const OFFICES = toSet(OFFICE_WORDS);
const PLACES = toSet(PLACE_WORDS);
/** Heads after which one unknown capitalised word is the jurisdiction, not the name. */
const AREA_HEADS = toSet('kota kabupaten provinsi kecamatan kelurahan desa dusun');
const JURISDICTION_HEADS = toSet(
  'dusun kota kabupaten provinsi kecamatan kelurahan desa bupati gubernur camat lurah kades walkot wabup wagub wawalkot kapolres kapolresta kapolda dandim kajari kapolsek sekda dprd',
);

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLES.has(w) || OFFICES.has(w) || PLACES.has(w);
}

export function isTitleWord(word: string): boolean {
  return ROLES.has(word.toLowerCase());
}

function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9-]+$/.test(word) && word.length <= 8;
}

/**
 * Index where the personal name starts in a run of capitalised words such as
 * "Wali Kota Sukamaju Arief Wicaksono" (→ 3); the run's length when it holds no name.
 * The name is what follows the last title, office, place or acronym word.
 */
export function nameStart(words: string[]): number {
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (isRoleWord(w) || isAcronym(w) || w === ')' || w === '(') last = i;
  }
  let split = last + 1;
  const head = (words[last] ?? '').toLowerCase();
  // "Bupati Sukamaju Budi Santoso": one unknown word after a jurisdiction head names the place,
  // provided a name of at least two more words still follows ("Kota Sukamaju Arief": one is enough).
  const remaining = words.length - split;
  // After an office ("Dinas Perdagangan Sukamaju Hendra Gunawan") the same holds with three words left.
  const office = OFFICES.has(head) && !AREA_HEADS.has(head);
  if (
    (JURISDICTION_HEADS.has(head) || office) &&
    (remaining >= 3 || (AREA_HEADS.has(head) && remaining >= 2))
  )
    split++;
  return split;
}

/** "Kelurahan Sumbersari", "Kecamatan Temon": a comma-separated part that names an area, not a person. */
export function isAreaWord(word: string): boolean {
  return AREA_HEADS.has(word.toLowerCase());
}

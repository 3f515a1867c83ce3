// Words that open organisation names, well-known Indonesian organisations and acronyms, and
// capitalised acronyms that are not names at all.

/** First words of organisation names ("Dinas Pendidikan", "Partai Demokrat", "Universitas Indonesia"). */
export const ORG_HEADS = new Set(
  `kementerian kemenkes kemendagri kemenkeu kemenlu kemenhan kemendikbud kemendikbudristek kemensos
  kemnaker kemenaker kemenag kemenkumham kemenkominfo kemenhub kementan kemenperin kemendag kemenpar
  kemenparekraf kemenpora kemenpan kemenpupr kemen kemenko kemendes dinas disdik dinkes dishub dinsos
  disnaker diskominfo disperindag dispora disbudpar dpmptsp badan bappeda bappenas bpbd bnpb bpjs bps
  bpom bpk bpkp bpn bnn bnpt basarnas bmkg brin bkn bkd bkpsdm bpkad bapenda satpol satpolpp polres
  polresta polrestabes polda polri polsek  mabes kodim korem kodam koramil tni kostrad kopassus
  brimob densus lanud lantamal lanal dpr dprd dpd mpr pemkot pemkab pemprov pemda  partai
  pt cv ud koperasi perum perumda pdam bumn bumd universitas institut sekolah politeknik akademi sma smk
  smp sd sdn smpn sman smkn madrasah mts man min pesantren ponpes stikes stie stia stkip uin iain iain
  yayasan lembaga rsud rsup rs rumah puskesmas klinik komisi kpk kpu bawaslu dkpp ombudsman kejaksaan
  kejari kejati kejagung pengadilan pn pt mahkamah ma mk ky majelis dewan forum asosiasi himpunan
  ikatan persatuan perserikatan perhimpunan gabungan serikat federasi aliansi gerakan front laskar organisasi
  paguyuban   satgas satuan pusat pusdiklat balai  bank kantor direktorat ditjen
  inspektorat sekretariat setda setwan biro    kantor divisi  bulog
  pertamina pln telkom garuda kai angkasa pelindo perhutani inhutani kadin hipmi apindo iwapi pwi aji
  ijti kontras walhi lbh ylbhi icw muhammadiyah nu pbnu pwnu mui dmi fpi hti persis gp ansor banser
  pemuda karang kwarcab kwarda pramuka pmi ormas lsm ngo pbb who unicef unesco asean imf fifa pssi koni
  kni klub fc persib persija persebaya arema psm psis persipura persik bhayangkara
  fraksi koalisi harian majalah
  departemen bursa angkatan kepolisian kejaksaan radio televisi stasiun lembaga kantor berita fakultas
  kabinet garda brigade barisan konsil komite`.split(/\s+/),
);

/** Organisations usually written by a short name that is no head word. */
export const KNOWN_ORGS = new Set(
  `kpk dpr dprd dpd mpr bpk bpkp kpu bawaslu mk ma ky polri tni pbb asean bumn pln pertamina telkom
  bulog bi ojk lps bei bkpm bnn bnpb bpbd bmkg bps bpom bpjs basarnas brin lipi batan lapan pdip pdi
  golkar gerindra pkb pks pan ppp nasdem hanura demokrat perindo psi pbb gelora ummat hanura pkpi
   muhammadiyah nu pbnu mui fpi hti kadin pwi aji icw walhi kontras ylbhi lbh unicef unesco who
  imf fifa afc ioc koni pssi pbsi kemenkes kemendagri kemenkeu kemenlu kemenag bappenas satpol pp
  kejagung kejati kejari polda polres polsek kodim korem kodam ui itb ugm ipb its unpad undip unair uns
  unhas uny upi unj unnes unsoed unila unand usu unri unsri untan unlam unmul unsrat uncen uin iain
  uinsa kai pelni pelindo angkasa pupr kominfo kemenkominfo bssn bin bais densus brimob kostrad
  kopassus paspampres bareskrim propam kompolnas komnas ham kpai kppu kpi ori ombudsman lpsk ppatk
  google facebook meta twitter instagram youtube tiktok whatsapp microsoft apple samsung toyota honda
  gojek grab tokopedia shopee bukalapak traveloka unilever freeport antara kompas tempo detik
   tvri rri reuters afp ap bbc cnn xinhua kyodo bernama
  hamas fatah hizbullah taliban isis nato ue opec oki kmp kih dpp dpw dpc pbnu pdi-p pdip ppatk bphn bph fraksi
  al-qaeda al-qaida nasa pentagon interpol fbi cia wto unhcr unesco fao ilo iaea
  sony nokia intel ibm huawei xiaomi lenovo alibaba netflix mozilla yahoo
  telkomsel indosat bni bri btn bca`.split(/\s+/),
);

/** Capitalised acronyms and words that name no person, organisation or place. */
export const NOT_ENTITY_ACRONYMS = new Set(
  `ktp e-ktp kk sim stnk bpkb npwp nik akta bbm bbg lpg elpiji pdb pdrb apbn apbd apbd-p apbdes rapbn
  rapbd dau dak silpa spj lkpj lppd rpjmd rpjmn renstra rkpd musrenbang pad pajak ppn pph pbb-p bphtb
  umkm ukm ump umk umr thr pns asn pppk honorer tkd tpp cpns pilkada pilpres pileg pemilu pilgub pilbup
  pilwalkot dpt tps kpps ppk pps caleg capres cawapres cagub cawagub paslon wib wita wit utc gmt km kg
  ha mm cm rp usd idr us$ covid covid-19 dbd hiv aids tbc ispa odgj odp pdp otg psbb ppkm pcr rt rw
  rt/rw ott kkn tipikor narkoba sara hoaks hoax ite ruu uu perda perpres perppu pp permen perbup
  perwali pergub kuhp kuhap sop sk surat sd smp sma smk tk paud s1 s2 s3 d3 ipk ipm ikm spbu jpo
  lrt mrt krl brt tol atm qr qris ok ya tv hp pc it ai ri nkri pki g30s hut idul fitri adha natal
  imlek nyepi waisak ramadan ramadhan lebaran mudik  cctv gps led ac ii iii iv vi vii viii ix xi
  xii ceo cfo vip ham hak sdm sda pmi-tki tki tkw bansos blt pkh kis kip kip-k jkn rastra raskin
  bpnt stunting wfh wfo ppdb unbk un usbn ltv gdp cpo tbs pt. cv. dll dsb dkk
  opd skpd ukpd ipo dna rna cpu gpu tkp pr klb apbnp apbn-p kl spm ldr npl roa roe bep lhkpn bap sp3
  sprindik sppd hpp het sni iso sku ktt wni wna pdp bab kukm sbn sun pso cbd pmks pkpu vp`.split(/\s+/),
);

/** Capitalised words in organisation names after the head ("Pekerjaan Umum", "Dalam Negeri"). */
export const ORG_DOMAIN_WORDS = new Set(
  `pendidikan kesehatan perhubungan sosial pekerjaan umum penataan ruang perumahan kawasan permukiman
  pertanian perikanan kelautan peternakan perkebunan kehutanan lingkungan hidup kebersihan pertamanan
  pariwisata kebudayaan kepemudaan olahraga tenaga kerja transmigrasi perindustrian perdagangan
  koperasi usaha kecil menengah mikro komunikasi informatika statistik persandian kependudukan
  pencatatan sipil pemberdayaan masyarakat desa perempuan perlindungan anak pengendalian penduduk
  keluarga berencana ketahanan pangan pemadam kebakaran penyelamatan penanggulangan bencana daerah
  nasional perencanaan pembangunan penelitian pengembangan keuangan aset pendapatan kepegawaian
  sumber daya manusia aparatur kesatuan bangsa politik pelayanan terpadu satu pintu penanaman modal
  energi mineral mineral riset teknologi tinggi agama hukum hak asasi luar dalam negeri pertahanan
  keamanan sekretariat negara badan usaha milik investasi maritim koordinator bidang perekonomian
  politik keamanan kemaritiman kesejahteraan rakyat pemberantasan korupsi pemilihan pengawas
  pemeriksa konstitusi agung yudisial perwakilan rakyat permusyawaratan pembangunan indonesia
  republik provinsi kabupaten kota polisi pamong praja resor resort sektor militer distrik rakyat
  umum daerah regional wilayah cabang pusat perwakilan pengurus besar ulama islam kristen katolik
  demokrasi perjuangan persatuan karya kebangkitan bangsa keadilan sejahtera amanat nasional
  solidaritas gerakan perubahan hati nurani berkarya garuda bulan bintang negeri swasta terbuka
  teknik teknologi sains syariah muhammadiyah
  penerangan penerbangan pelayaran perdamaian pemerintahan kebijakan`.split(/\s+/),
);

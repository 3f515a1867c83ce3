// Word and number tokens with their offsets, and the informal-to-standard word normaliser used by
// the analysers (tone lexicon look-ups, key phrases, entity cues).

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/**
 * A word is letters/digits; a hyphen or apostrophe between two of them joins ("Covid-19",
 * "sehari-hari", "e-KTP", "Jum'at"), and so does a full stop or comma between two digits
 * ("1.500", "3,5", "Rp1,5", "14.05").
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:[-‐'’][\p{L}\p{N}]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]*)*/gu;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  // exec on the one global expression: matchAll would copy it and build an iterator per call.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    out.push({ text: match[0], start, end: start + match[0].length });
  }
  return out;
}

/** Informal, chat and headline spellings mapped to the standard word (all lower case). */
const INFORMAL: Record<string, string> = {
  gak: 'tidak',
  ga: 'tidak',
  gk: 'tidak',
  nggak: 'tidak',
  ngga: 'tidak',
  enggak: 'tidak',
  engga: 'tidak',
  tdk: 'tidak',
  tak: 'tidak',
  kagak: 'tidak',
  ndak: 'tidak',
  nda: 'tidak',
  gaada: 'tidak ada',
  yg: 'yang',
  dgn: 'dengan',
  dg: 'dengan',
  utk: 'untuk',
  untk: 'untuk',
  blm: 'belum',
  belom: 'belum',
  sdh: 'sudah',
  udah: 'sudah',
  udh: 'sudah',
  dah: 'sudah',
  krn: 'karena',
  karna: 'karena',
  krna: 'karena',
  tp: 'tapi',
  tpi: 'tapi',
  jg: 'juga',
  jga: 'juga',
  aja: 'saja',
  aj: 'saja',
  sj: 'saja',
  lg: 'lagi',
  lgi: 'lagi',
  sm: 'sama',
  sma: 'sama',
  bgt: 'sangat',
  bngt: 'sangat',
  dri: 'dari',
  pd: 'pada',
  kpd: 'kepada',
  dlm: 'dalam',
  hrs: 'harus',
  bs: 'bisa',
  tsb: 'tersebut',
  spt: 'seperti',
  sprt: 'seperti',
  kalo: 'kalau',
  klo: 'kalau',
  gimana: 'bagaimana',
  gmn: 'bagaimana',
  knp: 'kenapa',
  bkn: 'bukan',
  org: 'orang',
  msh: 'masih',
  masi: 'masih',
  skrg: 'sekarang',
  skrng: 'sekarang',
  sekrg: 'sekarang',
  bnyk: 'banyak',
  byk: 'banyak',
  sy: 'saya',
  aq: 'aku',
  gw: 'saya',
  gue: 'saya',
  gua: 'saya',
  lu: 'kamu',
  lo: 'kamu',
  elo: 'kamu',
  kmrn: 'kemarin',
  kemaren: 'kemarin',
  sll: 'selalu',
  slalu: 'selalu',
  pake: 'pakai',
  trs: 'terus',
  trus: 'terus',
  jd: 'jadi',
  jdi: 'jadi',
  emg: 'memang',
  emang: 'memang',
  mmg: 'memang',
  bbrp: 'beberapa',
  sbg: 'sebagai',
  sbgai: 'sebagai',
  thd: 'terhadap',
  trhdp: 'terhadap',
  ttg: 'tentang',
  tntg: 'tentang',
  mnrt: 'menurut',
  krg: 'kurang',
  lbh: 'lebih',
  bener: 'benar',
  bnr: 'benar',
  pengen: 'ingin',
  pingin: 'ingin',
  pgn: 'ingin',
  gmna: 'bagaimana',
  ampe: 'sampai',
  sampe: 'sampai',
  smp: 'sampai',
  tau: 'tahu',
  ngerti: 'mengerti',
  bikin: 'membuat',
  dapet: 'dapat',
  dpt: 'dapat',
  liat: 'lihat',
  ngasih: 'memberi',
  dgr: 'dengar',
  denger: 'dengar',
  doang: 'saja',
  cuma: 'hanya',
  cuman: 'hanya',
  banget: 'sangat',
  bgd: 'sangat',
  mantul: 'mantap',
  gpp: 'tidak apa-apa',
  makasih: 'terima kasih',
  mksh: 'terima kasih',
  trims: 'terima kasih',
  thx: 'terima kasih',
  pemda: 'pemerintah daerah',
  pemkot: 'pemerintah kota',
  pemkab: 'pemerintah kabupaten',
  pemprov: 'pemerintah provinsi',
  jln: 'jalan',
  jl: 'jalan',
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  prov: 'provinsi',
  ortu: 'orang tua',
  tgl: 'tanggal',
  thn: 'tahun',
  rb: 'ribu',
  jt: 'juta',
};

/** Lower-cases `word` and replaces an informal spelling by its standard form. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return INFORMAL[lower] ?? lower;
}

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
 * ("1.500", "3,5", "Rp1,5", "14.05"). That is, as a global Unicode pattern,
 *   [\p{L}\p{N}\p{M}]+(?:(?:[-‐'’][\p{L}\p{N}]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]*)*
 * here scanned by hand because the tokeniser runs on every sentence of every article.
 */
const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const WORD_PART = LETTER | NUMBER | MARK;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
/** Classes of the non-ASCII code points seen so far (a text uses few). */
const CLASS_OF = new Map<number, number>();

function classOf(point: number): number {
  if (point < 128) {
    if (point >= 48 && point <= 57) return NUMBER;
    const lower = point | 32;
    return lower >= 97 && lower <= 122 ? LETTER : 0;
  }
  let c = CLASS_OF.get(point);
  if (c === undefined) {
    const ch = String.fromCodePoint(point);
    c = IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : IS_MARK.test(ch) ? MARK : 0;
    CLASS_OF.set(point, c);
  }
  return c;
}

function pointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) as number) : code;
}

/** Hyphens and apostrophes that join two word parts. */
function isJoiner(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 39 || code === 0x2019;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let point = pointAt(text, i);
    let c = classOf(point);
    if (!(c & WORD_PART)) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let last = c;
    i += point > 0xffff ? 2 : 1;
    for (;;) {
      while (i < n) {
        point = pointAt(text, i);
        c = classOf(point);
        if (!(c & WORD_PART)) break;
        last = c;
        i += point > 0xffff ? 2 : 1;
      }
      if (i + 1 >= n) break;
      const code = text.charCodeAt(i);
      const joins = isJoiner(code)
        ? LETTER | NUMBER
        : (code === 46 || code === 44) && last === NUMBER
          ? NUMBER
          : 0;
      if (joins === 0) break;
      point = pointAt(text, i + 1);
      c = classOf(point);
      if (!(c & joins)) break;
      last = c;
      i += 1 + (point > 0xffff ? 2 : 1);
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Informal, chat and headline spellings mapped to the standard word (all lower case). */
const INFORMAL_SPELLINGS: Record<string, string> = {
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

/** As a Map: a plain object would answer "constructor" or "toString" with Object's own members. */
const INFORMAL = new Map(Object.entries(INFORMAL_SPELLINGS));

/** Lower-cases `word` and replaces an informal spelling by its standard form. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return INFORMAL.get(lower) ?? lower;
}

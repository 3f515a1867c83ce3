// Small decisions about single words: is it a place cue, a role, a degree, a function word.

import { CALENDAR_WORDS, FUNCTION_WORDS, GENERIC_CAPITALISED } from './lexicon-common.ts';
import { COMMON_WORDS } from './lexicon-nouns.ts';
import { KNOWN_ORGS, NOT_ENTITY_ACRONYMS, ORG_HEADS } from './lexicon-orgs.ts';
import { HONORIFICS, ROLE_WORDS } from './lexicon-people.ts';
import type { NameToken } from './tokens.ts';

/** Capitalised words that open a place name and belong to it ("Kota Bekasi", "Jalan Merdeka"). */
export const PLACE_HEADS = new Set(
  `kota kabupaten kab kecamatan kec kelurahan kel desa dusun kampung kampong nagari gampong jalan jl jln
  gang gg pulau kepulauan gunung sungai danau selat teluk tanjung pantai bukit lembah bandara
  pelabuhan stasiun terminal pasar istana alun-alun taman lapangan stadion gelora candi masjid gereja
  pura vihara klenteng jembatan bendungan waduk laut samudra samudera tol simpang bundaran
  gedung kompleks wisma graha`.split(/\s+/),
);

/** Place cues that are dropped from the span: "Provinsi Jawa Barat" reports "Jawa Barat". */
export const DROPPED_PLACE_HEADS = new Set(['provinsi', 'prov', 'negara', 'negeri']);

/** Lower-case words after which a capitalised name is most likely a place. */
export const PLACE_PREPOSITIONS = new Set(
  `di ke menuju asal kawasan wilayah daerah kota kabupaten provinsi negara negeri desa kecamatan
  kelurahan sekitar seantero sepanjang pulau kampung ibu kota ibukota perbatasan
  prefektur distrik provinsi negara bagian kota-kota dekat kepulauan pegunungan semenanjung gurun`.split(
    /\s+/,
  ),
);

const DEGREES = new Set(
  `s m d a sos si sh se st pd kom ag ip ked kes mm mh msi mba phd ph lc ma md hum psi farm apt ners sp
  sc sn ikom ikes sh. mpd mkes mt mag ak cpa ca sip sp1 sp2 spd spog sked skm amd ba bsc msc`.split(/\s+/),
);

export function isRoleWord(t: NameToken): boolean {
  // "MS Hidayat": initials in capitals, not the English "Ms".
  if (t.acronym && ENGLISH_HONORIFICS.has(t.lower)) return false;
  return ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower);
}

const ENGLISH_HONORIFICS = new Set(['mr', 'mrs', 'ms']);

export function isOrgStart(t: NameToken): boolean {
  return ORG_HEADS.has(t.lower) || KNOWN_ORGS.has(t.lower);
}

/** Capitalised for grammar, not because it is a name. */
export function isPlainWord(t: NameToken): boolean {
  return FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || GENERIC_CAPITALISED.has(t.lower);
}

export function isNonEntityAcronym(t: NameToken): boolean {
  return NOT_ENTITY_ACRONYMS.has(t.lower);
}

export function isDegree(t: NameToken): boolean {
  return DEGREES.has(t.lower) && t.text.length <= 4;
}

/** Roman numerals and numbers continue organisation names ("Komisi II", "SMA Negeri 1"). */
export function isOrdinal(t: NameToken): boolean {
  return /^(?:[IVX]{1,4}|\d{1,3})$/.test(t.text);
}

/**
 * Everyday words and nouns built with the ke-…-an / pe-…-an affixes ("Pemasaran", "Keterbukaan"):
 * capitalised in titles of offices, laws and events, never a person's name.
 */
export function isCommonWord(t: NameToken): boolean {
  return (
    COMMON_WORDS.has(t.lower) ||
    /^(?:ke|pe|per)(?=[\p{L}-]*[aiueo][\p{L}-]*an$)[\p{L}-]{3,}an$/u.test(t.lower) ||
    // Loanword nouns: "Informasi", "Transaksi", "Analisis", "Kualitas", "Teknologi".
    (t.lower.length >= 7 && /(?:[aiu]si|isis|itas|isme|logi)$/.test(t.lower)) ||
    /^(\p{L}+)-\1(?:nya)?$/u.test(t.lower)
  );
}

/** Lower-case nouns after which a capitalised name is an organisation ("maskapai Garuda"). */
export const ORG_CUES = new Set(
  `perusahaan maskapai kelompok organisasi harian koran majalah suratkabar kabar tabloid lembaga
  pemeringkat milisi faksi grup klub produsen emiten operator situs portal perseroan korporasi
  konsorsium raksasa pabrikan kantor berita televisi stasiun bank firma startup saham`.split(/\s+/),
);

/** Written like a brand: a capital inside the word ("GlaxoSmithKline", "StatesWest"), not "McCain". */
export function looksLikeBrand(t: NameToken): boolean {
  return /\p{Ll}\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac|O'|D'|De|Di|Le|La|Van|Von)\p{Lu}/u.test(t.text);
}

/** Lower-case nouns after which a capitalised word names a thing: "pesawat Boeing", "aplikasi Android". */
export const THING_CUES = new Set(
  `pesawat proyek aplikasi misi obat filum spesies genus marga armada rudal program produk merek
  film lagu album buku novel judul penghargaan festival kartu lumpur tragedi gunung berapi satelit
  vaksin varian badai topan siklon bahasa jenis tipe seri model versi platform fitur layanan paket`.split(
    /\s+/,
  ),
);

/** English words that join the title of a work or a term ("Bill of Rights", "Loan to Deposit Ratio"). */
export const ENGLISH_JOINERS = new Set([
  'of',
  'to',
  'and',
  'the',
  'a',
  'an',
  'for',
  'in',
  'on',
  'at',
  'with',
]);

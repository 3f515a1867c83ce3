// Splits one run of capitalised words into roles, organisations, places and people, using the
// words inside the run first and the words around it second.
import type { EntityType } from '../types.ts';
import {
  DROPPED_PLACE_HEADS,
  ENGLISH_JOINERS,
  isCommonWord,
  isDegree,
  isNonEntityAcronym,
  isOrdinal,
  isOrgStart,
  isPlainWord,
  isRoleWord,
  looksLikeBrand,
  ORG_CUES,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  THING_CUES,
} from './cues.ts';
import { CUED_ONLY, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { COMMON_WORDS } from './lexicon-nouns.ts';
import { KNOWN_ORGS, ORG_DOMAIN_WORDS } from './lexicon-orgs.ts';
import {
  AFTER_NAME_VERBS,
  HONORIFICS,
  NAME_PARTS,
  PERSON_SHORT_NAMES,
  ROLE_WORDS,
  SPEECH_VERBS,
} from './lexicon-people.ts';
import { orgByContext, webAddressEnd } from './org-context.ts';
import { PARTY_NAMES, partyUnitLength } from './parties.ts';
import type { Run } from './runs.ts';
import type { NameToken } from './tokens.ts';

/** A mention over tokens [start, end). */
export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  canonical: string | null;
  /** Role words written before a person, as token range. */
  role: Run | null;
  /** A person only because nothing said otherwise; neighbouring places may make it a place. */
  guessed?: boolean;
}

/** Role words with no name after them ("Pak Wali", "Bupati"), resolved later to the last holder. */
export interface BareRole {
  start: number;
  end: number;
  /** Written with "Pak"/"Bu" before it, so it surely means a person. */
  honorific: boolean;
}

export interface RunContext {
  tokens: readonly NameToken[];
  /** Capitalised words seen in running text (not opening a sentence, not in a headline). */
  bodyNames: ReadonlySet<string>;
  words: readonly string[];
  gazetteers: readonly Gazetteer[];
  /** The text the tokens index, for the punctuation between them. */
  text: string;
}

const PLACE_HEAD_NAMES: Record<string, string> = {
  kab: 'Kabupaten',
  kec: 'Kecamatan',
  kel: 'Kelurahan',
  jl: 'Jalan',
  jln: 'Jalan',
  gg: 'Gang',
};

function placeAt(
  ctx: RunContext,
  pos: number,
  end: number,
): { length: number; entry: GazetteerEntry } | null {
  for (const gazetteer of ctx.gazetteers) {
    const m = gazetteer.match(ctx.words, pos, end);
    if (m) return m;
  }
  return null;
}

/** Bodies named after their members: "Ikatan Dokter Indonesia", "Persatuan Wartawan Indonesia". */
const MEMBER_HEADS = new Set(
  'ikatan persatuan perhimpunan himpunan asosiasi serikat gabungan aliansi forum paguyuban komunitas'.split(
    ' ',
  ),
);
const PROFESSIONS = new Set(
  `ahli dokter guru wartawan jurnalis pengusaha advokat pengacara petani nelayan buruh pekerja bidan
  perawat dosen peneliti ilmuwan ekonom seniman penulis mahasiswa pelajar pemuda ulama pendeta
  pengamat aktivis pedagang karyawan pegawai hakim jaksa notaris arsitek insinyur apoteker`.split(/\s+/),
);

/** The word at `pos` is a given name or a name that is no common word, domain word or place. */
function namedAfterPerson(ctx: RunContext, pos: number, end: number): boolean {
  const t = ctx.tokens[pos] as NameToken;
  if (t.acronym || isCommonWord(t) || isDomainWordAt(ctx.tokens, pos) || placeAt(ctx, pos, end)) return false;
  return !isPlainWord(t) && !isRoleWord(t) && !isOrgStart(t);
}

/** Units named inside a larger body that news reports as a body of their own. */
const SUB_UNITS = new Set(['fakultas', 'jurusan', 'prodi']);

function orgEnd(ctx: RunContext, pos: number, end: number, afterRole: boolean): number {
  let e = pos + 1;
  // A generic head always takes the word that names it: "Partai Golkar", "Dinas Pendidikan".
  const head = ctx.tokens[pos] as NameToken;
  const next = ctx.tokens[e];
  const memberName = MEMBER_HEADS.has(head.lower) && next !== undefined && PROFESSIONS.has(next.lower);
  // "Sekretaris Kabinet Andi Widjajanto": after a role, a given name with a name after it is the
  // holder's, and the head alone is part of the office.
  const holderNext =
    afterRole && next !== undefined && NAME_PARTS.has(next.lower) && e + 1 < end && !isCommonWord(next);
  if (
    !KNOWN_ORGS.has(head.lower) &&
    e < end &&
    !holderNext &&
    (memberName || !isRoleWord(next as NameToken))
  ) {
    e++;
    if (afterRole && KNOWN_ORGS.has((ctx.tokens[e - 1] as NameToken).lower)) return e;
  }
  while (e < end) {
    const u = ctx.tokens[e] as NameToken;
    // "Fakultas Kehutanan Universitas Gadjah Mada": the faculty and its university are two bodies.
    if (SUB_UNITS.has(head.lower) && isOrgStart(u)) break;
    const member = MEMBER_HEADS.has(head.lower) && PROFESSIONS.has(u.lower);
    if (((ROLE_WORDS.has(u.lower) && !ORG_DOMAIN_WORDS.has(u.lower)) || HONORIFICS.has(u.lower)) && !member)
      break;
    // "Partai Demokrat Bali", "PPP Fernita Darwis": a party's name is complete; what follows is its
    // branch's region or a member's name ("PDI Perjuangan" and "PKB Indonesia" go on).
    // "Partai Demokrasi Pembaruan", "Partai Keadilan dan Persatuan Indonesia": a party named by
    // common words goes on through them; a known short name ("Partai Golkar") is complete.
    const namedByWords =
      !PARTY_NAMES.has((ctx.tokens[e - 1] as NameToken).lower) &&
      (isCommonWord(u) || PARTY_NAMES.has(u.lower) || u.lower === 'dan');
    if (endsParty(ctx.tokens, e) && !ORG_DOMAIN_WORDS.has(u.lower) && !namedByWords) break;
    if (!afterRole) {
      e++;
      continue;
    }
    // After a role the name of the holder follows the office: "Ketua DPRD Jabar Budi Santoso".
    const place = placeAt(ctx, e, end);
    if (place) e += place.length;
    // "Kepala BPBD Kota Sukamaju Arief": a region word takes the name after it, even one not listed.
    else if (REGION_HEADS.has(u.lower) && e + 1 < end) e += 2;
    // "Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan Muhammad Yusuf": common and affixed
    // nouns still belong to the office; the holder's name starts at the first word that is neither.
    else if (
      isDomainWordAt(ctx.tokens, e) ||
      u.acronym ||
      isOrdinal(u) ||
      u.lower === 'dan' ||
      isCommonWord(u)
    )
      e++;
    else break;
  }
  return e;
}

/** Offices and bodies that "Agung" (supreme, great) completes: "Jaksa Agung", "Mahkamah Agung". */
const AGUNG_HEADS = new Set('jaksa mahkamah hakim imam uskup masjid pura kejaksaan majelis'.split(' '));

/**
 * A word of an organisation's or office's portfolio. "Agung" is one only after the office it
 * completes; elsewhere it is a common given name ("Ketua Umum Golkar Agung Laksono").
 */
function isDomainWordAt(tokens: readonly NameToken[], i: number): boolean {
  const t = tokens[i] as NameToken;
  if (t.lower === 'agung') return AGUNG_HEADS.has(tokens[i - 1]?.lower ?? '');
  return ORG_DOMAIN_WORDS.has(t.lower);
}

function isCommonOrDomain(word: string): boolean {
  return COMMON_WORDS.has(word) || ORG_DOMAIN_WORDS.has(word) || ROLE_WORDS.has(word);
}

/** The token before `e` is a party's short name or the name after "Partai" / a party board. */
function endsParty(tokens: readonly NameToken[], e: number): boolean {
  const last = tokens[e - 1] as NameToken;
  if (PARTY_NAMES.has(last.lower)) return true;
  const before = tokens[e - 2];
  return before?.lower === 'partai' && last.cap;
}

/** Public facilities written by acronym: fuel and gas stations, polling stations, landfills. */
const FACILITY_ACRONYMS = new Set(['spbu', 'spbe', 'spbg', 'tps', 'tpa']);
const QUANTIFIERS = new Set(['setiap', 'tiap', 'berbagai', 'beberapa', 'sebuah', 'salah', 'satu', 'semua']);

/** "di" or "ke" right before the facility, or before a quantifier of it ("di berbagai SPBU"). */
function facilityCue(tokens: readonly NameToken[], pos: number): boolean {
  let k = pos - 1;
  if (QUANTIFIERS.has(tokens[k]?.lower ?? '')) k--;
  const prev = tokens[k];
  return prev !== undefined && (prev.lower === 'di' || prev.lower === 'ke');
}

/** A party's boards written by acronym: "Ketua DPP", "31 DPD provinsi". */
const PARTY_BOARDS = new Set(['dpp', 'dpd', 'dpw', 'dpc']);

/** Organisations that are also buildings: "di Pengadilan Negeri Jakarta Selatan" is a place. */
const VENUE_HEADS = new Set(
  'pengadilan rumah rs rsud rsup rsia kantor kampus hotel markas mapolres mapolda mapolsek gedung'.split(' '),
);

function isOfficeWord(t: NameToken): boolean {
  return t.lower === 'dan' || t.lower === 'bidang' || isCommonWord(t);
}

/** End of the place written right after an office ("Kota Sukamaju", "DKI Jakarta"), or 0. */
function placeAfterOffice(ctx: RunContext, pos: number, end: number): number {
  const t = ctx.tokens[pos] as NameToken;
  const headed = PLACE_HEADS.has(t.lower) && pos + 1 < end;
  const place = placeAt(ctx, headed ? pos + 1 : pos, end);
  if (!place) return 0;
  let e = (headed ? pos + 1 : pos) + place.length;
  while (e < end && COMPASS.has((ctx.tokens[e] as NameToken).lower)) e++;
  return e;
}

/** Offices that serve a region: "gubernur DKI Jakarta", "bupati Bogor". */
const REGIONAL_OFFICES = new Set(
  'gubernur wagub bupati wabup walikota camat lurah kapolda kapolres kapolresta kapolsek dandim danrem'.split(
    ' ',
  ),
);

const REGION_HEADS = new Set(['kota', 'kabupaten', 'kab', 'provinsi', 'kecamatan', 'kec']);

/** "Jalan Merdeka No 5": the house number is not part of the street name. */
const ADDRESS_NUMBER = new Set(['no', 'nomor', 'rt', 'rw', 'blok', 'kav', 'km', 'lt', 'lantai']);

const COMPASS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'tenggara', 'daya', 'laut']);

/** Words that may follow a place's lower-case compass part: "di Gaza selatan dan …". */
const AFTER_COMPASS = new Set('dan yang itu ini serta atau'.split(' '));

/**
 * End of a place after the lower-case part of it that says which side ("Israel utara", "Afrika
 * barat laut"), or `e` when none follows. "Israel tengah menyiapkan…" is "is preparing": "tengah"
 * before a word other than a joiner is an aspect, not a side.
 */
function lowerCompassEnd(ctx: RunContext, e: number): number {
  let k = e;
  while (k < e + 2) {
    const t = ctx.tokens[k];
    if (!t || t.cap || !t.joined || !COMPASS.has(t.lower)) break;
    if (k === e && (t.lower === 'laut' || t.lower === 'daya')) break;
    k++;
  }
  if (k === e) return e;
  const next = ctx.tokens[k];
  if (!next) return k;
  const gap = ctx.text.slice((ctx.tokens[k - 1] as NameToken).end, next.start);
  return /^\s+$/.test(gap) && !AFTER_COMPASS.has(next.lower) ? e : k;
}

const LINKING_WORDS = new Set(
  'dan atau serta antara dengan hingga sampai dari seluruh oleh untuk bagi pada kepada terhadap tentang melawan'.split(
    ' ',
  ),
);

/**
 * A country written as a modifier or an actor ("turis Tiongkok", "militer Israel", "Israel menyerang")
 * names a people or a state, not a location; after a preposition or a verb it is a place.
 */
function isNationality(
  ctx: RunContext,
  runStart: number,
  pos: number,
  end: number,
  entry: GazetteerEntry,
): boolean {
  if (entry.kind !== 'place') return false;
  const t = ctx.tokens[pos] as NameToken;
  const prev = ctx.tokens[pos - 1];
  const next = ctx.tokens[end];
  if (t.opener || !prev) return next === undefined || (!next.cap && !PLACE_PREPOSITIONS.has(next.lower));
  // A capitalised word before it counts only when it is a skipped sentence opener ("Turis Tiongkok").
  if ((prev.cap && !(prev.opener && pos - 1 >= runStart)) || !t.joined) return false;
  if (PLACE_PREPOSITIONS.has(prev.lower) || LINKING_WORDS.has(prev.lower)) return false;
  return !/^(?:me|ber|di|ter|se)/.test(prev.lower);
}

/** Verbs whose object is a place one goes to, attacks or leaves: "menyerang Gaza", "mengunjungi Bali". */
const PLACE_VERBS = new Set(
  `mengunjungi menyerang menggempur membombardir memasuki meninggalkan mencapai melintasi mendatangi
  menginvasi menduduki mengeksplorasi tiba kembali pulang berangkat terbang pindah mendarat berlabuh
  singgah`.split(/\s+/),
);

const LIST_JOINERS = new Set(['dan', 'serta', 'atau', 'hingga', 'sampai']);

/** Words besides the place prepositions after which a listed place is where something is or comes from. */
const FROM_WORDS = new Set(
  `dari untuk seluruh seperti antaranya termasuk pemilihan dapil sekitar penjuru pelosok
  se- arah perairan yaitu yakni`.split(/\s+/),
);

/**
 * A listed place names a location only where the sentence puts something there: after a place
 * preposition or a verb of going, in an address after a comma ("Salemba, Jakarta"), or listed with
 * such a place. As subject or modifier ("Israel menyerang", "warga Palestina", "Rusia dan Jepang
 * melarang") it names a state or a people acting, not a location.
 */
function inPlaceContext(ctx: RunContext, pos: number, end: number, mentions: readonly Mention[]): boolean {
  const t = ctx.tokens[pos] as NameToken;
  if (describedAsPlace(ctx, end)) return true;
  const prev = ctx.tokens[pos - 1];
  if (!prev) return false;
  const gap = ctx.text.slice(prev.end, t.start);
  // "Amina Yusuf (Nigeria)": a country in brackets after a name is where that person is from.
  if (prev.cap && /\(\s*$/.test(gap) && /^\s*\)/.test(ctx.text.slice(t.end))) return true;
  if (t.opener) return false;
  // "…, kata dia. Inggris ingin…": after a comma a state acting is the subject of the verb after it.
  if (gap.includes(',')) return !actsNext(ctx, end);
  if (PLACE_PREPOSITIONS.has(prev.lower) || FROM_WORDS.has(prev.lower)) return true;
  if (prev.cap) return false;
  if (PLACE_VERBS.has(prev.lower)) return true;
  // "berbatasan dengan Polandia", "wilayah udara Finlandia": a border or an airspace is a place's.
  const prev2 = ctx.tokens[pos - 2]?.lower ?? '';
  if (prev.lower === 'dengan' && (prev2 === 'berbatasan' || prev2 === 'perbatasan')) return true;
  if (prev.lower === 'udara' && (prev2 === 'wilayah' || prev2 === 'ruang')) return true;
  if (!LIST_JOINERS.has(prev.lower)) return false;
  const before = mentions[mentions.length - 1];
  return before?.type === 'LOC' && before.end === pos - 1;
}

/** Nouns that say what kind of place a name is: "London adalah kota…", "Abkhazia, negara…". */
const PLACE_NOUNS = new Set(
  'kota ibu ibukota negara pulau kepulauan provinsi wilayah daerah kawasan benua distrik desa'.split(' '),
);
const COPULAS = new Set(['adalah', 'merupakan', 'menjadi', 'ialah']);

function describedAsPlace(ctx: RunContext, end: number): boolean {
  let k = end;
  const first = ctx.tokens[k];
  if (!first) return false;
  const gap = ctx.text.slice((ctx.tokens[k - 1] as NameToken).end, first.start);
  if (COPULAS.has(first.lower)) k++;
  else if (!/^\s*,\s*$/.test(gap)) return false;
  const noun = ctx.tokens[k];
  return noun !== undefined && !noun.cap && PLACE_NOUNS.has(noun.lower);
}

/** A verb follows the place directly: the state is acting ("Inggris ingin…", "Suriah tidak akan…"). */
function actsNext(ctx: RunContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.cap) return false;
  if (!/^\s+$/.test(ctx.text.slice((ctx.tokens[end - 1] as NameToken).end, next.start))) return false;
  return AFTER_NAME_VERBS.has(next.lower) || /^(?:meng|meny|mem|men|me|ber)\p{L}{3,}$/u.test(next.lower);
}

function placeCueBefore(ctx: RunContext, pos: number): boolean {
  const prev = ctx.tokens[pos - 1];
  return (
    prev !== undefined &&
    !prev.cap &&
    PLACE_PREPOSITIONS.has(prev.lower) &&
    !(ctx.tokens[pos] as NameToken).opener
  );
}

const ORG_SUFFIXES = new Set(
  `tbk persero corp corporation inc ltd group company co foundation institute university club fc bank
  airlines airline airways air service services times post news electronics electronic alliance
  network holdings holding motors systems partners capital telecom mediacom global plc llc gmbh
  centre center exchange agency council committee association commission board office party army
  forces fund organization organisation union institute ministry department authority cos bv nv ag
  pte
  s.a.`.split(/\s+/),
);

const ENGLISH_ORG_WORDS = new Set(
  `national international general united central great northern southern eastern western royal
  industrial federal global american pacific atlantic continental standard television broadcasting`.split(
    /\s+/,
  ),
);

const ENGLISH_THING_ENDS = new Set(
  'award awards prize medal trophy cup expo fair festival fever syndrome disease virus'.split(' '),
);

/** Affixed Indonesian words: a capital on one of these comes from the sentence, not a name. */
function looksLikeCommonWord(t: NameToken): boolean {
  return (
    // "-ullah" ends Arabic names (Abdullah, Fanshurullah), not the particle "-lah".
    (/(?:nya|kan|lah|kah|pun)$/.test(t.lower) && !/[ua]llah$/.test(t.lower)) ||
    /^(?:meng|meny|mem|men|ber|ter|per|di)\p{L}{4,}$/u.test(t.lower) ||
    /^(?:ke|pe|pen|pem|peng|per)\p{L}{3,}an$/u.test(t.lower)
  );
}

const APPOSITION_OPENERS = new Set([
  'mantan',
  'seorang',
  'salah',
  'sang',
  'putra',
  'putri',
  'istri',
  'suami',
]);

function subjectFollows(ctx: RunContext, e: number): boolean {
  const next = ctx.tokens[e];
  if (!next || next.cap) return false;
  const gap = ctx.text.slice((ctx.tokens[e - 1] as NameToken).end, next.start);
  if (gap.includes(',')) return SPEECH_VERBS.has(next.lower) || APPOSITION_OPENERS.has(next.lower);
  if (!/^\s+$/.test(gap)) return false;
  return AFTER_NAME_VERBS.has(next.lower);
}

/** Two capitalised names joined by a hyphen: a president and vice-president's ticket. */
const TICKET = /^\p{Lu}\p{L}*-\p{Lu}\p{L}*$/u;
const GOVERNMENT_WORDS = new Set(['pemerintahan', 'kabinet', 'kubu', 'rezim', 'era', 'zaman', 'masa']);

function unknownType(
  ctx: RunContext,
  s: number,
  e: number,
  personCue: boolean,
  placeCue: boolean,
): EntityType | 'guess' | null {
  const { tokens } = ctx;
  const first = tokens[s] as NameToken;
  const n = e - s;
  const span = tokens.slice(s, e);
  // "S.Pd" is a degree, "PD" in capitals the party (Partai Demokrat).
  const degree = (t: NameToken) => isDegree(t) && !(t.acronym && PARTY_NAMES.has(t.lower));
  if (span.every((t) => degree(t) || t.text.length === 1)) return null;
  if (span.some((t) => /\d/.test(t.text))) return null;
  // "UU Jabatan Notaris", "Perda Retribusi": a law's title; "Presiden RI": the state, not a name.
  if (isNonEntityAcronym(first) && (first.acronym || n > 1)) return null;
  if (ADDRESS_NUMBER.has(first.lower)) return null;
  // "pemerintahan Jokowi-JK", "kubu Prabowo-Hatta": a ticket of two names after a word for a
  // government or camp names that government, not the two people.
  const before = tokens[s - 1];
  if (n === 1 && TICKET.test(first.text) && before && !before.cap && GOVERNMENT_WORDS.has(before.lower))
    return null;
  const last = span[n - 1] as NameToken;
  // "di Tanah Air": the homeland, not an airline.
  if (n === 2 && first.lower === 'tanah' && last.lower === 'air') return null;
  if (ORG_SUFFIXES.has(last.lower)) return 'ORG';
  // "Ramon Magsaysay Award", "Operation Protective Edge", "Ebola Haemorrhagic Fever": an award, an
  // operation, a fair or a disease named in English is no person.
  if (ENGLISH_THING_ENDS.has(last.lower.replace(/\W+$/, '')) || first.lower === 'operation') return null;
  const domainWords = span.filter((_, k) => isDomainWordAt(tokens, s + k)).length;
  if (domainWords === n) return n > 1 ? 'ORG' : null;
  // "Budi Karya": a given name first makes the domain word after it part of a person's name.
  const givenFirst = NAME_PARTS.has(first.lower) && !isDomainWordAt(tokens, s);
  if (n > 1 && !givenFirst && (domainWords > 0 || ctx.gazetteers.some((g) => g.match([last.text], 0))))
    return 'ORG';
  if (placeCue) return 'LOC';
  if (!personCue && span.some(looksLikeBrand)) return 'ORG';
  if (!personCue && orgByContext(tokens, ctx.text, s, e)) return 'ORG';
  // "Great Northern Nekoosa", "China Central Television": English adjectives name firms, not people.
  const afterPlaceWord = before !== undefined && !before.cap && PLACE_PREPOSITIONS.has(before.lower);
  if (!personCue && n > 1 && !afterPlaceWord && span.some((t) => ENGLISH_ORG_WORDS.has(t.lower)))
    return 'ORG';
  // Title-case lines only keep names the body also writes with capitals.
  if (first.headline && !personCue && !span.every((t) => ctx.bodyNames.has(t.text))) return null;
  if (personCue) return 'PER';
  if (n === 1 && PERSON_SHORT_NAMES.has(first.lower)) return 'PER';
  if (n === 1 && first.acronym) return isNonEntityAcronym(first) ? null : 'ORG';
  const prev = tokens[s - 1];
  if (prev && !prev.cap && !first.opener) {
    // "tambahnya, Perundingan-perundingan…": a common word after a speech tag or a role opens a
    // phrase of its own.
    if (SPEECH_VERBS.has(prev.lower) || ROLE_WORDS.has(prev.lower) || HONORIFICS.has(prev.lower))
      return span.every(isCommonWord) ? null : 'PER';
    if (PLACE_PREPOSITIONS.has(prev.lower)) return 'LOC';
    // "kota selatan Beersheba": a side between the place word and the name.
    if (COMPASS.has(prev.lower) && PLACE_PREPOSITIONS.has(tokens[s - 2]?.lower ?? '')) return 'LOC';
    if (ORG_CUES.has(prev.lower)) return 'ORG';
  }
  // "Harga Cabai", "Operasi Fajar", "Rudal Ghadir": a common noun heads a thing, not a person.
  if (isCommonWord(first) || span.every(isCommonWord)) return null;
  if (prev && !prev.cap && (THING_CUES.has(prev.lower) || ENGLISH_JOINERS.has(prev.lower))) return null;
  if (tokens[e] && ENGLISH_JOINERS.has((tokens[e] as NameToken).text)) return null;
  const next = tokens[e];
  const verbAfter = next !== undefined && !next.cap && AFTER_NAME_VERBS.has(next.lower);
  // "Khalilzad terbang ke…", "Angel, kata Hajrul…": a lone capitalised word opening a sentence is
  // a name when a verb or a speech tag follows it.
  if (first.opener && n === 1 && !looksLikeCommonWord(first) && subjectFollows(ctx, e)) return 'PER';
  if (first.text.includes('-') && /^(\p{L}+)-\1$/iu.test(first.text)) return null;
  if (first.opener && n === 1 && !verbAfter && !NAME_PARTS.has(first.lower)) return null;
  if (first.opener && n === 1 && looksLikeCommonWord(first)) return null;
  return verbAfter ? 'PER' : 'guess';
}

/** Entities and bare roles found in one run, appended to `out` and `bare`. */
export function mentionsInRun(ctx: RunContext, run: Run, out: Mention[], bare: BareRole[]): void {
  const { tokens } = ctx;
  const end = run.end;
  let pos = run.start;
  let role = null as Run | null;
  let personCue = false;
  let placeCue = false;
  let cueStart = -1;
  let honorific = false;
  const finishRole = () => {
    if (role && personCue) bare.push({ start: Math.min(cueStart, role.start), end: role.end, honorific });
    role = null;
    personCue = false;
  };
  while (pos < end) {
    const t = tokens[pos] as NameToken;
    const longPlace = placeAt(ctx, pos, end);
    if (
      isRoleWord(t) &&
      !(longPlace && longPlace.length > 1) &&
      !(ORG_DOMAIN_WORDS.has(t.lower) && role === null && !personCue && pos > run.start)
    ) {
      if (!personCue) cueStart = pos;
      personCue = true;
      if (HONORIFICS.has(t.lower) && !ROLE_WORDS.has(t.lower)) honorific = true;
      if (ROLE_WORDS.has(t.lower)) role = { start: role?.start ?? pos, end: pos + 1 };
      pos += t.lower === 'wali' && tokens[pos + 1]?.lower === 'kota' && pos + 1 < end ? 2 : 1;
      if (role && ROLE_WORDS.has(t.lower)) role.end = pos;
      continue;
    }
    const unit = partyUnitLength(tokens, pos, end);
    if (unit > 0) {
      pos += unit;
      if (role) role.end = pos;
      continue;
    }
    // "di SPBU", "di setiap TPS": a facility written by its acronym is where something happens.
    if (FACILITY_ACRONYMS.has(t.lower) && t.acronym && facilityCue(tokens, pos)) {
      out.push({ type: 'LOC', start: pos, end: pos + 1, canonical: null, role: null });
      pos++;
      continue;
    }
    // "Komisi III DPR": a numbered commission is a working unit of the house named after it, which
    // is the organisation news refers to; the unit itself is no name of its own.
    if (t.lower === 'komisi' && pos + 1 < end && isOrdinal(tokens[pos + 1] as NameToken)) {
      pos += 2;
      if (role) role.end = pos;
      continue;
    }
    // "DPP", "DPD", "DPC" without the party after them: a party's board, not the party; the region
    // after it ("DPD Bali") is the branch's, no place in the story.
    if (PARTY_BOARDS.has(t.lower) && tokens[pos + 1]?.lower !== 'ri') {
      pos++;
      const branch = pos < end ? placeAt(ctx, pos, end) : null;
      if (branch) pos += branch.length;
      if (role) role.end = pos;
      continue;
    }
    // "Antara lain" (among others) opens a list; it is not the news agency.
    if (t.lower === 'antara' && tokens[pos + 1]?.lower === 'lain') {
      pos++;
      continue;
    }
    // "Kabinet Ali Sastroamidjojo": a cabinet named after its prime minister; the name is the person.
    if (t.lower === 'kabinet' && pos + 1 < end && namedAfterPerson(ctx, pos + 1, end)) {
      pos++;
      continue;
    }
    if (isOrgStart(t)) {
      const e = orgEnd(ctx, pos, end, personCue);
      // A generic head alone ("Dinas", "Partai") names nothing; an abbreviated ministry or an acronym does.
      const complete =
        KNOWN_ORGS.has(t.lower) || /^kemen\p{L}{2,}/u.test(t.lower) || (t.acronym && t.text.length >= 3);
      const bareHead = e === pos + 1 && (isNonEntityAcronym(t) || !complete);
      const venue = VENUE_HEADS.has(t.lower) && tokens[pos - 1]?.lower === 'di' && !t.opener;
      if (!bareHead)
        out.push({ type: venue ? 'LOC' : 'ORG', start: pos, end: e, canonical: null, role: null });
      if (role) role.end = e;
      pos = e;
      continue;
    }
    // The office runs on through its portfolio: "Direktur Pemasaran dan Niaga", "Deputi Bidang Edukasi".
    const officeGoesOn = role !== null && role.end === pos;
    if (role && (isDomainWordAt(tokens, pos) || (officeGoesOn && isOfficeWord(t)))) {
      pos++;
      role.end = pos;
      continue;
    }
    if (DROPPED_PLACE_HEADS.has(t.lower) && pos + 1 < end) {
      placeCue = true;
      pos++;
      if (role && officeGoesOn) role.end = pos;
      continue;
    }
    // The place an office serves belongs to the office: "Gubernur Jawa Barat", "Menteri Luar Negeri Israel".
    const officePlace = officeGoesOn ? placeAfterOffice(ctx, pos, end) : 0;
    if (role && officePlace > pos) {
      pos = officePlace;
      role.end = pos;
      placeCue = false;
      continue;
    }
    if (PLACE_HEADS.has(t.lower) && pos + 1 < end) {
      const place = placeAt(ctx, pos + 1, end);
      let e = place ? pos + 1 + place.length : pos + 2;
      if (!place)
        while (
          e < end &&
          e < pos + 4 &&
          !isRoleWord(tokens[e] as NameToken) &&
          !isOrgStart(tokens[e] as NameToken) &&
          !ADDRESS_NUMBER.has((tokens[e] as NameToken).lower)
        )
          e++;
      const head =
        (Object.hasOwn(PLACE_HEAD_NAMES, t.lower) ? PLACE_HEAD_NAMES[t.lower] : undefined) ?? t.text;
      const rest = place?.entry.canonical ?? ctx.words.slice(pos + 1, e).join(' ');
      out.push({ type: 'LOC', start: pos, end: e, canonical: `${head} ${rest}`, role: null });
      if (role) role.end = e;
      pos = e;
      continue;
    }
    const place = placeAt(ctx, pos, end);
    const branchOf = out[out.length - 1];
    // "Partai Demokrat Bali": the region of a party's branch is no place in the story.
    if (place && branchOf?.type === 'ORG' && branchOf.end === pos && t.joined && endsParty(tokens, pos)) {
      pos += place.length;
      continue;
    }
    if (place) {
      const cued = placeCue || placeCueBefore(ctx, pos) || role !== null;
      const ambiguous = place.length === 1 && CUED_ONLY.has(t.lower);
      const wholeRun = pos === run.start && place.length === end - run.start;
      let e = pos + place.length;
      while (e < end && COMPASS.has((tokens[e] as NameToken).lower)) e++;
      if (e === end) e = lowerCompassEnd(ctx, e);
      // Foreign places stand for their state when they act; Indonesian regions are reported as places
      // unless written as a people ("warga Bandung").
      const skipped =
        place.entry.kind === 'place'
          ? !inPlaceContext(ctx, pos, e, out)
          : !out.some((m) => m.start >= run.start) && isNationality(ctx, run.start, pos, e, place.entry);
      // "calon gubernur DKI Jakarta": the region an office serves, written after the office in lower
      // case, is part of the office as it is in "Gubernur Jawa Barat".
      const office = tokens[pos - 1];
      const servedBy =
        pos === run.start && office !== undefined && !office.cap && REGIONAL_OFFICES.has(office.lower);
      if ((!cued && skipped) || servedBy) {
        pos = e;
        continue;
      }
      if (!ambiguous || cued || (wholeRun && !t.opener)) {
        const canonical = e > pos + place.length ? null : (place.entry.canonical ?? null);
        out.push({ type: 'LOC', start: pos, end: e, canonical, role: null });
        if (role) role.end = e;
        pos = e;
        placeCue = false;
        continue;
      }
    }
    const commonOpener = t.opener && (looksLikeCommonWord(t) || (isCommonWord(t) && pos + 1 < end));
    // "Ketua Umumnya": a common word with "-nya" after a role is the role's, not a name.
    const commonNya = t.lower.endsWith('nya') && isCommonOrDomain(t.lower.slice(0, -3));
    if (((isPlainWord(t) || commonOpener || t.lower.endsWith('nya')) && !personCue) || commonNya) {
      pos++;
      continue;
    }
    let e = pos + 1;
    while (e < end) {
      const u = tokens[e] as NameToken;
      const before = tokens[e - 1] as NameToken;
      // "Irianto MS Syaifuddin", "Mahfud MD": two capitals between or after name words are initials.
      const nameInitials =
        u.acronym &&
        u.text.length === 2 &&
        !before.acronym &&
        !KNOWN_ORGS.has(u.lower) &&
        !isNonEntityAcronym(u) &&
        !placeAt(ctx, e, end);
      if (nameInitials) {
        e++;
        continue;
      }
      if (isRoleWord(u) || isOrgStart(u) || (isPlainWord(u) && !NAME_PARTS.has(u.lower))) break;
      // "Turis Tiongkok": a capitalised opener before a place is not part of a name with it.
      if (e === pos + 1 && t.opener && placeAt(ctx, e, end)) break;
      // An acronym names something of its own: "Ilmuwan NASA William Stefanov".
      const initials =
        before.acronym && before.text.length <= 2 && !KNOWN_ORGS.has(before.lower) && !u.acronym;
      // "Raja Abdullah II", "Paus Benediktus XVI": a regnal number ends the name it belongs to.
      const regnal =
        /^[IVX]{2,5}$/.test(u.text) &&
        !before.acronym &&
        !isCommonWord(before) &&
        !isDomainWordAt(tokens, e - 1);
      if (regnal) {
        e++;
        break;
      }
      // "UAL Corp", "QVC Network Inc": a company's form after its acronym belongs to it.
      if (before.acronym && ORG_SUFFIXES.has(u.lower)) {
        e++;
        continue;
      }
      if (u.acronym || (before.acronym && !initials)) break;
      e++;
    }
    const type = unknownType(ctx, pos, e, personCue, placeCue);
    if (type === 'guess')
      out.push({ type: 'PER', start: pos, end: e, canonical: null, role: null, guessed: true });
    else if (type === 'ORG')
      out.push({ type, start: pos, end: webAddressEnd(tokens, ctx.text, e), canonical: null, role: null });
    else if (type) {
      // "Sultan Hamengku Buwono X": a ruler's title is part of the name the ruler goes by.
      const title = tokens[pos - 1];
      const ruler = type === 'PER' && pos > run.start && title?.lower === 'sultan' && title.cap;
      out.push({
        type,
        start: ruler ? pos - 1 : pos,
        end: e,
        canonical: null,
        role: type === 'PER' ? role : null,
      });
    }
    role = null;
    personCue = false;
    placeCue = false;
    honorific = false;
    pos = e;
  }
  finishRole();
}

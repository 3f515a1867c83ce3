// Speech verbs and attribution words of Indonesian news writing, as the quote finder matches them.

/** Verbs that follow a quotation: “…,” kata X / ujar X / ujarnya. */
const POSTPOSED = [
  'kata',
  'ujar',
  'ungkap',
  'jelas',
  'tutur',
  'tegas',
  'imbuh',
  'tambah',
  'terang',
  'sebut',
  'papar',
  'lanjut',
  'ucap',
  'tandas',
  'pungkas',
  'kilah',
  'jawab',
  'tanya',
  'seru',
  'timpal',
  'beber',
  'urai',
  'sambung',
  'ingat',
  'pesan',
  'harap',
  'akui',
  'klaim',
  'tulis',
  'tukas',
  'cetus',
];

/** Verbs that introduce reported speech: X mengatakan, “…” / X mengatakan bahwa …. */
const PREPOSED = [
  'mengatakan',
  'menyatakan',
  'mengungkapkan',
  'menjelaskan',
  'menegaskan',
  'menyebut',
  'menyebutkan',
  'menambahkan',
  'menuturkan',
  'memaparkan',
  'menerangkan',
  'mengimbuhkan',
  'menyampaikan',
  'mengemukakan',
  'mengakui',
  'menandaskan',
  'membeberkan',
  'menguraikan',
  'mengungkap',
  'berkata',
  'berujar',
  'bertutur',
  'melanjutkan',
  'menekankan',
  'mengklaim',
  'mengingatkan',
  'menilai',
  'berpendapat',
  'berharap',
  'mengharapkan',
  'menyebutkan',
  'menyampaikan',
  'mengutarakan',
  'menjawab',
  'bilang',
];

const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

/** A postposed cue right after a quotation, with an optional -nya (ujarnya) or lagi. */
export const POSTPOSED_CUE = new RegExp(
  `^[\\s,.;:!?]*(?:demikian\\s+|begitu\\s+)?(${alternation(POSTPOSED)})(nya)?(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A preposed cue at the end of the words before a quotation or reported clause. */
export const PREPOSED_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(PREPOSED)})(?![\\p{L}\\p{N}])`,
  'iu',
);
export const PREPOSED_WORDS = new Set(PREPOSED);
/** Every preposed verb in a text (global; use with matchAll). */
export const PREPOSED_ALL = new RegExp(PREPOSED_CUE.source, 'giu');

/** Pronouns that point back at the last speaker or the last person named. */
export const PRONOUNS = new Set(['ia', 'dia', 'beliau', 'nya', 'ujarnya', 'mereka']);

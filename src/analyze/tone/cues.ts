// Function words that change a polar word's weight: negators, intensifiers, downtoners, contrast
// and concession markers, and the direction words whose polarity depends on what rises or falls.

/** Flip the next polar word within a short window ("tidak ramah", "belum diperbaiki"). */
export const NEGATORS = new Set([
  'tidak',
  'tak',
  'bukan',
  'belum',
  'tanpa',
  'jangan',
  'enggan',
  'tiada',
  'urung',
]);

/** Before the polar word: multiplier. */
export const PRE_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['sangat', 1.5],
  ['amat', 1.5],
  ['paling', 1.5],
  ['sungguh', 1.4],
  ['benar-benar', 1.4],
  ['makin', 1.3],
  ['semakin', 1.3],
  ['kian', 1.3],
  ['begitu', 1.2],
  ['terlalu', 1.3],
  ['sangatlah', 1.5],
  ['agak', 0.6],
  ['sedikit', 0.6],
  ['cukup', 0.8],
  ['relatif', 0.7],
  ['sempat', 0.7],
]);

/** After the polar word: multiplier ("parah sekali", "naik tajam", "mengkritik keras"). */
export const POST_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['sekali', 1.4],
  ['banget', 1.4],
  ['tajam', 1.4],
  ['drastis', 1.4],
  ['signifikan', 1.3],
  ['keras', 1.3],
  ['parah', 1.4],
  ['besar', 1.2],
  ['total', 1.2],
]);

/** "kurang" before a positive word reads as a mild negative ("kurang optimal"). */
export const WEAKENING_NEGATOR = 'kurang';

/** The clause after these weighs more and the one before less. */
export const CONTRAST = new Set(['namun', 'tetapi', 'tapi', 'sayangnya', 'padahal', 'akan tetapi']);

/** The clause these open is conceded: it weighs less than the main clause. */
export const CONCESSIVE = new Set([
  'meski',
  'meskipun',
  'walaupun',
  'walau',
  'kendati',
  'biarpun',
  'sekalipun',
]);

export const CONTRAST_AFTER = 1.4;
export const CONTRAST_BEFORE = 0.6;
export const CONCEDED = 0.5;
export const CONCESSION_MAIN = 1.2;

/** Pronouns that carry the previous sentence's subject into the next one. */
export const CARRY_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'pihaknya']);

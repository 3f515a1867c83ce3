// Indonesian stemmer giving the same stems as PostgreSQL's `indonesian_stem` dictionary (Snowball's
// Indonesian algorithm after Fadillah Z Tala), so SQLite search and PostgreSQL search agree.

/**
 * Which prefix was removed; the suffix rules depend on it (Tala's table of disallowed combinations).
 * PLAIN: none; DI_MENG_TER: di-, me(N)-, ter-; PER: pe-, per-; KE_PENG: ke-, pe(N)-; BER: be-, ber-.
 */
enum Prefix {
  PLAIN = 0,
  DI_MENG_TER = 1,
  PER = 2,
  KE_PENG = 3,
  BER = 4,
}

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;

/** PostgreSQL hands words longer than this many UTF-8 bytes back unstemmed. */
const MAX_STEMMED_BYTES = 1000;

function isVowel(code: number): boolean {
  return code === A || code === E || code === I || code === O || code === U;
}

/** Tala's "measure": the number of vowels, roughly the syllable count. Only ASCII vowels count. */
function vowelCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) if (isVowel(word.charCodeAt(i))) count++;
  return count;
}

function utf8Length(word: string): number {
  return Buffer.byteLength(word, 'utf8');
}

/** Particles -kah, -lah, -pun (each takes exactly one vowel with it, so measure drops by one). */
function withoutParticle(word: string): string {
  return word.endsWith('kah') || word.endsWith('lah') || word.endsWith('pun') ? word.slice(0, -3) : word;
}

/** Possessive pronouns -nya, -ku, -mu. */
function withoutPossessive(word: string): string {
  if (word.endsWith('nya')) return word.slice(0, -3);
  if (word.endsWith('ku') || word.endsWith('mu')) return word.slice(0, -2);
  return word;
}

interface PrefixRemoval {
  rest: string;
  prefix: Prefix;
  /**
   * True when the prefix's nasal was replaced by the root's first letter (memukul -> pukul,
   * menyapu -> sapu). The second-order prefix is then looked for after that letter, where it can
   * never be, which is why "pemerintahan" stems to "perintah" rather than "intah".
   */
  restored: boolean;
}

function removal(rest: string, prefix: Prefix, restored = false): PrefixRemoval {
  return { rest, prefix, restored };
}

/** First-order prefixes: di-, ke-, me-/mem-/men-/meng-/meny-, pem-/pen-/peng-/peny-, ter-. */
function removeFirstOrderPrefix(word: string): PrefixRemoval | null {
  const second = word.charCodeAt(1);
  if (second !== E && second !== I) return null;
  if (word.startsWith('di')) return removal(word.slice(2), Prefix.DI_MENG_TER);
  if (word.startsWith('ke')) return removal(word.slice(2), Prefix.KE_PENG);
  if (word.startsWith('ter')) return removal(word.slice(3), Prefix.DI_MENG_TER);
  const me = word.startsWith('me');
  if (!me && !word.startsWith('pe')) return null;
  const prefix = me ? Prefix.DI_MENG_TER : Prefix.KE_PENG;
  const third = word.charCodeAt(2);
  if (third === 110 /* n */) {
    const fourth = word.charCodeAt(3);
    if (fourth === 103 /* g */) return removal(word.slice(4), prefix);
    if (fourth === 121 /* y */ && isVowel(word.charCodeAt(4)))
      return removal(`s${word.slice(4)}`, prefix, true);
    return removal(word.slice(3), prefix);
  }
  if (third === 109 /* m */) {
    if (isVowel(word.charCodeAt(3))) return removal(`p${word.slice(3)}`, prefix, true);
    return removal(word.slice(3), prefix);
  }
  // Bare pe- is a second-order prefix; bare me- is first-order.
  return me ? removal(word.slice(2), prefix) : null;
}

/** "be" + consonant + "er", as in bekerja: here be- is the prefix although no r follows it. */
function isBeBeforeKer(word: string): boolean {
  const code = word.codePointAt(2);
  if (code === undefined || isVowel(code)) return false;
  return word.startsWith('er', code > 0xffff ? 4 : 3);
}

/** Second-order prefixes: ber-/be-/bel(ajar), per-/pe-/pel(ajar). */
function removeSecondOrderPrefix(word: string, prefix: Prefix): PrefixRemoval | null {
  if (word.charCodeAt(1) !== E) return null;
  const first = word.charCodeAt(0);
  if (first === 98 /* b */) {
    if (word.startsWith('belajar')) return removal(word.slice(3), Prefix.BER);
    if (word.startsWith('ber')) return removal(word.slice(3), Prefix.BER);
    if (isBeBeforeKer(word)) return removal(word.slice(2), Prefix.BER);
    return null;
  }
  if (first !== 112 /* p */) return null;
  // pelajar -> ajar keeps whatever prefix was recorded before, as the Snowball rule does.
  if (word.startsWith('pelajar')) return removal(word.slice(3), prefix);
  if (word.startsWith('per')) return removal(word.slice(3), Prefix.PER);
  return removal(word.slice(2), Prefix.PER);
}

/** Derivational suffixes -kan, -an, -i, each allowed only after certain prefixes. */
function removeSuffix(word: string, prefix: Prefix): string | null {
  const last = word.charCodeAt(word.length - 1);
  if (last === I) {
    const allowed = prefix <= Prefix.PER && word.charCodeAt(word.length - 2) !== 115; /* s: politisi */
    return allowed ? word.slice(0, -1) : null;
  }
  if (last !== 110 /* n */ || word.charCodeAt(word.length - 2) !== A) return null;
  if (word.endsWith('kan') && prefix !== Prefix.KE_PENG && prefix !== Prefix.PER) return word.slice(0, -3);
  return prefix !== Prefix.DI_MENG_TER ? word.slice(0, -2) : null;
}

/** Stem of one lower-cased word, identical to `ts_lexize('indonesian_stem', word)[1]`. */
export function stem(word: string): string {
  if (word.length > MAX_STEMMED_BYTES / 4 && utf8Length(word) > MAX_STEMMED_BYTES) return word;
  // Every affix carries exactly one vowel, so the measure drops by one per removal.
  let measure = vowelCount(word);
  if (measure <= 2) return word;
  let current = withoutParticle(word);
  if (current !== word) measure--;
  if (measure <= 2) return current;
  const beforePossessive = current;
  current = withoutPossessive(current);
  if (current !== beforePossessive) measure--;
  if (measure <= 2) return current;

  const first = removeFirstOrderPrefix(current);
  if (first) {
    current = first.rest;
    measure--;
    if (measure <= 2) return current;
    const unsuffixed = removeSuffix(current, first.prefix);
    if (unsuffixed === null) return current;
    current = unsuffixed;
    measure--;
    if (measure <= 2 || first.restored) return current;
    return removeSecondOrderPrefix(current, first.prefix)?.rest ?? current;
  }

  let prefix = Prefix.PLAIN;
  const second = removeSecondOrderPrefix(current, prefix);
  if (second) {
    current = second.rest;
    prefix = second.prefix;
    measure--;
  }
  if (measure <= 2) return current;
  return removeSuffix(current, prefix) ?? current;
}

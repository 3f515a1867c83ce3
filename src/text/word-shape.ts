// Letter-case and digit tests on words, answered from character codes for ASCII (nearly every word
// of Indonesian news) and by Unicode regular expressions for the rest.

const UPPER_START = /^\p{Lu}/u;
const HAS_NUMBER = /\p{N}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

/** /^\p{Lu}/u.test(word) */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(word);
}

/** /\p{N}/u.test(word) */
export function hasNumber(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128) return HAS_NUMBER.test(word);
  }
  return false;
}

/** /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word): "DPRD", "BPBD", "COVID-19". */
export function isAcronym(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128 && !(code >= 65 && code <= 90)) return false;
  return ACRONYM.test(word);
}

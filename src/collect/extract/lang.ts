// Guesses a text's language from its commonest function words when the page does not declare one.

const STOPWORDS: Record<string, string[]> = {
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'dalam',
    'akan',
    'pada',
    'juga',
    'ke',
    'karena',
    'bahwa',
    'oleh',
    'ada',
    'kata',
    'tersebut',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'it',
    'was',
    'on',
    'with',
    'as',
    'are',
    'by',
    'this',
    'be',
    'from',
    'at',
    'have',
  ],
  ms: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'daripada',
    'kepada',
    'akan',
    'pada',
    'juga',
    'ke',
    'kerana',
    'bahawa',
    'oleh',
    'ada',
    'boleh',
    'mereka',
  ],
  jv: [
    'lan',
    'ing',
    'sing',
    'iki',
    'kuwi',
    'ora',
    'karo',
    'kanggo',
    'saka',
    'uga',
    'wis',
    'arep',
    'marang',
    'dadi',
    'bisa',
  ],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'una'],
  pt: ['de', 'que', 'e', 'o', 'da', 'do', 'em', 'um', 'para', 'com', 'uma', 'os', 'no', 'na', 'não'],
  fr: ['le', 'la', 'de', 'et', 'les', 'des', 'en', 'un', 'une', 'du', 'est', 'que', 'pour', 'dans', 'pas'],
  de: [
    'der',
    'die',
    'und',
    'in',
    'den',
    'von',
    'zu',
    'das',
    'mit',
    'sich',
    'des',
    'auf',
    'für',
    'ist',
    'nicht',
  ],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** ISO 639-1 code of the likeliest language, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let words = 0;
  for (const m of text
    .slice(0, 5000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of LOOKUP.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (words < 8) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return bestCount >= Math.max(2, words * 0.05) ? best : null;
}

/** "id-ID", "en_US", "in" → "id", "en", "id". */
export function normaliseLang(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(raw) : null;
  if (!m) return null;
  const code = m[1].toLowerCase();
  return code === 'in' || code === 'ind' ? 'id' : code === 'eng' ? 'en' : code;
}

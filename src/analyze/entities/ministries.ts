// Ministries written in lower case, as translated foreign news does: "kementerian luar negeri Mesir",
// "kementerian pertahanan Rusia". The portfolio and the country are part of the ministry's name.
import type { Mention } from './classify.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ORG_DOMAIN_WORDS } from './lexicon-orgs.ts';
import type { NameToken } from './tokens.ts';

const MINISTRY_HEADS = new Set(['kementerian', 'kementrian', 'departemen']);

export function lowerCaseMinistries(
  tokens: readonly NameToken[],
  words: readonly string[],
  gazetteers: readonly Gazetteer[],
  mentions: Mention[],
): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as NameToken;
    if (!MINISTRY_HEADS.has(head.lower)) continue;
    let e = i + 1;
    while (e < tokens.length && e < i + 4) {
      const t = tokens[e] as NameToken;
      if (t.cap || !t.joined || !ORG_DOMAIN_WORDS.has(t.lower)) break;
      e++;
    }
    const portfolio = e > i + 1;
    const next = tokens[e];
    let country = 0;
    if (next?.cap && next.joined)
      for (const g of gazetteers) {
        const m = g.match(words, e);
        if (m?.entry.kind === 'place') {
          country = m.length;
          break;
        }
      }
    // "Kementerian Luar Negeri" in capitals is found by the rules for names; "kementerian" alone names none.
    if (!portfolio && country === 0) continue;
    found.push({ type: 'ORG', start: i, end: e + country, canonical: null, role: null });
    i = e + country - 1;
  }
  if (found.length === 0) return mentions;
  const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}

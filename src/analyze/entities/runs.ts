// Groups name tokens into runs of capitalised words that may hold one or more names, letting
// name particles ("bin", "van") and "dan" inside organisation names join them.
import { isCommonWord, isOrdinal, isOrgStart, isRoleWord } from './cues.ts';
import { ORG_DOMAIN_WORDS } from './lexicon-orgs.ts';
import { NAME_PARTICLES } from './lexicon-people.ts';
import type { NameToken } from './tokens.ts';

/** Token index range [start, end). */
export interface Run {
  start: number;
  end: number;
}

/** Acronyms that close a ministry's portfolio after "dan". */
const DOMAIN_ACRONYMS = new Set(['ham', 'ukm', 'umkm', 'ikm', 'rb', 'pan', 'tik']);

function joinsRun(tokens: readonly NameToken[], runStart: number, i: number): boolean {
  const t = tokens[i] as NameToken;
  if (!t.joined) return false;
  if (t.cap) return true;
  if (isOrdinal(t) && isOrgStart(tokens[runStart] as NameToken)) return true;
  const next = tokens[i + 1];
  if (!next?.joined || !next.cap) return false;
  if (NAME_PARTICLES.has(t.text)) return true;
  // "Kementerian Kelautan dan Perikanan", "Badan Kesatuan Bangsa dan Politik".
  // "Menteri Kelautan dan Perikanan", "Direktur Pemasaran dan Niaga": an office's portfolio.
  const head = tokens[runStart] as NameToken;
  if (t.text !== 'dan' || !(isOrgStart(head) || isRoleWord(head))) return false;
  // "Kementerian Hukum dan HAM", "Menteri Koperasi dan UKM".
  if (DOMAIN_ACRONYMS.has(next.lower)) return true;
  return ORG_DOMAIN_WORDS.has(next.lower) || (isRoleWord(head) && isCommonWord(next));
}

export function capitalisedRuns(tokens: readonly NameToken[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as NameToken;
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && joinsRun(tokens, i, j)) j++;
    runs.push({ start: i, end: j });
    i = j;
  }
  return runs;
}

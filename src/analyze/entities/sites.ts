// Lower-case words for a walled site that news writes in front of a body's name: "di kompleks DPR"
// is the parliament grounds, a place, with the word "kompleks" as part of its name.
import type { Mention } from './classify.ts';
import type { NameToken } from './tokens.ts';

const SITE_WORDS = new Set(['kompleks', 'komplek']);

export function sitesBeforeNames(tokens: readonly NameToken[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    const before = tokens[m.start - 1];
    const name = tokens[m.start] as NameToken;
    if (!before || before.cap || !SITE_WORDS.has(before.lower) || !name.joined) continue;
    m.type = 'LOC';
    m.start -= 1;
    m.canonical = null;
    m.role = null;
    m.guessed = false;
  }
  return mentions;
}

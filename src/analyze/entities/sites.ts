// Lower-case words that news writes in front of a name and that the name includes: "di kompleks DPR"
// is the parliament grounds, a place; "partai NasDem" is the party with its head word.
import type { EntityType } from '../types.ts';
import type { Mention } from './classify.ts';
import { PARTY_NAMES } from './parties.ts';
import type { NameToken } from './tokens.ts';

/** The head word and the type the name becomes with it; null keeps the name's own type. */
const LOWER_HEADS: Record<string, { type: EntityType; of: EntityType | null }> = {
  kompleks: { type: 'LOC', of: null },
  komplek: { type: 'LOC', of: null },
  partai: { type: 'ORG', of: 'ORG' },
};

export function sitesBeforeNames(tokens: readonly NameToken[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    const before = tokens[m.start - 1];
    const name = tokens[m.start] as NameToken;
    const head =
      before && !before.cap && name.joined
        ? Object.hasOwn(LOWER_HEADS, before.lower)
          ? LOWER_HEADS[before.lower]
          : undefined
        : undefined;
    if (!head || (head.of && m.type !== head.of)) continue;
    // "partai NasDem", not "partai Islam": only a party's own name takes the head word.
    if (before?.lower === 'partai' && !(m.end - m.start === 1 && PARTY_NAMES.has(name.lower))) continue;
    m.type = head.type;
    m.start -= 1;
    m.canonical = null;
    m.role = null;
    m.guessed = false;
  }
  return mentions;
}

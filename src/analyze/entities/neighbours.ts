// Second look at guessed people: a name listed next to places ("Aksu, Xinjiang", "Kashgar dan Hotan")
// is a place too.
import type { Mention } from './classify.ts';
import type { NameToken } from './tokens.ts';

const LIST_GAP = /^\s*(?:,|dan|atau|serta)\s*$/u;

function listed(text: string, tokens: readonly NameToken[], a: Mention, b: Mention): boolean {
  const gap = text.slice((tokens[a.end - 1] as NameToken).end, (tokens[b.start] as NameToken).start);
  return LIST_GAP.test(gap);
}

export function placesByNeighbour(
  text: string,
  tokens: readonly NameToken[],
  mentions: Mention[],
): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  for (let pass = 0; pass < 2; pass++) {
    sorted.forEach((m, i) => {
      if (!m.guessed || m.type !== 'PER') return;
      const before = sorted[i - 1];
      const after = sorted[i + 1];
      const near =
        (before?.type === 'LOC' && listed(text, tokens, before, m)) ||
        (after?.type === 'LOC' && listed(text, tokens, m, after));
      if (near) m.type = 'LOC';
    });
  }
  return sorted;
}

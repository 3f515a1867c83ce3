// Second look at guessed people: a name listed next to places ("Aksu, Xinjiang", "Kashgar dan Hotan")
// is a place too, and one listed next to an organisation an organisation.
import type { Mention } from './classify.ts';
import type { NameToken } from './tokens.ts';

const LIST_GAP = /^\s*(?:,|dan|atau|serta)\s*$/u;

function listed(text: string, tokens: readonly NameToken[], a: Mention, b: Mention): boolean {
  const gap = text.slice((tokens[a.end - 1] as NameToken).end, (tokens[b.start] as NameToken).start);
  return LIST_GAP.test(gap);
}

const JOINER_GAP = /^\s*(?:dan|atau|serta)\s*$/u;

export function placesByNeighbour(
  text: string,
  tokens: readonly NameToken[],
  mentions: Mention[],
): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  const joined = (a: Mention | undefined, b: Mention | undefined): boolean =>
    a !== undefined &&
    b !== undefined &&
    (a.type === 'ORG' || b.type === 'ORG') &&
    JOINER_GAP.test(text.slice((tokens[a.end - 1] as NameToken).end, (tokens[b.start] as NameToken).start));
  for (let pass = 0; pass < 2; pass++) {
    sorted.forEach((m, i) => {
      if (!m.guessed || m.type !== 'PER') return;
      const before = sorted[i - 1];
      const after = sorted[i + 1];
      const near = (type: string) =>
        (before?.type === type && listed(text, tokens, before, m)) ||
        (after?.type === type && listed(text, tokens, m, after));
      if (near('LOC')) m.type = 'LOC';
      // "Pioneer Electronic dan Sony": a one-word name joined to an organisation by "dan" is one
      // too; after a comma it is rather the apposition of a body's member ("Ketua KPK, Agus").
      else if (m.end - m.start === 1 && (joined(before, m) || joined(m, after))) m.type = 'ORG';
    });
  }
  return sorted;
}

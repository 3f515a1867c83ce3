// Expands sentence templates: "[a|b|c]" picks one alternative, "{slot}" asks the story for a value.
import type { Random } from './prng.ts';

export type SlotFill = (slot: string) => string;

const ALTERNATIVES = /\[([^[\]]*)\]/;
const SLOT = /\{(\w+)\}/g;

export function expand(template: string, rng: Random, fill: SlotFill): string {
  let text = template;
  // Innermost brackets first, so alternatives may nest.
  for (let match = ALTERNATIVES.exec(text); match; match = ALTERNATIVES.exec(text)) {
    const choice = rng.pick(match[1].split('|'));
    text = text.slice(0, match.index) + choice + text.slice(match.index + match[0].length);
  }
  text = text.replace(SLOT, (_, slot: string) => fill(slot));
  return capitalise(
    text
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      .trim(),
  );
}

export function capitalise(text: string): string {
  const first = text.search(/[\p{L}\p{N}]/u);
  if (first < 0) return text;
  return text.slice(0, first) + text[first].toUpperCase() + text.slice(first + 1);
}

const LOWER_IN_HEADLINES = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'untuk',
  'yang',
  'pada',
  'dengan',
  'atau',
  'per',
  'karena',
  'dalam',
  'soal',
]);

/** Indonesian headline case: every word capitalised except short prepositions and conjunctions. */
export function headlineCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) =>
      i > 0 && LOWER_IN_HEADLINES.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word),
    )
    .join(' ');
}

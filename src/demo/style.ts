// A reporter's habits: "sudah" or "telah", "tidak" or "tak", "karena" or "lantaran". Each story is
// written in one reporter's style, so two stories built from the same sentences still read, word
// for word, like the work of different people — as they do in real newsrooms.
import type { Random } from './random.ts';

/**
 * Words a reporter may favour, all standard in Indonesian news. A pair marked one-way is only
 * rewritten in that direction (`itu` cannot always stand for `tersebut`'s partner: "setelah itu").
 */
const HABITS: [from: string, to: string, bothWays: boolean][] = [
  ['sudah', 'telah', true],
  ['tidak', 'tak', true],
  ['karena', 'lantaran', true],
  ['sejumlah', 'beberapa', true],
  ['hingga', 'sampai', true],
  ['agar', 'supaya', true],
  ['Namun', 'Akan tetapi', true],
  ['sangat', 'amat', true],
  ['setelah', 'usai', true],
  ['kini', 'sekarang', true],
  ['pihaknya', 'jajarannya', true],
  ['tersebut', 'itu', false],
  ['mengatakan', 'menyampaikan', false],
  ['segera', 'secepatnya', false],
  ['menyebutkan', 'menyebut', false],
];

export type Style = (text: string) => string;

/** One reporter's style: for each habit, the word they use (half the time the one written). */
export function reporterStyle(rng: Random): Style {
  const swaps = HABITS.flatMap(([a, b, bothWays]) => {
    if (!rng.chance(0.5)) return [];
    const [from, to] = bothWays && rng.chance(0.5) ? [b, a] : [a, b];
    return [[new RegExp(`(?<!\\p{L})${from}(?!\\p{L})`, 'gu'), to] as const];
  });
  return (text) => swaps.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
}

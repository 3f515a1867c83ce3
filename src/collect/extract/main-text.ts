// The article's main text from a parsed page: strict furniture removal first, a lenient retry when
// that leaves too little (some sites name their article container like a sidebar).
import { findFirst, type PageTree } from './dom.ts';
import { selectArticle } from './select.ts';
import { serializeArticle } from './serialize.ts';
import { computeStats, type StatsMap } from './stats.ts';

const ENOUGH_CHARS = 500;

/** `title` lets a heading that repeats the headline be left out of the body. */
export function extractMainText(tree: PageTree, title: string | null = null): string | null {
  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  let best = '';
  for (const strict of [true, false]) {
    const stats: StatsMap = new Map();
    computeStats(body, stats, strict);
    const selection = selectArticle(body, stats);
    if (!selection) continue;
    const text = serializeArticle(selection.parts, stats, selection.scores, title).join('\n\n');
    if (text.length > best.length) best = text;
    if (best.length >= ENOUGH_CHARS) break;
  }
  return best || null;
}

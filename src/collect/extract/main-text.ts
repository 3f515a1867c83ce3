// The article's main text from a parsed page: strict furniture removal first, a lenient retry when
// that leaves too little (some sites name their article container like a sidebar).
import { findFirst, type PageTree } from './dom.ts';
import { selectArticle } from './select.ts';
import { serializeArticle } from './serialize.ts';
import { DEFAULT_SETTINGS, type ExtractionSettings } from './settings.ts';
import { computeStats, type StatsMap } from './stats.ts';
import { isListingPage } from './teasers.ts';

const ENOUGH_CHARS = 500;

/** `title` lets a heading that repeats the headline be left out of the body. */
export function extractMainText(
  tree: PageTree,
  title: string | null = null,
  settings: ExtractionSettings = DEFAULT_SETTINGS,
): string | null {
  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  const article = declaresArticle(tree);
  let best = '';
  for (const strict of [true, false]) {
    const stats: StatsMap = new Map();
    computeStats(body, stats, strict);
    const selection = selectArticle(body, stats, settings);
    if (!selection) continue;
    // An index of teasers is not an article: report no text rather than the teasers run together.
    // A page that declares itself an article is never taken for one (a short item with a long
    // related list inside its container looks much the same).
    if (!article && isListingPage(selection.parts, stats)) return null;
    const text = serializeArticle(selection.parts, stats, selection.scores, title, settings).join('\n\n');
    if (text.length > best.length) best = text;
    if (best.length >= ENOUGH_CHARS) break;
  }
  return best || null;
}

/** og:type "article" (or a type derived from it); index pages say "website" or nothing. */
function declaresArticle(tree: PageTree): boolean {
  for (const m of tree.metas) {
    if ((m.property ?? m.name)?.toLowerCase() === 'og:type') return /article/i.test(m.content ?? '');
  }
  return false;
}

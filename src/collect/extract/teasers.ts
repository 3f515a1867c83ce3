// Tells teaser lists (related stories, popular lists, a category page's index) from story text by
// their structure: many sibling items built alike, each led by a link to another page.
import type { Element } from './dom.ts';
import { linkDensity, type StatsMap } from './stats.ts';

/** Fewest alike items that make a list of teasers rather than a few linked paragraphs. */
const MIN_ITEMS = 4;
/** Link-text share of an item that marks it as a teaser (a linked headline, maybe an excerpt). */
const TEASER_LINK_SHARE = 0.3;
/** Text outside the teasers below which nothing on the page reads as a story of its own. */
const LEFTOVER_CHARS = 250;

/** Text length held in teaser items among `el`'s children (or grandchildren, for wrapped items). */
export function teaserText(el: Element, stats: StatsMap, depth = 2): number {
  const kids = el.children.filter((c): c is Element => typeof c !== 'string' && stats.has(c));
  let teasers = 0;
  let teaserLen = 0;
  const shapes = new Map<string, number>();
  for (const kid of kids) {
    const s = stats.get(kid);
    if (!s || s.len === 0) continue;
    if (s.linkLen > 0 && linkDensity(s) >= TEASER_LINK_SHARE && s.len < 600) {
      teasers++;
      teaserLen += s.len;
      const shape = `${kid.tag}.${kid.attrs.class ?? ''}`;
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  let alike = 0;
  for (const n of shapes.values()) alike = Math.max(alike, n);
  if (alike >= MIN_ITEMS && teasers >= kids.length * 0.6) return teaserLen;
  if (depth <= 1) return 0;
  let nested = 0;
  for (const kid of kids) nested += teaserText(kid, stats, depth - 1);
  return nested;
}

/**
 * Whether the chosen parts are an index of other pages (a category or tag page) rather than an
 * article: most of their text sits in teasers and what is left is too little to be a story.
 */
export function isListingPage(parts: Element[], stats: StatsMap): boolean {
  let total = 0;
  let teasers = 0;
  for (const part of parts) {
    const s = stats.get(part);
    if (!s) continue;
    total += s.len;
    teasers += teaserText(part, stats, 3);
  }
  const rest = total - teasers;
  return teasers > 0 && teasers >= total * 0.6 && rest < LEFTOVER_CHARS;
}

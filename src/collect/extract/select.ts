// Finds the element holding the article body: paragraphs vote for their ancestors (the Readability
// scoring idea), link-heavy candidates lose, and siblings that continue the story are gathered.
import type { Element } from './dom.ts';
import { BODY_NAME, NEGATIVE, POSITIVE } from './patterns.ts';
import type { ExtractionSettings } from './settings.ts';
import { linkDensity, type Stats, type StatsMap } from './stats.ts';

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const LEAF_PARAGRAPH_TAGS = new Set(['div', 'section', 'blockquote']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'form', 'td']);

/** +25 per positive word, −25 per negative word in class and id. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const v of [el.attrs.class, el.attrs.id]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}

function baseScore(el: Element, settings: ExtractionSettings): number {
  let s = 0;
  switch (el.tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      s = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s = -5;
      break;
  }
  if (el.tag === 'article' || el.tag === 'main') s += 10;
  if (el.attrs.itemprop === 'articleBody') s += 40;
  if (settings.bodyNameBonus && hasBodyName(el)) s += settings.bodyNameBonus;
  return s + classWeight(el);
}

export interface Selection {
  /** Elements whose content forms the article, in document order. */
  parts: Element[];
  scores: Map<Element, number>;
}

export function selectArticle(
  body: Element,
  stats: StatsMap,
  settings: ExtractionSettings,
): Selection | null {
  const scores = new Map<Element, number>();
  const minChars = settings.minParagraphChars;
  const credit = (el: Element | null, amount: number, level: number) => {
    for (let l = level; el && l < settings.creditLevels; l++, el = el.parent) {
      if (el.tag === '#root' || el.tag === 'html') break;
      const prev = scores.get(el) ?? baseScore(el, settings);
      const divider = l === 0 ? 1 : l === 1 ? 2 : l * 3;
      scores.set(el, prev + amount / divider);
    }
  };
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      const s = stats.get(child);
      if (!s) continue;
      const paragraphLike = PARAGRAPH_TAGS.has(child.tag) || (s.leaf && CONTAINER_TAGS.has(child.tag));
      if (paragraphLike) {
        if (s.len >= minChars) credit(child.parent, unitScore(s.len, s.commas), 0);
        if (s.leaf) continue;
      } else if (!s.leaf && CONTAINER_TAGS.has(child.tag) && s.inlineLen >= minChars) {
        // Text written straight into a container (a <div> with <br>s) counts as its own paragraph.
        credit(child, unitScore(s.inlineLen, 0), 0);
      }
      visit(child);
    }
  };
  visit(body);
  if (scores.size === 0) return null;

  let top: Element | null = null;
  let topScore = -Infinity;
  const ranked: [Element, number][] = [];
  for (const [el, raw] of scores) {
    const s = stats.get(el);
    if (!s) continue;
    const score = raw * (1 - linkDensity(s));
    scores.set(el, score);
    ranked.push([el, score]);
    if (score > topScore) {
      topScore = score;
      top = el;
    }
  }
  if (!top) return null;
  top = promote(top, topScore, ranked, scores, settings.promoteFloor);
  return { parts: gatherSiblings(top, scores, stats, settings.siblingRatio), scores };
}

function unitScore(len: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(len / 100), 3);
}

/** Moves the choice up when the best candidates share an ancestor or the parent scores better. */
function promote(
  top: Element,
  topScore: number,
  ranked: [Element, number][],
  scores: Map<Element, number>,
  floor: number,
) {
  ranked.sort((a, b) => b[1] - a[1]);
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, s]) => s / topScore >= 0.75)
    .map(([e]) => e);
  if (alternatives.length >= 3) {
    let parent = top.parent;
    while (parent && parent.tag !== 'body' && parent.tag !== '#root') {
      const p = parent;
      const containing = alternatives.filter((a) => isAncestor(p, a)).length;
      if (containing >= 3) {
        top = parent;
        break;
      }
      parent = parent.parent;
    }
  }
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore * floor;
  let parent = top.parent;
  while (parent && parent.tag !== 'body' && parent.tag !== '#root') {
    const ps = scores.get(parent);
    if (ps === undefined) {
      parent = parent.parent;
      continue;
    }
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
    parent = parent.parent;
  }
  while (top.parent && top.parent.tag !== 'body' && elementChildren(top.parent) === 1) top = top.parent;
  return top;
}

function elementChildren(el: Element): number {
  let n = 0;
  for (const c of el.children) if (typeof c !== 'string') n++;
  return n;
}

function isAncestor(anc: Element, el: Element | null): boolean {
  for (let e = el; e; e = e.parent) if (e === anc) return true;
  return false;
}

function gatherSiblings(
  top: Element,
  scores: Map<Element, number>,
  stats: StatsMap,
  ratio: number,
): Element[] {
  const parent = top.parent;
  if (!parent || parent.tag === '#root') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * ratio);
  const parts: Element[] = [];
  for (const sib of parent.children) {
    if (typeof sib === 'string') continue;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s) continue;
    let bonus = 0;
    if (sib.attrs.class && sib.attrs.class === top.attrs.class) bonus += topScore * 0.2;
    const score = scores.get(sib);
    if (score !== undefined && score + bonus >= threshold) parts.push(sib);
    // Paragraphs split off the container by an ad or a "Baca juga" box: a <p>, or a <div> holding
    // only text (older CMSes write paragraphs as divs).
    else if ((sib.tag === 'p' || (s.leaf && LEAF_PARAGRAPH_TAGS.has(sib.tag))) && acceptsParagraph(s))
      parts.push(sib);
  }
  return parts;
}

function acceptsParagraph(s: Stats): boolean {
  const ld = linkDensity(s);
  if (s.len > 80) return ld < 0.25;
  return s.len > 0 && ld === 0;
}

function hasBodyName(el: Element): boolean {
  const a = el.attrs;
  return BODY_NAME.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

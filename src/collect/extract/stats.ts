// Per-element statistics (text length, link text, commas, paragraphs…) computed once, bottom-up,
// leaving out page furniture.
import type { Element } from './dom.ts';
import { DROPPED_TAGS, FURNITURE_ROLES, HEADINGS, MAYBE, NEVER_STORY, UNLIKELY } from './patterns.ts';

export interface Stats {
  len: number;
  linkLen: number;
  commas: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  headingLen: number;
  /** Collapsed length of text sitting directly in this element or in its inline descendants. */
  inlineLen: number;
  /** True when the element holds no block-level descendant. */
  leaf: boolean;
}

export type StatsMap = Map<Element, Stats>;

const INLINE_HOLDERS = new Set([
  'a',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'font',
  'small',
  'sup',
  'sub',
  'abbr',
]);
const BLOCKISH = new Set([
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'header',
  'main',
  'figure',
  'form',
]);

/** Whether this element is page furniture to leave out of the article entirely. */
export function isFurniture(el: Element, strict: boolean): boolean {
  if (DROPPED_TAGS.has(el.tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (a.role && FURNITURE_ROLES.has(a.role)) return true;
  if (!strict || el.tag === 'body' || el.tag === 'article' || el.tag === 'main' || el.tag === 'a')
    return false;
  const id = `${a.class ?? ''} ${a.id ?? ''}`;
  if (id.length > 1 && UNLIKELY.test(id) && (!MAYBE.test(id) || NEVER_STORY.test(id))) return true;
  return false;
}

export function collapsedLength(s: string): number {
  const t = s.replace(/\s+/g, ' ');
  let n = t.length;
  if (n && t.charCodeAt(0) === 32) n--;
  if (n && t.charCodeAt(t.length - 1) === 32) n--;
  return n;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0x3001 || c === 0xff0c) n++;
  }
  return n;
}

/** Fills `map` for `el` and every kept descendant; returns null when `el` itself is furniture. */
export function computeStats(el: Element, map: StatsMap, strict: boolean, inLink = false): Stats | null {
  if (isFurniture(el, strict)) return null;
  const s: Stats = {
    len: 0,
    linkLen: 0,
    commas: 0,
    paragraphs: el.tag === 'p' ? 1 : 0,
    images: el.tag === 'img' ? 1 : 0,
    listItems: el.tag === 'li' ? 1 : 0,
    inputs: 0,
    headingLen: 0,
    inlineLen: 0,
    leaf: true,
  };
  const isLink = inLink || el.tag === 'a';
  let textRuns = 0;
  for (const child of el.children) {
    if (typeof child === 'string') {
      const l = collapsedLength(child);
      if (l === 0) continue;
      if (l >= 25) textRuns++;
      s.len += l + 1;
      s.inlineLen += l + 1;
      s.commas += countCommas(child);
      if (isLink) s.linkLen += l + 1;
      continue;
    }
    const c = computeStats(child, map, strict, isLink);
    if (!c) continue;
    s.len += c.len;
    s.linkLen += c.linkLen;
    s.commas += c.commas;
    s.paragraphs += c.paragraphs;
    s.images += c.images;
    s.listItems += c.listItems;
    s.inputs += c.inputs;
    s.headingLen += HEADINGS.has(child.tag) ? c.len : c.headingLen;
    if (BLOCKISH.has(child.tag)) s.leaf = false;
    else if (INLINE_HOLDERS.has(child.tag)) s.inlineLen += c.inlineLen;
  }
  // Readability turns text-only <div>s and <br>-separated runs into paragraphs before cleaning.
  if (el.tag === 'div' || el.tag === 'section')
    s.paragraphs += Math.max(textRuns, s.leaf && s.len > 0 ? 1 : 0);
  map.set(el, s);
  return s;
}

export function linkDensity(s: Stats): number {
  return s.len ? s.linkLen / s.len : 0;
}

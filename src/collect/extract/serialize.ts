// Writes the chosen article elements out as clean paragraphs, dropping link lists, share bars,
// advertisement markers and inline "Baca juga" links on the way.
import type { Element } from './dom.ts';
import { AD_MARKER, BLOCK_TAGS, CREDIT_LINE, DATE_LINE, HEADINGS, INLINE_FURNITURE } from './patterns.ts';
import { classWeight } from './select.ts';
import type { ExtractionSettings } from './settings.ts';
import { linkDensity, type Stats, type StatsMap } from './stats.ts';

const CLEANED_TAGS = new Set([
  'div',
  'section',
  'table',
  'ul',
  'ol',
  'form',
  'fieldset',
  'header',
  'figure',
  'dl',
]);

interface Block {
  text: string;
  len: number;
  linkLen: number;
  tag: string;
}

export function serializeArticle(
  parts: Element[],
  stats: StatsMap,
  scores: Map<Element, number>,
  title: string | null,
  settings: ExtractionSettings,
): string[] {
  const blocks: Block[] = [];
  let buf: string[] = [];
  let linkLen = 0;
  let blockTag = 'p';
  const flush = () => {
    if (buf.length) {
      const text = buf
        .join('')
        .replace(/[ \t\f\r\u00a0]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim();
      if (text) blocks.push({ text, len: text.length, linkLen, tag: blockTag });
    }
    buf = [];
    linkLen = 0;
  };
  const emit = (el: Element, inLink: boolean, top: boolean) => {
    const s = stats.get(el);
    if (!s) return;
    if (!top && CLEANED_TAGS.has(el.tag) && dropsAsFurniture(el, s, scores, settings.linkDensityCut)) return;
    if (!top && !keepsKind(el.tag, settings)) return;
    if (el.tag === 'br') {
      // <br><br> separates paragraphs in older CMS templates: give each run its own block.
      if (endsWithLineBreak(buf)) flush();
      else buf.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tag);
    if (block) {
      flush();
      blockTag = el.tag;
    }
    const link = inLink || el.tag === 'a';
    for (const child of el.children) {
      if (typeof child === 'string') {
        buf.push(child);
        if (link) linkLen += child.trim().length;
      } else emit(child, link, false);
    }
    if (block) flush();
  };
  for (const part of parts) emit(part, false, true);
  flush();
  const titleKey = title ? comparable(title) : null;
  return blocks
    .filter((b) => keepBlock(b) && (!titleKey || comparable(b.text) !== titleKey))
    .flatMap((b) => b.text.split(/\n{2,}/));
}

function endsWithLineBreak(buf: string[]): boolean {
  for (let i = buf.length - 1; i >= 0; i--) {
    const piece = buf[i];
    if (piece === '\n') return true;
    if (piece.trim()) return false;
  }
  return false;
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Readability's conditional cleaning: link-heavy, image-heavy or negatively named containers go. */
function dropsAsFurniture(el: Element, s: Stats, scores: Map<Element, number>, linkCut: number): boolean {
  const weight = classWeight(el);
  const score = scores.get(el) ?? 0;
  if (weight + score < 0) return true;
  if (s.commas >= 10) return false;
  const ld = linkDensity(s);
  const isList = el.tag === 'ul' || el.tag === 'ol' || el.tag === 'dl';
  if (isList) return ld > 0.5;
  const p = s.paragraphs;
  const img = s.images;
  const headingDensity = s.len ? s.headingLen / s.len : 0;
  if (img > 1 && p / img < 0.5) return true;
  if (s.listItems - 100 > p) return true;
  if (headingDensity < 0.9 && s.len < 25 && (img === 0 || img > 2) && ld > 0) return true;
  if (weight < 25 && ld > linkCut) return true;
  if (weight >= 25 && ld > 0.5) return true;
  return false;
}

function keepsKind(tag: string, settings: ExtractionSettings): boolean {
  if (HEADINGS.has(tag)) return settings.keepHeadings;
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') return settings.keepLists;
  if (tag === 'table') return settings.keepTables;
  return true;
}

function keepBlock(b: Block): boolean {
  if (AD_MARKER.test(b.text)) return false;
  // Credit and date lines ("Reporter: …", "Senin, 3 Maret 2025 14:05 WIB") sit above the story.
  if (b.len < 100 && CREDIT_LINE.test(b.text)) return false;
  if (b.len < 80 && DATE_LINE.test(b.text)) return false;
  if (b.len < 250 && INLINE_FURNITURE.test(b.text)) return false;
  if (b.linkLen / b.len > 0.6) return false;
  if (b.tag === 'h1') return false;
  return true;
}

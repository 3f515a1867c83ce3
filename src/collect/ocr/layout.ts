// The layout of a newspaper page from its text lines alone (pure, no I/O): the order a reader
// reads them in across columns, the article regions Pantau proposes, and the headline and body
// text of a region. Works on line boxes, from OCR or from a PDF's text layer alike.
import type { Box, TextLine } from './types.ts';

/** A line this much taller than the page's median line is a headline. */
// Body line boxes vary by a tenth (descenders, brackets); a one-column headline is often set only
// half again as large as the body, and its boxes measured 1.45–1.5 times the body's median.
const HEADLINE_FACTOR = 1.35;
/**
 * A whitespace band across a whole block at least this many median line heights tall separates
 * blocks (articles stacked without a headline over their columns) before columns are looked for.
 * Thinner bands come after the gutters: two articles side by side have their headline-to-body
 * gaps at the same height, and columns that end unevenly leave a band beside a paragraph break.
 */
const MAJOR_BAND_FACTOR = 3;
/** A vertical gap between line boxes at least this wide (in median line heights) is a gutter. */
const GUTTER_FACTOR = 0.5;
/** Space between two lines of one column beyond the usual, in line heights, that starts a paragraph. */
const PARAGRAPH_GAP_FACTOR = 0.3;
/** A first line set this far (in line heights) right of its column's left edge is an indent. */
const INDENT_FACTOR = 0.5;

const bottom = (b: Box) => b.y + b.h;
const right = (b: Box) => b.x + b.w;
const centreX = (b: Box) => b.x + b.w / 2;
const centreY = (b: Box) => b.y + b.h / 2;
const overlapX = (a: Box, b: Box) => Math.min(right(a), right(b)) - Math.max(a.x, b.x);

/**
 * Specks and stray marks OCR reads as one- or two-character "lines": they must not bridge a gutter
 * or make a band, so cutting ignores them and they go wherever their centre falls.
 */
function isSolid(line: TextLine): boolean {
  return line.text.trim().length > 2 || line.box.w >= 2 * line.box.h;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median height of a page's lines: its body text size, since body lines far outnumber the rest. */
export function medianLineHeight(lines: TextLine[]): number {
  const solid = lines.filter(isSolid);
  return Math.max(1, median((solid.length > 0 ? solid : lines).map((l) => l.box.h)));
}

export function isHeadline(line: TextLine, bodyHeight: number): boolean {
  return isSolid(line) && line.box.h >= HEADLINE_FACTOR * bodyHeight;
}

/**
 * A line box is as tall as its letters reach: a headline line without descenders ("Dinkes
 * Gencarkan") can be only this much taller than body text, and counts when it sits right under
 * or over a headline line.
 */
const HEADLINE_NEIGHBOUR_FACTOR = 1.15;

/** The headline lines of a page: the markedly tall ones, and the less tall ones set tight against them. */
export function headlineLines(lines: TextLine[], bodyHeight = medianLineHeight(lines)): Set<TextLine> {
  const headlines = new Set(lines.filter((l) => isHeadline(l, bodyHeight)));
  const candidates = lines.filter(
    (l) => !headlines.has(l) && isSolid(l) && l.box.h >= HEADLINE_NEIGHBOUR_FACTOR * bodyHeight,
  );
  let grown = true;
  while (grown) {
    grown = false;
    for (const c of candidates) {
      if (headlines.has(c)) continue;
      const touches = [...headlines].some((h) => {
        const gap = Math.max(c.box.y - bottom(h.box), h.box.y - bottom(c.box));
        return gap <= 0.45 * Math.max(c.box.h, h.box.h) && overlapX(c.box, h.box) > 0;
      });
      if (touches) {
        headlines.add(c);
        grown = true;
      }
    }
  }
  return headlines;
}

interface Gap {
  from: number;
  to: number;
}

/** The uncovered stretches between the intervals' overall start and end. */
function gapsBetween(intervals: [number, number][]): Gap[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const gaps: Gap[] = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [start, end] of sorted.slice(1)) {
    if (start > reach) gaps.push({ from: reach, to: start });
    reach = Math.max(reach, end);
  }
  return gaps;
}

const widest = (gaps: Gap[]): Gap | undefined =>
  gaps.reduce<Gap | undefined>((w, g) => (!w || g.to - g.from > w.to - w.from ? g : w), undefined);

/** Lines in reading order: by top, then left, for a block that cannot be cut any further. */
const byPosition = (a: TextLine, b: TextLine) => a.box.y - b.box.y || a.box.x - b.box.x;

function xyCut(lines: TextLine[], bodyHeight: number): TextLine[] {
  if (lines.length <= 1) return lines;
  const solid = lines.filter(isSolid);
  if (solid.length <= 1) return [...lines].sort(byPosition);
  const splitAtY = (y: number) => [
    ...xyCut(
      lines.filter((l) => centreY(l.box) < y),
      bodyHeight,
    ),
    ...xyCut(
      lines.filter((l) => centreY(l.box) >= y),
      bodyHeight,
    ),
  ];
  const band = widest(gapsBetween(solid.map((l) => [l.box.y, bottom(l.box)])));
  if (band && band.to - band.from >= MAJOR_BAND_FACTOR * bodyHeight)
    return splitAtY((band.from + band.to) / 2);
  const gutters = gapsBetween(solid.map((l) => [l.box.x, right(l.box)])).filter(
    (g) => g.to - g.from >= GUTTER_FACTOR * bodyHeight,
  );
  if (gutters.length > 0) {
    const cuts = gutters.map((g) => (g.from + g.to) / 2);
    const columns: TextLine[][] = cuts.map(() => []);
    columns.push([]);
    for (const line of lines) {
      const cx = centreX(line.box);
      const index = cuts.findIndex((c) => cx < c);
      (columns[index < 0 ? cuts.length : index] as TextLine[]).push(line);
    }
    return columns.flatMap((column) => xyCut(column, bodyHeight));
  }
  if (band) return splitAtY((band.from + band.to) / 2);
  // Overlapping boxes (a skewed page) leave no whitespace to cut at.
  return [...lines].sort(byPosition);
}

/**
 * Lines in the order a reader reads them, by recursive XY-cut: a very wide horizontal whitespace
 * band splits a block top from bottom, else gutters split it into columns read left to right, else
 * its widest horizontal band splits it (a headline over columns from them, one line from the next).
 */
export function readingOrder(lines: TextLine[]): TextLine[] {
  return xyCut(lines, medianLineHeight(lines));
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    w: Math.max(...boxes.map(right)) - x,
    h: Math.max(...boxes.map(bottom)) - y,
  };
}

/**
 * Article regions, in reading order. Walking the lines in reading order, a headline starts an
 * article and every line after it belongs to that article until the next headline: a headline
 * over several columns so owns those columns, since XY-cut reads them right after it. Lines before
 * the first headline (an article continued from another page) make a region of their own; a page
 * with no headline is one region.
 */
export function proposeRegions(lines: TextLine[], page: { width: number; height: number }): Box[] {
  const bodyHeight = medianLineHeight(lines);
  const headlines = headlineLines(lines, bodyHeight);
  const articles: TextLine[][] = [];
  let current: TextLine[] | null = null;
  let inTitle = false;
  for (const line of readingOrder(lines)) {
    const headline = headlines.has(line);
    // A headline of several lines is one title, not several articles.
    if (!current || (headline && !inTitle)) {
      current = [];
      articles.push(current);
    }
    current.push(line);
    inTitle = headline;
  }
  const pad = Math.round(0.3 * bodyHeight);
  return articles
    .map((article) => article.filter(isSolid))
    .filter((article) => article.length > 0)
    .map((article) => {
      const b = union(article.map((l) => l.box));
      const x = Math.max(0, b.x - pad);
      const y = Math.max(0, b.y - pad);
      return {
        x,
        y,
        w: Math.min(page.width, right(b) + pad) - x,
        h: Math.min(page.height, bottom(b) + pad) - y,
      };
    });
}

const inside = (box: Box, line: TextLine) => {
  const cx = centreX(line.box);
  const cy = centreY(line.box);
  return cx >= box.x && cx <= right(box) && cy >= box.y && cy <= bottom(box);
};

const HYPHEN_END = /[\p{L}\p{N}][-\u2010\u2011\u00ad¬]$/u;

/**
 * Joins two lines of one paragraph. A word broken at the line end ("pemerin-" + "tah") is joined
 * again; Indonesian reduplication broken at its own hyphen ("anak-" + "anak", "sehari-" + "hari")
 * and a hyphen before a capital or a digit are kept.
 */
export function joinLines(left: string, next: string): string {
  const a = left.trimEnd();
  const b = next.trimStart();
  if (!a) return b;
  if (!b) return a;
  if (!HYPHEN_END.test(a)) return `${a} ${b}`;
  const stem = a.slice(0, -1);
  if (a.endsWith('\u00ad')) return stem + b;
  const fragment = /[\p{L}\p{N}]+$/u.exec(stem)?.[0] ?? '';
  const word = /^[\p{L}\p{N}]+/u.exec(b)?.[0] ?? '';
  const startsLower = /^\p{Ll}/u.test(b);
  if (!startsLower || reduplicates(fragment.toLowerCase(), word.toLowerCase())) return `${stem}-${b}`;
  return stem + b;
}

/** "anak"/"anak", "sehari"/"hari", "sebaik"/"baiknya": the next word repeats the fragment's end. */
function reduplicates(fragment: string, word: string): boolean {
  for (let n = Math.min(fragment.length, word.length); n >= 3; n--) {
    if (word.startsWith(fragment.slice(fragment.length - n))) return true;
  }
  return false;
}

/**
 * A region's text: the lines whose centre lies in the box, in reading order; its title is the
 * headline lines at its top (null without one), its body paragraphs are split where the space
 * between two lines of a column is larger than usual or a line is indented, lines joined with
 * spaces and words broken at line ends joined again.
 */
export function textInRegion(lines: TextLine[], box: Box): { title: string | null; text: string } {
  const bodyHeight = medianLineHeight(lines);
  const headlines = headlineLines(lines, bodyHeight);
  const ordered = readingOrder(lines.filter((l) => inside(box, l)));
  let start = 0;
  while (start < ordered.length && headlines.has(ordered[start] as TextLine)) start++;
  const titleLines = ordered.slice(0, start);
  const body = ordered.slice(start).filter((l) => l.text.trim() !== '');
  const title =
    titleLines.length > 0
      ? titleLines
          .map((l) => l.text)
          .reduce(joinLines)
          .trim()
      : null;

  // The usual step from one line to the next in a column, to tell a paragraph's extra space.
  const steps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = (body[i - 1] as TextLine).box;
    const b = (body[i] as TextLine).box;
    if (b.y > a.y && overlapX(a, b) > 0) steps.push(b.y - a.y);
  }
  const usualStep = median(steps);
  const columnLeft = (line: TextLine) =>
    Math.min(
      ...body
        .filter((other) => overlapX(other.box, line.box) >= 0.5 * Math.min(other.box.w, line.box.w))
        .map((other) => other.box.x),
    );

  const paragraphs: string[] = [];
  let paragraph = '';
  body.forEach((line, i) => {
    const previous = body[i - 1];
    let starts = i === 0;
    if (previous) {
      const a = previous.box;
      const b = line.box;
      if (b.y > a.y && overlapX(a, b) > 0 && usualStep > 0) {
        // Both the tops and the bottoms moved further than usual: not just a line without
        // ascenders or descenders.
        const extra = Math.min(b.y - a.y, bottom(b) - bottom(a)) - usualStep;
        if (extra > PARAGRAPH_GAP_FACTOR * bodyHeight) starts = true;
      }
      const indent = b.x - columnLeft(line);
      if (indent > INDENT_FACTOR * bodyHeight && indent < 6 * bodyHeight) starts = true;
    }
    if (starts && paragraph) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
    paragraph = joinLines(paragraph, line.text.replace(/\s+/g, ' '));
  });
  if (paragraph) paragraphs.push(paragraph);
  return { title, text: paragraphs.join('\n\n') };
}

// The geometry of the region editor, kept apart from the drawing: boxes in the page image's pixels,
// merged, split, clamped to the page and compared. Pure functions, so the editor's state stays a
// plain list of boxes in reading order.
import type { Box } from './clippings.api.ts';

/** A box smaller than this (image pixels) on either side is a slip of the mouse, not a region. */
export const MIN_SIDE = 12;

/** The box spanned by two corners, clamped to the page and rounded to whole pixels. */
export function boxFromCorners(
  a: { x: number; y: number },
  b: { x: number; y: number },
  page: { width: number; height: number },
): Box {
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const x1 = clamp(Math.min(a.x, b.x), page.width);
  const y1 = clamp(Math.min(a.y, b.y), page.height);
  const x2 = clamp(Math.max(a.x, b.x), page.width);
  const y2 = clamp(Math.max(a.y, b.y), page.height);
  return { x: Math.round(x1), y: Math.round(y1), w: Math.round(x2 - x1), h: Math.round(y2 - y1) };
}

/** The handles on a selected region's corners and edges, by compass point. */
export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLES: Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** Where a handle sits on a box. */
export function handlePoint(box: Box, handle: Handle): { x: number; y: number } {
  const x = handle.includes('w') ? box.x : handle.includes('e') ? box.x + box.w : box.x + box.w / 2;
  const y = handle.includes('n') ? box.y : handle.includes('s') ? box.y + box.h : box.y + box.h / 2;
  return { x, y };
}

/**
 * The box with the edges a handle holds moved to `to` and the others where they were, so a side
 * handle moves one edge and a corner two. Dragged past the opposite edge, the box turns over
 * rather than vanishing; it stays inside the page.
 */
export function resizeBox(
  box: Box,
  handle: Handle,
  to: { x: number; y: number },
  page: { width: number; height: number },
): Box {
  let x1 = box.x;
  let y1 = box.y;
  let x2 = box.x + box.w;
  let y2 = box.y + box.h;
  if (handle.includes('w')) x1 = to.x;
  if (handle.includes('e')) x2 = to.x;
  if (handle.includes('n')) y1 = to.y;
  if (handle.includes('s')) y2 = to.y;
  return boxFromCorners({ x: x1, y: y1 }, { x: x2, y: y2 }, page);
}

/** The box moved by (dx, dy) as a whole, stopping at the page's edges. */
export function nudge(box: Box, dx: number, dy: number, page: { width: number; height: number }): Box {
  const x = Math.min(Math.max(box.x + dx, 0), Math.max(0, page.width - box.w));
  const y = Math.min(Math.max(box.y + dy, 0), Math.max(0, page.height - box.h));
  return { ...box, x: Math.round(x), y: Math.round(y) };
}

export function bigEnough(box: Box): boolean {
  return box.w >= MIN_SIDE && box.h >= MIN_SIDE;
}

/** The smallest box holding all the given boxes. */
export function union(boxes: Box[]): Box {
  const x1 = Math.min(...boxes.map((b) => b.x));
  const y1 = Math.min(...boxes.map((b) => b.y));
  const x2 = Math.max(...boxes.map((b) => b.x + b.w));
  const y2 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * Merges the selected regions into their bounding box, placed where the first of them was in the
 * reading order (the article starts where its first part started).
 */
export function mergeAt(regions: Box[], selected: number[]): { regions: Box[]; index: number } {
  const chosen = [...new Set(selected)].filter((i) => i >= 0 && i < regions.length).sort((a, b) => a - b);
  if (chosen.length < 2) return { regions, index: chosen[0] ?? -1 };
  const merged = union(chosen.map((i) => regions[i] as Box));
  const next: Box[] = [];
  regions.forEach((r, i) => {
    if (i === chosen[0]) next.push(merged);
    else if (!chosen.includes(i)) next.push(r);
  });
  return { regions: next, index: chosen[0] as number };
}

export type SplitDirection = 'horizontal' | 'vertical';

/**
 * Splits one region in two at `at` (a y for a horizontal cut, an x for a vertical one; the middle
 * when not given). The upper or left part keeps its place in the reading order, the other follows.
 * A cut too near an edge leaves the region as it was.
 */
export function splitAt(regions: Box[], index: number, direction: SplitDirection, at?: number): Box[] {
  const r = regions[index];
  if (!r) return regions;
  let parts: [Box, Box];
  if (direction === 'horizontal') {
    const cut = Math.round(at ?? r.y + r.h / 2) - r.y;
    if (cut < MIN_SIDE || r.h - cut < MIN_SIDE) return regions;
    parts = [
      { ...r, h: cut },
      { ...r, y: r.y + cut, h: r.h - cut },
    ];
  } else {
    const cut = Math.round(at ?? r.x + r.w / 2) - r.x;
    if (cut < MIN_SIDE || r.w - cut < MIN_SIDE) return regions;
    parts = [
      { ...r, w: cut },
      { ...r, x: r.x + cut, w: r.w - cut },
    ];
  }
  return [...regions.slice(0, index), ...parts, ...regions.slice(index + 1)];
}

/** Moves one region a place earlier (-1) or later (+1) in the reading order. */
export function move(regions: Box[], index: number, by: -1 | 1): Box[] {
  const to = index + by;
  if (index < 0 || index >= regions.length || to < 0 || to >= regions.length) return regions;
  const next = [...regions];
  [next[index], next[to]] = [next[to] as Box, next[index] as Box];
  return next;
}

export function sameBoxes(a: Box[], b: Box[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i] as Box;
      return r.x === o.x && r.y === o.y && r.w === o.w && r.h === o.h;
    })
  );
}

/** Where the editor starts: the confirmed regions, else the ones the layout analysis proposed. */
export function startingRegions(page: {
  confirmed: boolean;
  proposedRegions: Box[];
  regions: { box: Box }[];
}): Box[] {
  if (page.confirmed || page.proposedRegions.length === 0) return page.regions.map((r) => r.box);
  return page.proposedRegions;
}

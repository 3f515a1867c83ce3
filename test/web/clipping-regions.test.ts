// The region editor's geometry (web/src/features/clippings/regions.ts): a drag becomes a box on the
// page whichever way it went, merging keeps the first part's place in the reading order, a split
// cuts at the clicked line, and the editor starts from confirmed regions when there are some.
import { describe, expect, test } from 'vitest';
import {
  bigEnough,
  boxFromCorners,
  handlePoint,
  mergeAt,
  move,
  nudge,
  resizeBox,
  splitAt,
  startingRegions,
} from '../../web/src/features/clippings/regions.ts';

const page = { width: 2000, height: 1400 };
const headline = { x: 60, y: 40, w: 1880, h: 120 };
const leftColumn = { x: 60, y: 180, w: 900, h: 1100 };
const rightColumn = { x: 1040, y: 180, w: 900, h: 1100 };

describe('region geometry', () => {
  test('a drag up and to the left gives the same box, kept inside the page', () => {
    expect(boxFromCorners({ x: 500, y: 400 }, { x: 100.4, y: 100.6 }, page)).toEqual({
      x: 100,
      y: 101,
      w: 400,
      h: 299,
    });
    expect(boxFromCorners({ x: -50, y: 1300 }, { x: 300, y: 1500 }, page)).toEqual({
      x: 0,
      y: 1300,
      w: 300,
      h: 100,
    });
    expect(bigEnough({ x: 0, y: 0, w: 5, h: 300 })).toBe(false);
  });

  test('merging the headline and the right column gives their bounding box in the headline’s place', () => {
    const merged = mergeAt([headline, leftColumn, rightColumn], [2, 0]);
    expect(merged.index).toBe(0);
    expect(merged.regions).toEqual([{ x: 60, y: 40, w: 1880, h: 1240 }, leftColumn]);
  });

  test('a horizontal split at a clicked line keeps the upper part first; a cut at the edge does nothing', () => {
    const parts = splitAt([headline, leftColumn], 1, 'horizontal', 700);
    expect(parts).toEqual([headline, { x: 60, y: 180, w: 900, h: 520 }, { x: 60, y: 700, w: 900, h: 580 }]);
    expect(splitAt([leftColumn], 0, 'vertical')).toEqual([
      { x: 60, y: 180, w: 450, h: 1100 },
      { x: 510, y: 180, w: 450, h: 1100 },
    ]);
    expect(splitAt([leftColumn], 0, 'horizontal', 183)).toEqual([leftColumn]);
  });

  test('a side handle moves its one edge, a corner handle its two; the rest of the region stays', () => {
    expect(resizeBox(leftColumn, 's', { x: 5, y: 1350 }, page)).toEqual({ x: 60, y: 180, w: 900, h: 1170 });
    expect(resizeBox(leftColumn, 'w', { x: 20, y: 0 }, page)).toEqual({ x: 20, y: 180, w: 940, h: 1100 });
    expect(resizeBox(leftColumn, 'ne', { x: 1000, y: 150 }, page)).toEqual({
      x: 60,
      y: 150,
      w: 940,
      h: 1130,
    });
    expect(handlePoint(leftColumn, 'se')).toEqual({ x: 960, y: 1280 });
    expect(handlePoint(leftColumn, 'n')).toEqual({ x: 510, y: 180 });
  });

  test('a handle pulled past the opposite edge turns the region over, and off the page it stops at the edge', () => {
    expect(resizeBox(leftColumn, 'e', { x: 40, y: 0 }, page)).toEqual({ x: 40, y: 180, w: 20, h: 1100 });
    expect(resizeBox(rightColumn, 'se', { x: 2300, y: 1600 }, page)).toEqual({
      x: 1040,
      y: 180,
      w: 960,
      h: 1220,
    });
  });

  test('moved by the arrow keys, a region keeps its size and stays on the page', () => {
    expect(nudge(leftColumn, -17, 0, page)).toEqual({ ...leftColumn, x: 43 });
    expect(nudge(leftColumn, -100, 0, page)).toEqual({ ...leftColumn, x: 0 });
    expect(nudge(rightColumn, 0, 500, page)).toEqual({ ...rightColumn, y: 300 });
  });

  test('reordering swaps neighbours and never moves past the ends', () => {
    expect(move([headline, leftColumn, rightColumn], 2, -1)).toEqual([headline, rightColumn, leftColumn]);
    expect(move([headline, leftColumn], 0, -1)).toEqual([headline, leftColumn]);
  });

  test('the editor starts from the confirmed regions, else from the proposal', () => {
    const confirmedPage = { confirmed: true, proposedRegions: [headline], regions: [{ box: leftColumn }] };
    expect(startingRegions(confirmedPage)).toEqual([leftColumn]);
    const wholePage = { x: 0, y: 0, w: 2000, h: 1400 };
    const fresh = {
      confirmed: false,
      proposedRegions: [leftColumn, rightColumn],
      regions: [{ box: wholePage }],
    };
    expect(startingRegions(fresh)).toEqual([leftColumn, rightColumn]);
  });
});

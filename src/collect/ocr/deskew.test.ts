// The skew and line pitch of a page, measured on a drawn page of "text lines" (dark bars broken into
// words) turned by a known angle.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateLinePitch, estimateSkew } from './deskew.ts';

/** A 1000×1400 page: two columns of word-like bars, 14 px tall every 40 px. */
async function page(degrees: number): Promise<{ data: Uint8Array; width: number; height: number }> {
  const bars: string[] = [];
  for (let y = 100; y < 1300; y += 40) {
    for (const left of [80, 540]) {
      for (let x = left; x < left + 380; x += 70)
        bars.push(`<rect x="${x}" y="${y}" width="55" height="14"/>`);
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1400"><rect width="1000" height="1400" fill="#fff"/><g fill="#111">${bars.join('')}</g></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .rotate(degrees, { background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('estimateSkew', () => {
  it.each([0, 2.5, -4])('finds a page turned by %s° within 0.2°', async (degrees) => {
    const p = await page(degrees);
    expect(Math.abs(estimateSkew(p.data, p.width, p.height) - degrees)).toBeLessThanOrEqual(0.2);
  });

  it('finds nothing to straighten on a blank page', () => {
    expect(estimateSkew(new Uint8Array(200 * 200).fill(255), 200, 200)).toBe(0);
  });
});

describe('estimateLinePitch', () => {
  it('measures the distance from one line to the next, on a straight and on a turned page', async () => {
    const straight = await page(0);
    expect(estimateLinePitch(straight.data, straight.width, straight.height)).toBeCloseTo(40, 0);
    const turned = await page(3);
    expect(estimateLinePitch(turned.data, turned.width, turned.height, 3)).toBeCloseTo(40, 0);
  });

  it('finds no pitch on a blank page', () => {
    expect(estimateLinePitch(new Uint8Array(200 * 200).fill(255), 200, 200)).toBeNull();
  });
});

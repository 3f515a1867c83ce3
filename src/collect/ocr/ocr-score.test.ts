// The OCR tests' judge judged: it must pass a page read right and fail one read across columns,
// or an engine failure would go unseen.
import { describe, expect, it } from 'vitest';
import type { NewsArticle } from '../../../fixtures/newspaper/articles.ts';
import { scorePage } from './ocr-score.ts';
import type { ReadPage, TextLine } from './types.ts';

const ARTICLE: NewsArticle = {
  headline: 'Wali Kota Resmikan Pasar Rakyat Cibening',
  paragraphs: [
    'SUKAMAJU - Wali Kota Sukamaju meresmikan gedung baru Pasar Rakyat Cibening. Pasar dua lantai itu menampung 312 kios dan 140 los bagi pedagang sayur, daging dan ikan.',
    'Pedagang lama mendapat prioritas menempati kios tanpa biaya sewa selama enam bulan pertama.',
  ],
};

/** Words wrapped at about 40 characters, as a newspaper column. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length > 40) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One column: the headline (tall), then the given body lines, a blank line between paragraphs. */
function page(headline: string, body: string[][]): ReadPage {
  const lines: TextLine[] = [{ text: headline, box: { x: 100, y: 100, w: 900, h: 80 }, confidence: 90 }];
  let y = 220;
  for (const paragraph of body) {
    for (const text of paragraph) {
      lines.push({ text, box: { x: 100, y, w: 700, h: 37 }, confidence: 90 });
      y += 50;
    }
    y += 30;
  }
  return {
    pageNo: 1,
    width: 1200,
    height: y + 100,
    image: new Uint8Array(),
    lines,
    method: 'ocr',
    regions: [{ x: 90, y: 90, w: 1000, h: y }],
  };
}

describe('scorePage', () => {
  it('passes a page read right', () => {
    const score = scorePage(page(ARTICLE.headline, ARTICLE.paragraphs.map(wrap)), [ARTICLE]);
    expect(score.problems).toEqual([]);
    expect(score.cer).toBe(0);
    expect(score.readingOrderCorrect).toBe(true);
    expect(score.regionsCorrect).toBe(true);
  });

  it('tolerates a few misread characters', () => {
    const misread = ARTICLE.paragraphs.map((p) => wrap(p.replace(/l/g, '1')));
    const score = scorePage(page(ARTICLE.headline, misread), [ARTICLE]);
    expect(score.readingOrderCorrect).toBe(true);
    expect(score.cer).toBeGreaterThan(0);
    expect(score.cer).toBeLessThan(0.08);
  });

  it('fails a paragraph read with the lines of two columns across', () => {
    // The first paragraph's lines as two columns read across: 1, 3, 2, 4 — what OCR does when it
    // takes a row of two columns for one line.
    const [a, b, c, d, ...rest] = wrap(ARTICLE.paragraphs[0] as string);
    const across = [a, c, b, d, ...rest] as string[];
    const score = scorePage(page(ARTICLE.headline, [across, wrap(ARTICLE.paragraphs[1] as string)]), [
      ARTICLE,
    ]);
    expect(score.readingOrderCorrect).toBe(false);
  });

  it('fails paragraphs in the wrong order', () => {
    const swapped = [wrap(ARTICLE.paragraphs[1] as string), wrap(ARTICLE.paragraphs[0] as string)];
    const score = scorePage(page(ARTICLE.headline, swapped), [ARTICLE]);
    expect(score.readingOrderCorrect).toBe(false);
    expect(score.cer).toBeGreaterThan(0.3);
  });

  it('fails an article without a region titled with its headline', () => {
    const read = page(ARTICLE.headline, ARTICLE.paragraphs.map(wrap));
    const score = scorePage({ ...read, regions: [] }, [ARTICLE]);
    expect(score.regionsCorrect).toBe(false);
    expect(score.cer).toBe(1);
  });
});

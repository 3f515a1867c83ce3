// Lines from OCR's words: a line OCR ran on across a gutter is cut back into its two columns; a wide
// word space of justified text is not a gutter.
import { describe, expect, it } from 'vitest';
import { splitAtGutters, type Word } from './ocr-lines.ts';

/** Words of one line at height `y`, each given as [text, x0, x1]. */
const wordsAt = (y: number, words: [string, number, number][]): Word[] =>
  words.map(([text, x0, x1]) => ({ text, confidence: 90, bbox: { x0, y0: y, x1, y1: y + 38 } }));

describe('splitAtGutters', () => {
  it('cuts lines run across a 70 px gutter into one line per column', () => {
    const lines = [
      wordsAt(400, [
        ['Hujan', 130, 260],
        ['deras', 280, 400],
        ['mengguyur', 420, 1200],
        ['Badan', 1325, 1480],
        ['Bencana', 1500, 2340],
      ]),
      wordsAt(450, [
        ['selama', 130, 300],
        ['enam', 320, 1200],
        ['warga,', 1276, 1500],
        ['sebagian', 1520, 2340],
      ]),
      wordsAt(500, [
        ['Sungai', 130, 300],
        ['Cikaret', 320, 1200],
        ['baguna', 1276, 1500],
        ['kecamatan.', 1520, 2340],
      ]),
    ];
    expect(splitAtGutters(lines).map((l) => l.text)).toEqual([
      'Hujan deras mengguyur',
      'Badan Bencana',
      'selama enam',
      'warga, sebagian',
      'Sungai Cikaret',
      'baguna kecamatan.',
    ]);
    expect(splitAtGutters(lines)[1]?.box).toEqual({ x: 1325, y: 400, w: 1015, h: 38 });
  });

  it('keeps a justified line with a word space wider than the line height whole', () => {
    const lines = [
      wordsAt(400, [
        ['guyur', 130, 300],
        ['Kota', 320, 450],
        ['Sukamaju', 470, 820],
      ]),
      wordsAt(450, [
        ['pada', 130, 250],
        ['Selasa', 320, 500],
        ['malam', 570, 820],
      ]),
      wordsAt(500, [
        ['membuat', 130, 420],
        ['Sungai', 440, 600],
        ['Cikaret', 620, 820],
      ]),
    ];
    expect(splitAtGutters(lines).map((l) => l.text)).toEqual([
      'guyur Kota Sukamaju',
      'pada Selasa malam',
      'membuat Sungai Cikaret',
    ]);
  });
});

// What reading a clipping file (a scan, a phone photo, a PDF) yields: per page the normalised image
// kept as evidence, every text line with its box, and the article regions Pantau proposes.

import type { Box } from '../../domain/clipping.ts';

/** A rectangle in page pixels (those of the page's `image`). */
export type { Box };

export interface TextLine {
  text: string;
  box: Box;
  /** 0..100; lines from a PDF's text layer are 100. */
  confidence: number;
}

export interface ReadPage {
  /** 1-based page within the file. */
  pageNo: number;
  /** Pixels of `image`; every box is in these pixels. */
  width: number;
  height: number;
  /** The normalised page as JPEG (greyscale), shown beside the text; long side <= 3508 px. */
  image: Uint8Array;
  /** Every text line, in any order. */
  lines: TextLine[];
  method: 'ocr' | 'text-layer';
  /** Proposed article regions, in reading order. */
  regions: Box[];
}

export interface ReadFile {
  pages: ReadPage[];
}

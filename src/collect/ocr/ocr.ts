// Indonesian OCR with tesseract.js: one worker per process, reused for every page it reads, with
// the language data from the @tesseract.js-data/ind package on disk — nothing is downloaded.
import { createRequire } from 'node:module';
import path from 'node:path';
import tesseract from 'tesseract.js';
import { splitAtGutters, type Word } from './ocr-lines.ts';
import type { TextLine } from './types.ts';

/**
 * The LSTM-only "best_int" model: on our 300-dpi test pages it read exactly what the 4.0.0 data
 * (the same network plus the legacy engine, which LSTM_ONLY never uses) read, at the same speed,
 * from a third of the bytes to load.
 */
export const LANG_PATH = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/ind')),
  '4.0.0_best_int',
);

let worker: Promise<tesseract.Worker> | null = null;

function startWorker(): Promise<tesseract.Worker> {
  return tesseract
    .createWorker('ind', tesseract.OEM.LSTM_ONLY, {
      langPath: LANG_PATH,
      gzip: true,
      // A local langPath is read from disk; 'none' also keeps the worker from writing a cache copy.
      cacheMethod: 'none',
    })
    .then(async (w) => {
      await w.setParameters({
        // Automatic page segmentation finds the columns; OSD (mode 1) needs data we do not ship.
        tessedit_pageseg_mode: tesseract.PSM.AUTO,
        // Our images carry no resolution; they are scaled to about 300 dpi (image.ts, pdf.ts).
        user_defined_dpi: '300',
      });
      return w;
    });
}

function ocrWorker(): Promise<tesseract.Worker> {
  if (!worker) {
    worker = startWorker();
    // A worker that failed to start is started afresh by the next page.
    worker.catch(() => {
      worker = null;
    });
  }
  return worker;
}

/** Every text line OCR finds on a page image (PGM, PNG or JPEG), with its box in the image's pixels. */
export async function recognizeLines(image: Buffer): Promise<TextLine[]> {
  const w = await ocrWorker();
  const { data } = await w.recognize(image, {}, { text: false, blocks: true });
  const lines: Word[][] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words.filter((word) => word.text.trim() !== '');
        if (words.length > 0) lines.push(words);
      }
    }
  }
  return splitAtGutters(lines);
}

/** Ends this process's OCR worker (inline reading, tests); the next page starts a new one. */
export async function closeOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w.catch(() => null))?.terminate();
}

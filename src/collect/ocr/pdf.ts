// Pages of a PDF: an e-paper page's own text layer is read directly (exact text, no OCR); a scanned
// page is rendered at 300 dpi and handed to OCR. Every page is rendered for the display image.
// pdf.js runs in this process without a worker thread and without eval; fonts come from the package.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PantauError } from '../../domain/errors.ts';
import { corruptFile, type GreyPixels, imageTooLarge, MAX_IMAGE_PIXELS, MAX_LONG_SIDE } from './image.ts';
import { MAX_FILE_PAGES, tooManyPages } from './page-limit.ts';
import type { TextLine } from './types.ts';

const OCR_DPI = 300;
const DISPLAY_DPI = 150;
/** Fewer characters than this on a page is a scan with a stamp or a page number, not an e-paper page. */
const MIN_TEXT_LAYER_CHARS = 200;

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dirUrl = (name: string) => `${path.join(PDFJS_DIR, name)}/`;

export interface PdfPage {
  pageNo: number;
  /** Lines of the text layer in the pixels of `display()`, or null when the page must be OCR'd. */
  lines: TextLine[] | null;
  /** The page rendered for display (150 dpi, long side at most MAX_LONG_SIDE), greyscale. */
  display(): Promise<GreyPixels>;
  /** The page rendered at 300 dpi for OCR, greyscale. */
  render(): Promise<GreyPixels>;
}

function encrypted(): PantauError {
  return new PantauError(
    'pdf_encrypted',
    'PDF dilindungi kata sandi — buka kuncinya lalu unggah lagi — password-protected PDF',
  );
}

async function open(bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  try {
    return await pdfjs.getDocument({
      // pdf.js takes over the buffer it is given: a copy leaves the caller's bytes intact.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      standardFontDataUrl: dirUrl('standard_fonts'),
      cMapUrl: dirUrl('cmaps'),
      cMapPacked: true,
      wasmUrl: dirUrl('wasm'),
      iccUrl: dirUrl('iccs'),
      verbosity: 0,
    }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException') throw encrypted();
    throw corruptFile((e as Error).message);
  }
}

/** Renders a page at `dpi` to greyscale pixels; a page box too large to render is refused. */
async function renderPage(
  doc: pdfjs.PDFDocumentProxy,
  page: pdfjs.PDFPageProxy,
  scale: number,
): Promise<GreyPixels> {
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const factory = doc.canvasFactory as CanvasFactory;
  const { canvas, context } = factory.create(width, height);
  try {
    await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<
      pdfjs.PDFPageProxy['render']
    >[0]).promise;
    const rgba = context.getImageData(0, 0, width, height).data;
    const grey = Buffer.alloc(width * height);
    for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
      // Rec. 601 luma; pdf.js paints the page on white, so alpha is always opaque.
      grey[j] =
        ((rgba[i] as number) * 299 + (rgba[i + 1] as number) * 587 + (rgba[i + 2] as number) * 114) / 1000;
    }
    return { data: grey, width, height };
  } finally {
    factory.destroy({ canvas, context });
  }
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasContext };
  destroy(pair: { canvas: unknown; context: CanvasContext }): void;
}
interface CanvasContext {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

interface Fragment {
  text: string;
  x: number;
  right: number;
  baseline: number;
  size: number;
}

/**
 * The text layer as lines in display pixels: text runs on one baseline joined while the space
 * between them is a word space, not a gutter.
 */
export function linesFromFragments(fragments: Fragment[]): TextLine[] {
  const rows: Fragment[][] = [];
  for (const f of [...fragments].sort((a, b) => a.x - b.x)) {
    let best: Fragment[] | null = null;
    let bestDrift = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      const last = row[row.length - 1] as Fragment;
      const size = Math.min(last.size, f.size);
      const drift = Math.abs(last.baseline - f.baseline);
      const gap = f.x - last.right;
      if (drift <= 0.35 * size && gap >= -0.3 * size && gap <= 0.9 * size && drift < bestDrift) {
        best = row;
        bestDrift = drift;
      }
    }
    if (best) best.push(f);
    else rows.push([f]);
  }
  return rows
    .map((row) => {
      let text = '';
      row.forEach((f, i) => {
        const previous = row[i - 1];
        const spaced = previous && f.x - previous.right > 0.15 * Math.min(previous.size, f.size);
        text += spaced && !/\s$/.test(text) && !/^\s/.test(f.text) ? ` ${f.text}` : f.text;
      });
      const size = Math.max(...row.map((f) => f.size));
      const baseline = Math.max(...row.map((f) => f.baseline));
      const x = Math.min(...row.map((f) => f.x));
      const right = Math.max(...row.map((f) => f.right));
      return {
        text: text.replace(/\s+/g, ' ').trim(),
        box: {
          x: Math.round(x),
          y: Math.round(baseline - 0.8 * size),
          w: Math.round(right - x),
          h: Math.round(size),
        },
        confidence: 100,
      };
    })
    .filter((l) => l.text !== '');
}

async function textLayer(page: pdfjs.PDFPageProxy, displayScale: number): Promise<TextLine[] | null> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: displayScale });
  const fragments: Fragment[] = [];
  let chars = 0;
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    chars += item.str.replace(/\s/g, '').length;
    const t = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(t[2] as number, t[3] as number);
    if (!(size > 0)) continue;
    const x = t[4] as number;
    fragments.push({
      text: item.str,
      x,
      right: x + item.width * displayScale,
      baseline: t[5] as number,
      size,
    });
  }
  if (chars < MIN_TEXT_LAYER_CHARS) return null;
  return linesFromFragments(fragments);
}

/**
 * Reads a PDF's pages one after the other (`onPage` is awaited before the next page is rendered,
 * so only one page's pixels are held at a time).
 */
export async function readPdf(
  bytes: Uint8Array,
  onPage: (page: PdfPage) => Promise<void>,
  onPageCount?: (count: number) => void,
): Promise<void> {
  const doc = await open(bytes);
  try {
    if (doc.numPages === 0) throw corruptFile('PDF tanpa halaman — no pages');
    if (doc.numPages > MAX_FILE_PAGES) throw tooManyPages('PDF', doc.numPages);
    onPageCount?.(doc.numPages);
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      let page: pdfjs.PDFPageProxy;
      try {
        page = await doc.getPage(pageNo);
      } catch (e) {
        throw corruptFile(`halaman ${pageNo}: ${(e as Error).message}`);
      }
      const failed = (e: unknown) =>
        e instanceof PantauError ? e : corruptFile(`halaman ${pageNo}: ${(e as Error).message}`);
      try {
        const base = page.getViewport({ scale: 1 });
        const ocrScale = OCR_DPI / 72;
        // A huge page box is a PDF bomb: refused at OCR resolution for every page, so a page is
        // accepted or refused whatever its text layer holds.
        if (base.width * base.height * ocrScale ** 2 > MAX_IMAGE_PIXELS)
          throw imageTooLarge(Math.ceil(base.width * ocrScale), Math.ceil(base.height * ocrScale));
        const displayScale = Math.min(DISPLAY_DPI / 72, MAX_LONG_SIDE / Math.max(base.width, base.height));
        const lines = await textLayer(page, displayScale).catch((e) => {
          throw failed(e);
        });
        const rendered = (scale: number) => () =>
          renderPage(doc, page, scale).catch((e) => {
            throw failed(e);
          });
        await onPage({ pageNo, lines, display: rendered(displayScale), render: rendered(ocrScale) });
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await doc.destroy();
  }
}

// Reads one clipping file — a scan (a multi-page TIFF too), a phone photo or a PDF — into pages of text lines with their
// page images and proposed article regions. Runs inside the clipping reader's sandbox process
// (src/kernel/sandbox/clipping-reader.ts), or inline for tests and one-shot commands.
import {
  displayJpeg,
  imagePageCount,
  prepareImage,
  preparePixels,
  sniffImageFormat,
  unsupportedFormat,
} from './image.ts';
import { proposeRegions } from './layout.ts';
import { recognizeLines } from './ocr.ts';
import { MAX_FILE_PAGES, tooManyPages } from './page-limit.ts';
import { readPdf } from './pdf.ts';
import type { ReadFile, ReadPage, TextLine } from './types.ts';

const isPdf = (bytes: Uint8Array) =>
  // The header may follow a little junk; readers accept it within the first KB.
  Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

/** OCR's lines moved from the OCR image's pixels into the display image's. */
function scaled(lines: TextLine[], factor: number, page: { width: number; height: number }): TextLine[] {
  if (factor === 1) return lines;
  return lines.map((l) => {
    // Rounded, a box may not reach past the page's last pixel.
    const x = Math.min(page.width, Math.round(l.box.x * factor));
    const y = Math.min(page.height, Math.round(l.box.y * factor));
    return {
      ...l,
      box: {
        x,
        y,
        w: Math.min(page.width - x, Math.round(l.box.w * factor)),
        h: Math.min(page.height - y, Math.round(l.box.h * factor)),
      },
    };
  });
}

function page(fields: Omit<ReadPage, 'regions'>): ReadPage {
  return { ...fields, regions: proposeRegions(fields.lines, fields) };
}

/** OCR of a page already decoded to greyscale (a photo, a scan, a rendered PDF page). */
async function ocrPage(
  pageNo: number,
  prepared: Awaited<ReturnType<typeof prepareImage>>,
): Promise<ReadPage> {
  const lines = await recognizeLines(prepared.pgm);
  return page({
    pageNo,
    width: prepared.width,
    height: prepared.height,
    image: prepared.jpeg,
    lines: scaled(lines, prepared.width / prepared.ocrWidth, prepared),
    method: 'ocr',
  });
}

export interface ReadOptions {
  /** Told how many pages the file has as soon as that is known (the sandbox extends its time limit). */
  onPageCount?(count: number): void;
}

/**
 * Reads a clipping file. The format is taken from the bytes, not from `fileName` (a .docx renamed
 * .jpg is still refused); bad input throws PantauError (unsupported_format, image_too_large,
 * corrupt_file, pdf_encrypted, too_many_pages).
 */
export async function readClippingFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadFile> {
  if (isPdf(bytes)) {
    const pages: ReadPage[] = [];
    await readPdf(
      bytes,
      async (pdfPage) => {
        if (pdfPage.lines) {
          const display = await displayJpeg(await pdfPage.display());
          pages.push(
            page({
              pageNo: pdfPage.pageNo,
              width: display.width,
              height: display.height,
              image: display.jpeg,
              lines: pdfPage.lines,
              method: 'text-layer',
            }),
          );
          return;
        }
        pages.push(await ocrPage(pdfPage.pageNo, await preparePixels(await pdfPage.render())));
      },
      options.onPageCount,
    );
    return { pages };
  }
  if (!sniffImageFormat(bytes)) throw unsupportedFormat(bytes, fileName);
  const count = await imagePageCount(bytes);
  if (count > MAX_FILE_PAGES) throw tooManyPages('TIFF', count);
  if (count > 1) options.onPageCount?.(count);
  const pages: ReadPage[] = [];
  // One page after the other, so only one page's pixels are held at a time.
  for (let i = 0; i < count; i++) pages.push(await ocrPage(i + 1, await prepareImage(bytes, i)));
  return { pages };
}

// A scanned or photographed page made ready for OCR and for showing: format checked from the bytes,
// size refused before decoding, turned upright (EXIF), greyscale, straightened, scaled so its text
// is about 300 dpi, contrast stretched. The display image is the same page, at most A4 at 300 dpi,
// so OCR's line boxes are scaled by width / ocrWidth to fit it.
import sharp, { type Metadata } from 'sharp';
import { PantauError } from '../../domain/errors.ts';
import { estimateLinePitch, estimateSkew } from './deskew.ts';

/** A 60-megapixel photo is already more than any phone gives; more is a bomb or a mistake. */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** The display image's long side: A4 at 300 dpi. */
export const MAX_LONG_SIDE = 3508;
/**
 * OCR reads at most this many pixels (A4 at 300 dpi is 8.7 million; a broadsheet page 30): the
 * OCR engine's memory grows with the image and stays grown.
 */
export const MAX_OCR_PIXELS = 32_000_000;
/** Narrower than this, a page is a small or low-resolution scan: upscaled for OCR. */
const MIN_WIDTH = 1600;
const UPSCALED_WIDTH = 2000;
const SKEW_SAMPLE_WIDTH = 1000;
/** Straightening costs a resample; below this angle OCR reads the lines as well without it. */
const MIN_SKEW_DEGREES = 0.3;

export type ImageFormat = 'jpeg' | 'png' | 'tiff' | 'webp';

export interface PreparedImage {
  /**
   * Greyscale PGM for OCR: a header and the raw pixels, which the OCR engine reads at no cost (a
   * PNG cost 1–2 s of decoding in its WebAssembly per A4 page).
   */
  pgm: Buffer;
  ocrWidth: number;
  ocrHeight: number;
  /** The same page as JPEG, kept as evidence and shown beside the text; `width`×`height` pixels. */
  jpeg: Buffer;
  width: number;
  height: number;
  /** Degrees the page was turned back by (0 when it was straight). */
  deskewed: number;
}

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** The image format the bytes are in, whatever the file is called; null for anything else. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  return null;
}

/** What a file that is not an image seems to be, to say so in the error. */
export function describeFormat(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'PDF';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'ZIP/DOCX/XLSX';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'GIF';
  if (startsWith(bytes, [0x42, 0x4d])) return 'BMP';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'DOC/XLS';
  if (bytes.length >= 12 && startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'HEIC/MP4';
  return 'tidak dikenal — unknown';
}

export function unsupportedFormat(bytes: Uint8Array, fileName?: string): PantauError {
  const what = fileName ? `${fileName}: ${describeFormat(bytes)}` : describeFormat(bytes);
  return new PantauError(
    'unsupported_format',
    `Format berkas tidak didukung (${what}); gunakan JPG, PNG, TIFF, WebP atau PDF — unsupported format`,
  );
}

export function imageTooLarge(width: number, height: number): PantauError {
  const mp = Math.round((width * height) / 1e6);
  return new PantauError(
    'image_too_large',
    `Gambar terlalu besar (${width}×${height}, ${mp} megapiksel; paling banyak ${MAX_IMAGE_PIXELS / 1e6}) — image too large`,
  );
}

export function corruptFile(detail: string): PantauError {
  // libvips reports one line per marker it tripped over: the first says enough.
  const first = detail.split('\n')[0]?.trim() || 'tidak terbaca — unreadable';
  return new PantauError('corrupt_file', `Berkas rusak atau tidak lengkap (${first}) — corrupt file`);
}

/** How many pages an image holds: a scanner's TIFF may hold a whole batch, other formats one. */
export async function imagePageCount(bytes: Uint8Array): Promise<number> {
  if (sniffImageFormat(bytes) !== 'tiff') return 1;
  try {
    return (await sharp(bytes, { limitInputPixels: false }).metadata()).pages ?? 1;
  } catch (e) {
    throw corruptFile((e as Error).message);
  }
}

/** Reads an image page's size from its header only, refusing what is too large to decode. */
async function checkedSize(bytes: Uint8Array, page: number): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, page }).metadata();
  } catch (e) {
    throw corruptFile((e as Error).message);
  }
  const { width, height } = meta;
  if (!width || !height) throw corruptFile('ukuran tidak terbaca — no size');
  if (width * height > MAX_IMAGE_PIXELS) throw imageTooLarge(width, height);
  return { width, height };
}

/** The scale at which an image's text is about 300 dpi-like and OCR's memory stays bounded. */
function ocrScaleFor(width: number, height: number): number {
  const cap = Math.sqrt(MAX_OCR_PIXELS / (width * height));
  if (width < MIN_WIDTH) return Math.min(UPSCALED_WIDTH / width, cap);
  return Math.min(1, cap);
}

/**
 * Turns upright, greyscale, straightens and scales an image — its `page` (from 0) when it holds
 * several; throws PantauError for bad input.
 */
export async function prepareImage(bytes: Uint8Array, page = 0): Promise<PreparedImage> {
  if (!sniffImageFormat(bytes)) throw unsupportedFormat(bytes);
  const size = await checkedSize(bytes, page);
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true, failOn: 'error', page } as const;
  try {
    // EXIF orientation may swap the sides: the scale is taken from the upright image.
    const upright = await sharp(bytes, options).metadata();
    const swapped = (upright.orientation ?? 1) >= 5;
    const width = swapped ? size.height : size.width;
    const height = swapped ? size.width : size.height;
    const scale = ocrScaleFor(width, height);
    const grey = await sharp(bytes, options)
      .flatten({ background: '#ffffff' })
      .greyscale()
      .resize(Math.round(width * scale), Math.round(height * scale), { fit: 'fill', kernel: 'lanczos3' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return await preparePixels({ data: grey.data, width: grey.info.width, height: grey.info.height });
  } catch (e) {
    if (e instanceof PantauError) throw e;
    throw corruptFile((e as Error).message);
  }
}

export interface GreyPixels {
  data: Buffer;
  width: number;
  height: number;
}

const fromGrey = (p: GreyPixels) => sharp(p.data, { raw: { width: p.width, height: p.height, channels: 1 } });

/**
 * A greyscale page (a decoded image, a rendered PDF page) straightened and contrast stretched, then
 * encoded twice: JPEG at most MAX_LONG_SIDE for display, and PGM for OCR scaled so the body text's
 * line pitch is about OCR_LINE_PITCH pixels.
 */
export async function preparePixels(page: GreyPixels): Promise<PreparedImage> {
  const { skew, pitch } = await measure(page);
  const deskewed = Math.abs(skew) >= MIN_SKEW_DEGREES ? skew : 0;
  let straight = page;
  if (deskewed !== 0) {
    // Turned, the page grows by its corners (white, like paper).
    const turned = await fromGrey(page)
      .rotate(-deskewed, { background: '#ffffff' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    straight = { data: turned.data, width: turned.info.width, height: turned.info.height };
  }
  const normalised = await fromGrey(straight)
    .normalise()
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ready = { data: normalised.data, width: normalised.info.width, height: normalised.info.height };
  const display = await displayJpeg(ready);
  const ocr = await scaledForOcr(ready, pitch);
  return {
    pgm: Buffer.concat([Buffer.from(`P5\n${ocr.width} ${ocr.height}\n255\n`, 'latin1'), ocr.data]),
    ocrWidth: ocr.width,
    ocrHeight: ocr.height,
    jpeg: display.jpeg,
    width: display.width,
    height: display.height,
    deskewed,
  };
}

/**
 * OCR's time grows with the pixels of each text line; its accuracy holds down to a line pitch of
 * about 30 px (body text of 300-dpi pages read with no more errors at 2/3 scale, and a third less
 * time). Pages with larger text are shrunk to this pitch, pages with smaller text enlarged.
 */
const OCR_LINE_PITCH = 38;
const MIN_OCR_SCALE = 0.5;
const MAX_OCR_SCALE = 2;

async function scaledForOcr(page: GreyPixels, pitch: number | null): Promise<GreyPixels> {
  if (pitch === null) return page;
  let scale = Math.min(MAX_OCR_SCALE, Math.max(MIN_OCR_SCALE, OCR_LINE_PITCH / pitch));
  scale = Math.min(scale, Math.sqrt(MAX_OCR_PIXELS / (page.width * page.height)));
  // Within 10 % a resample would cost more than it saves.
  if (Math.abs(scale - 1) < 0.1) return page;
  const width = Math.round(page.width * scale);
  const height = Math.round(page.height * scale);
  const resized = await fromGrey(page)
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: resized.data, width: resized.info.width, height: resized.info.height };
}

/** The page as shown: JPEG, long side at most MAX_LONG_SIDE. */
export async function displayJpeg(
  page: GreyPixels,
): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const shrink = Math.min(1, MAX_LONG_SIDE / Math.max(page.width, page.height));
  const width = Math.max(1, Math.round(page.width * shrink));
  const height = Math.max(1, Math.round(page.height * shrink));
  let image = fromGrey(page);
  if (shrink < 1) image = image.resize(width, height, { fit: 'fill' });
  const jpeg = await image.greyscale().jpeg({ quality: 80 }).toBuffer();
  return { jpeg, width, height };
}

/**
 * Skew and line pitch (in the page's pixels) measured on a small copy: the same answers, a hundred
 * times cheaper.
 */
async function measure(page: GreyPixels): Promise<{ skew: number; pitch: number | null }> {
  const sample = await fromGrey(page)
    .resize(Math.min(SKEW_SAMPLE_WIDTH, page.width))
    // A one-band raw input comes out of a resize as three bands unless told otherwise.
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = sample.info;
  const skew = estimateSkew(sample.data, width, height);
  const pitch = estimateLinePitch(sample.data, width, height, skew);
  return { skew, pitch: pitch === null ? null : (pitch * page.width) / width };
}

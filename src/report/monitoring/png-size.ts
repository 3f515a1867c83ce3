// The pixel size of a PNG, read from its header: Word needs an image's size to place it, and the
// logo must keep its proportions however the office drew it.
import { PantauError } from '../../domain/errors.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const isPng = png.length >= 24 && SIGNATURE.every((b, i) => png[i] === b);
  if (!isPng) throw new PantauError('validation', 'Logo bukan berkas PNG — the logo is not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The IHDR chunk always comes first: width and height right after its type.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

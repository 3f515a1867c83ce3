// Files an office uploads by mistake or an attacker on purpose, each with the error the clipping
// reader must give it — and give it alone: the next good file still reads.
import { deflateSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { seededRandom } from '../../fixtures/newspaper/degrade.ts';
import { hugePagePdf, manyPagesPdf, passwordPdf } from './pdf-bytes.ts';

export interface HostileClipping {
  label: string;
  fileName: string;
  bytes: Uint8Array;
  /** The PantauError code the reader must answer with. */
  code: string;
}

/** The password of the encrypted clipping, for the check that it is a real encrypted PDF. */
export const CLIPPING_PASSWORD = 'sukamaju2026';

/** A JPEG that starts like one (SOI, JFIF header) and then is noise: no frame header, no scan. */
async function corruptJpeg(): Promise<Uint8Array> {
  const real = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const random = seededRandom(7);
  const noise = Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 256)));
  return Buffer.concat([real.subarray(0, 20), noise]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid PNG header claiming 20000×10000 greyscale pixels (200 megapixels, 200 MB decoded) in a
 * file of a few hundred bytes: the decompression bomb of images. Its data is a few empty rows.
 */
export function hugePng(width = 20_000, height = 10_000): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((width + 1) * 4)); // filter byte + zeros, 4 rows
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A TIFF holding more pages than any day's newspaper, each a few pixels. */
async function manyPagesTiff(pages: number): Promise<Uint8Array> {
  const blank = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  return sharp(
    Array.from({ length: pages }, () => blank),
    { join: { animated: true } },
  )
    .tiff()
    .toBuffer();
}

/** A real Word document, renamed as if it were a photo. */
async function docxAsJpeg(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: [new Paragraph('Siaran pers Pemerintah Kota Sukamaju, 14 Oktober 2026.')] }],
  });
  return Packer.toBuffer(doc);
}

export async function hostileClippings(): Promise<HostileClipping[]> {
  return [
    {
      label: 'corrupt JPEG',
      fileName: 'kliping-rusak.jpg',
      bytes: await corruptJpeg(),
      code: 'corrupt_file',
    },
    {
      label: '200-megapixel PNG header',
      fileName: 'pindaian-besar.png',
      bytes: hugePng(),
      code: 'image_too_large',
    },
    {
      label: 'PDF with a 200-inch page',
      fileName: 'epaper-raksasa.pdf',
      bytes: hugePagePdf(),
      code: 'image_too_large',
    },
    {
      label: 'PDF of 500 pages',
      fileName: 'epaper-500-halaman.pdf',
      bytes: manyPagesPdf(500),
      code: 'too_many_pages',
    },
    {
      label: 'TIFF of 300 pages',
      fileName: 'pindaian-300-halaman.tif',
      bytes: await manyPagesTiff(300),
      code: 'too_many_pages',
    },
    {
      label: 'password-protected PDF',
      fileName: 'epaper-terkunci.pdf',
      bytes: passwordPdf(CLIPPING_PASSWORD, 'pemilik-rahasia', 'Kliping Harian Sukamaju'),
      code: 'pdf_encrypted',
    },
    {
      label: '.docx renamed .jpg',
      fileName: 'kliping.jpg',
      bytes: await docxAsJpeg(),
      code: 'unsupported_format',
    },
  ];
}

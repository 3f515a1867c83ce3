// Minimal PDF files written byte by byte, for the shapes no PDF library here makes: a page box of
// 200 inches, hundreds of pages, and a password (no encrypting tool is installed; the standard
// security handler, revision 2 with 40-bit RC4, is a few lines of MD5 and RC4).
import { createHash } from 'node:crypto';

/** Object bodies numbered from 1; the file's header, cross-reference table and trailer around them. */
export function writePdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function stream(content: Buffer | string, dict = ''): Buffer {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([
    Buffer.from(`<< /Length ${bytes.length} ${dict} >>\nstream\n`, 'latin1'),
    bytes,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>';

/** One page of `width`×`height` points saying `text` in 12-pt Times. */
function textPage(parent: number, contents: number, font: number, width: number, height: number): string {
  return `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`;
}

function showText(text: string, y = 720): string {
  return `BT /F1 12 Tf 72 ${y} Td (${text}) Tj ET`;
}

/**
 * A PDF bomb by size: one page of 14,400×14,400 pt (200×200 in, the largest the format allows) —
 * 3.6 gigapixels at 300 dpi — with a line of text, so a reader must render it to OCR it.
 */
export function hugePagePdf(): Buffer {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    textPage(2, 4, 5, 14400, 14400),
    stream(showText('Halaman raksasa')),
    FONT,
  ]);
}

/** A PDF bomb by count: `pages` small pages (each a line of text), the same content stream shared. */
export function manyPagesPdf(pages: number): Buffer {
  const first = 5; // objects 1–4: catalog, pages, content, font
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    stream(showText('Kliping halaman')),
    FONT,
    ...Array.from({ length: pages }, () => textPage(2, 3, 4, 595, 842)),
  ]);
}

// ——— the standard security handler (PDF 1.7, 7.6.3), revision 2 ———

const PASSWORD_PADDING = Buffer.from(
  '28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A',
  'hex',
);

export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
}

/**
 * A one-page PDF that opens only with `userPassword` (40-bit RC4, as older office tools and many
 * e-paper vendors still write): its content stream is encrypted, so without the password there is
 * nothing to read.
 */
export function passwordPdf(userPassword: string, ownerPassword: string, text: string): Buffer {
  const permissions = -4; // everything allowed once opened; the low bits must be set as the spec says
  const fileId = md5(Buffer.from(`pantau-${text}`, 'latin1'));
  // Algorithm 3: the owner entry, the user password encrypted under the owner password's key.
  const ownerKey = md5(padded(ownerPassword)).subarray(0, 5);
  const owner = rc4(ownerKey, padded(userPassword));
  // Algorithm 2: the file key; algorithm 4: the user entry, the padding encrypted under it.
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const fileKey = md5(padded(userPassword), owner, p, fileId).subarray(0, 5);
  const user = rc4(fileKey, PASSWORD_PADDING);
  // Algorithm 1: each object's strings and streams under a key made from the file key and its number.
  const objectKey = (num: number) =>
    md5(fileKey, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(showText(text), 'latin1'));
  return writePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      textPage(2, 4, 5, 595, 842),
      stream(content),
      FONT,
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${permissions} /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    ],
    `/Encrypt 6 0 R /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>]`,
  );
}

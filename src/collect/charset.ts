// Turns raw page bytes into text: finds the charset the way browsers do and decodes it with iconv-lite.
import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import iconv from 'iconv-lite';

const SNIFF_BYTES = 4096;

/** Gunzips the buffer when it starts with the gzip magic bytes (pages stored as `.html.gz`). */
export function gunzipIfNeeded(body: Buffer): Buffer {
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b) return gunzipSync(body);
  return body;
}

/** Decodes an HTML/XML body to a string, honouring header, BOM, meta, XML declaration, then detection. */
export function decodeBody(body: Buffer, contentType?: string | null): string {
  const bom = bomCharset(body);
  const label =
    charsetFromContentType(contentType) ??
    bom?.charset ??
    charsetFromMarkup(body.subarray(0, SNIFF_BYTES).toString('latin1')) ??
    detectCharset(body) ??
    'utf-8';
  let encoding = normaliseLabel(label);
  // Servers and templates often declare Latin-1 for pages that are really UTF-8; bytes that form
  // valid multi-byte UTF-8 are practically never legacy text, so trust the bytes.
  if (!encoding.startsWith('utf') && isMultibyteUtf8(body)) encoding = 'utf-8';
  const start = bom && normaliseLabel(bom.charset) === encoding ? bom.length : 0;
  return iconv.decode(start ? body.subarray(start) : body, encoding, { stripBOM: true });
}

export function charsetFromContentType(contentType?: string | null): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m && iconv.encodingExists(m[1]) ? m[1] : null;
}

function bomCharset(body: Buffer): { charset: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** `<meta charset>`, `<meta http-equiv=Content-Type content=…>`, then `<?xml encoding=…?>`. */
export function charsetFromMarkup(head: string): string | null {
  const candidates = [
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1],
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1],
  ];
  for (const c of candidates) if (c && iconv.encodingExists(c)) return c;
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isMultibyteUtf8(body: Buffer): boolean {
  if (!body.some((b) => b >= 0x80)) return false;
  try {
    strictUtf8.decode(body);
    return true;
  } catch {
    return false;
  }
}

function detectCharset(body: Buffer): string | null {
  const guess = chardet.detect(body.subarray(0, 65536));
  return guess && iconv.encodingExists(guess) ? guess : null;
}

/** Browsers decode Latin-1 and ASCII labels as windows-1252, and pages rely on that (curly quotes). */
function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (/^(iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso-ir-100)$/.test(l))
    return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  return iconv.encodingExists(l) ? l : 'utf-8';
}

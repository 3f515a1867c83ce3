// Bytes → text for feed and sitemap files: gunzip when gzipped, then the charset from the BOM or the XML
// declaration (iconv-lite), UTF-8 by default — with the usual lies corrected.
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { PantauError } from '../../domain/errors.ts';
import { readProlog } from './prolog.ts';
import { MAX_DOCUMENT_CHARS } from './xml.ts';

const SINGLE_BYTE_LATIN = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

export function decodeFeedBytes(input: Uint8Array): string {
  const bytes = isGzip(input) ? gunzip(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length > MAX_DOCUMENT_CHARS * 2) {
    throw new PantauError('too_large', 'Dokumen lebih dari 20 MB; tidak diproses (document over 20 MB)', {
      status: 413,
    });
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return iconv.decode(bytes, 'utf-16le');
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return iconv.decode(bytes, 'utf-16be');

  const declared = readProlog(bytes.subarray(0, 1024).toString('latin1'))
    .declaredEncoding?.trim()
    .toLowerCase();
  const strictUtf8 = decodeUtf8Strictly(bytes);
  if (!declared || declared === 'utf-8' || declared === 'utf8' || declared.startsWith('utf-16')) {
    // A document declared UTF-8 (or nothing) that is not valid UTF-8 is almost always Windows-1252.
    return strictUtf8 ?? iconv.decode(bytes, 'windows-1252');
  }
  // Servers often declare Latin-1 while sending UTF-8; valid multi-byte UTF-8 is the stronger evidence.
  if (SINGLE_BYTE_LATIN.has(declared) && strictUtf8 !== null && /[^\u0020-\u007e\s]/u.test(strictUtf8))
    return strictUtf8;
  if (SINGLE_BYTE_LATIN.has(declared)) return iconv.decode(bytes, 'windows-1252');
  return iconv.encodingExists(declared)
    ? iconv.decode(bytes, declared)
    : (strictUtf8 ?? bytes.toString('utf8'));
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DOCUMENT_CHARS * 2 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PantauError('too_large', 'Isi gzip melebihi 40 MB setelah dibuka (gzip content too large)', {
        status: 413,
      });
    }
    throw new PantauError('malformed_feed', `Berkas gzip rusak: ${(e as Error).message}`, { cause: e });
  }
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Strictly(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

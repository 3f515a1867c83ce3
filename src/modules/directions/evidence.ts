// What an agency may send as evidence of its follow-up, checked before anything is stored: links on
// the web (http/https only) and small files whose type is read from their first bytes — PDF, PNG,
// JPEG, DOCX, XLSX — never from the name or the type the uploader claims.
import { PantauError } from '../../domain/errors.ts';

export const MAX_EVIDENCE_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_ITEMS = 10;

export type EvidenceInput =
  | { kind: 'link'; url: string; name?: string }
  | { kind: 'file'; name: string; contentBase64: string };

/** Evidence as the timeline keeps it: a link, or a file stored in the direction's files. */
export type Evidence =
  | { kind: 'link'; url: string; name: string | null }
  | { kind: 'file'; fileId: number; name: string; mediaType: string; size: number };

export interface EvidenceFile {
  name: string;
  mediaType: string;
  bytes: Buffer;
}

export type CheckedEvidence =
  | { kind: 'link'; url: string; name: string | null }
  | ({ kind: 'file' } & EvidenceFile);

const KINDS = [
  { ext: 'pdf', mediaType: 'application/pdf' },
  { ext: 'png', mediaType: 'image/png' },
  { ext: 'jpg', mediaType: 'image/jpeg' },
  { ext: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
] as const;

const startsWith = (bytes: Buffer, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The file's kind from its bytes, or null for anything else (an executable renamed .pdf included). */
export function sniffEvidenceType(bytes: Buffer): { ext: string; mediaType: string } | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return KINDS[0]; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS[1];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return KINDS[2];
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP is only an Office document when its entries say so; any other archive is refused.
    const names = bytes.toString('latin1');
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/document.xml')) return KINDS[3];
    if (names.includes('xl/workbook.xml')) return KINDS[4];
  }
  return null;
}

export function checkLink(url: string): string {
  const text = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new PantauError(
      'validation',
      `Tautan bukti tidak valid: "${text.slice(0, 80)}" — invalid evidence link`,
    );
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname)
    throw new PantauError(
      'validation',
      'Tautan bukti harus diawali http:// atau https:// — evidence links must be http or https',
    );
  if (parsed.username || parsed.password)
    throw new PantauError(
      'validation',
      'Tautan bukti tidak boleh memuat sandi — no credentials in evidence links',
    );
  return parsed.toString();
}

/** A name safe in a download header and a file system: no folders, no control characters, the right extension. */
export function cleanFileName(name: string, ext: string): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\p{Cc}"<>|:*?]/gu, '')
      .trim()
      .slice(0, 120) ?? '';
  const stem = base || 'bukti';
  const extensions = ext === 'jpg' ? ['.jpg', '.jpeg'] : [`.${ext}`];
  return extensions.some((e) => stem.toLowerCase().endsWith(e)) ? stem : `${stem}.${ext}`;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function checkFile(name: string, contentBase64: string): EvidenceFile {
  const text = contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 === 1)
    throw new PantauError('validation', `Isi berkas "${name}" bukan base64 — file content is not base64`);
  // Checked on the encoded length first, so an oversized file is refused before it is decoded.
  if (
    Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0) >
    MAX_EVIDENCE_FILE_BYTES
  )
    throw new PantauError('too_large', `Berkas "${name}" lebih dari 5 MB — evidence files are 5 MB at most`, {
      status: 413,
    });
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw new PantauError('validation', `Berkas "${name}" kosong — the file is empty`);
  const kind = sniffEvidenceType(bytes);
  if (!kind)
    throw new PantauError(
      'validation',
      `Berkas "${name}" bukan PDF, PNG, JPEG, DOCX atau XLSX — only PDF, PNG, JPEG, DOCX and XLSX files are accepted`,
    );
  return { name: cleanFileName(name, kind.ext), mediaType: kind.mediaType, bytes };
}

/** Every item checked, or an error naming the first bad one; nothing is stored before this passes. */
export function checkEvidence(items: EvidenceInput[]): CheckedEvidence[] {
  if (items.length > MAX_EVIDENCE_ITEMS)
    throw new PantauError(
      'validation',
      `Paling banyak ${MAX_EVIDENCE_ITEMS} bukti sekali kirim — too many evidence items`,
    );
  return items.map((item) =>
    item.kind === 'link'
      ? { kind: 'link', url: checkLink(item.url), name: item.name?.trim() || null }
      : { kind: 'file', ...checkFile(item.name, item.contentBase64) },
  );
}

// An export of a search read as it streams, so the page can say how far it has come and the user can
// stop it: rows are counted as the bytes arrive (CSV and JSON lines end each article with a line
// break; an XLSX is a zip whose rows cannot be counted, so only its bytes are), and the finished file
// is handed to the browser under the name the server gave it.
import i18n from 'i18next';
import { ApiError, NetworkError } from '../../app/api/problem.ts';
import { downloadBlob } from '../../app/export/download.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'jsonl';

export interface ExportProgress {
  /** Articles received so far; null for XLSX. */
  rows: number | null;
  bytes: number;
}

export interface SavedExport extends ExportProgress {
  fileName: string;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
/** The page is told of progress at most this often: a render per chunk would slow the download. */
const REPORT_EVERY_MS = 150;

/**
 * Counts the articles of a CSV or JSON lines export chunk by chunk. Byte-wise is safe: no byte of a
 * multi-byte UTF-8 character is a quote or a line break. In CSV a line break inside a quoted cell
 * (an article's paragraphs) is text, not the end of a row; JSON lines escape theirs.
 */
export class RowCounter {
  #lines = 0;
  #quoted = false;
  constructor(private readonly format: 'csv' | 'jsonl') {}

  add(chunk: Uint8Array): void {
    if (this.format === 'jsonl') {
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) this.#lines++;
      return;
    }
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === QUOTE) this.#quoted = !this.#quoted;
      else if (b === NEWLINE && !this.#quoted) this.#lines++;
    }
  }

  /** CSV's first line is the column headings, not an article. */
  get rows(): number {
    return this.format === 'csv' ? Math.max(0, this.#lines - 1) : this.#lines;
  }
}

/** `attachment; filename="artikel-kab-2026-12-05.csv"` (or RFC 5987's filename*) → the name. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: the plain name below, if any, will do.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(disposition);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

async function refusal(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status alone must do.
  }
  return new ApiError(res.status, body);
}

/**
 * Downloads the export at `url`, reporting progress, and saves it. Throws ApiError for a refusal
 * (401, 403, 5xx), NetworkError when the connection fails or the server cuts the file off half-way
 * (it aborts the response on a failure, so a cut-off file is never saved as a whole one), and the
 * AbortError of `signal` when the user cancels.
 */
export async function downloadExport(
  url: string,
  format: ExportFormat,
  options: { signal: AbortSignal; onProgress: (p: ExportProgress) => void },
): Promise<SavedExport> {
  const aborted = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
  let res: Response;
  try {
    res = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'accept-language': i18n.language === 'en' ? 'en, id;q=0.5' : 'id, en;q=0.5' },
      signal: options.signal,
    });
  } catch (e) {
    if (aborted(e)) throw e;
    throw new NetworkError(e);
  }
  if (!res.ok) throw await refusal(res);
  const counter = format === 'xlsx' ? null : new RowCounter(format);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let reported = 0;
  const progress = (): ExportProgress => ({ rows: counter ? counter.rows : null, bytes });
  try {
    const reader = res.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        counter?.add(value);
        const now = Date.now();
        if (now - reported >= REPORT_EVERY_MS) {
          reported = now;
          options.onProgress(progress());
        }
      }
    } else {
      const whole = new Uint8Array(await res.arrayBuffer());
      chunks.push(whole);
      bytes = whole.byteLength;
      counter?.add(whole);
    }
  } catch (e) {
    if (aborted(e) || options.signal.aborted) throw options.signal.reason ?? e;
    throw new NetworkError(e);
  }
  options.onProgress(progress());
  const fileName = fileNameFrom(res.headers.get('content-disposition'), `artikel.${format}`);
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  downloadBlob(new Blob(chunks as BlobPart[], { type }), fileName);
  return { ...progress(), fileName };
}

// Turns the raw bytes of a response into its decoded body, undoing gzip/deflate/br as they stream in
// and stopping the moment the decoded size passes the cap, so a compression bomb never fills memory.

import type { Transform } from 'node:stream';
import zlib from 'node:zlib';

export type BodyOutcome =
  | { ok: true; body: Buffer; truncated: boolean }
  | { ok: false; reason: 'too_large' | 'corrupt' | 'unsupported'; detail: string };

type Encoding = 'identity' | 'gzip' | 'deflate' | 'br';

/** The single content coding we can undo, or null when the server used something else. */
export function parseContentEncoding(header: string | undefined): Encoding | null {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  if (codings.length === 0) return 'identity';
  if (codings.length > 1) return null;
  const [coding] = codings;
  if (coding === 'gzip' || coding === 'x-gzip') return 'gzip';
  if (coding === 'deflate' || coding === 'br') return coding;
  return null;
}

// Servers disagree on whether "deflate" means a zlib wrapper or a raw stream; the first two bytes tell.
function looksLikeZlibHeader(chunk: Buffer): boolean {
  return chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
}

function createDecoder(encoding: Exclude<Encoding, 'identity'>, firstChunk: Buffer): Transform {
  // Flushing instead of finishing lets a truncated-but-readable body through, as browsers do.
  const tolerant = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (encoding === 'gzip') return zlib.createGunzip(tolerant);
  if (encoding === 'br') {
    return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  }
  return looksLikeZlibHeader(firstChunk) ? zlib.createInflate(tolerant) : zlib.createInflateRaw(tolerant);
}

/**
 * Collects a body fed chunk by chunk. `truncate` keeps the first `maxBytes` instead of failing, for
 * documents (robots.txt) where a prefix is still meaningful.
 */
export class BodyDecoder {
  private readonly chunks: Buffer[] = [];
  private decoded = 0;
  private raw = 0;
  private decoder: Transform | null = null;
  private finished = false;

  constructor(
    private readonly encoding: Encoding,
    private readonly maxBytes: number,
    private readonly truncate: boolean,
    private readonly onDone: (outcome: BodyOutcome) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.finished) return;
    this.raw += chunk.length;
    // The compressed stream can never legitimately be larger than what it decodes to under the cap.
    if (this.raw > this.maxBytes && !this.truncate) {
      this.fail('too_large', `${this.raw} raw bytes`);
    } else if (this.encoding === 'identity') {
      this.take(chunk);
    } else {
      this.decoder ??= this.startDecoder(chunk);
      this.decoder.write(chunk);
    }
  }

  end(): void {
    if (this.finished) return;
    if (this.decoder) this.decoder.end();
    else this.finish();
  }

  /** Stops decoding; nothing is reported afterwards. */
  abort(): void {
    this.finished = true;
    this.decoder?.destroy();
  }

  private startDecoder(firstChunk: Buffer): Transform {
    const decoder = createDecoder(this.encoding as Exclude<Encoding, 'identity'>, firstChunk);
    decoder.on('data', (chunk: Buffer) => this.take(chunk));
    decoder.on('end', () => this.finish());
    decoder.on('error', (error) => this.fail('corrupt', error.message));
    return decoder;
  }

  private take(chunk: Buffer): void {
    if (this.finished) return;
    const room = this.maxBytes - this.decoded;
    if (chunk.length <= room) {
      this.decoded += chunk.length;
      this.chunks.push(chunk);
    } else if (!this.truncate) {
      this.fail('too_large', `more than ${this.maxBytes} decoded bytes`);
    } else {
      if (room > 0) this.chunks.push(chunk.subarray(0, room));
      this.decoded = this.maxBytes;
      this.finish(true);
    }
  }

  private finish(truncated = false): void {
    if (this.finished) return;
    this.finished = true;
    this.decoder?.destroy();
    this.onDone({ ok: true, body: Buffer.concat(this.chunks), truncated });
  }

  private fail(reason: 'too_large' | 'corrupt', detail: string): void {
    if (this.finished) return;
    this.finished = true;
    this.decoder?.destroy();
    this.chunks.length = 0;
    this.onDone({ ok: false, reason, detail });
  }
}

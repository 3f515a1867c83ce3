// A clipping-reader process (see clipping-reader.ts): reads one clipping file at a time — image
// decoding, PDF rendering, OCR — and answers over the IPC channel. Its parent watches its memory
// (tesseract's WebAssembly heap is outside V8's cap) and its time.
import sharp from 'sharp';
import { readClippingFile } from '../../collect/ocr/read-file.ts';
import { PantauError } from '../../domain/errors.ts';

export type ClippingMessage = { id: number; bytes: Uint8Array; fileName: string };
export type ClippingAnswer =
  | { id: number; kind: 'pages'; count: number }
  | { id: number; kind: 'done'; ok: true; result: unknown }
  | { id: number; kind: 'done'; ok: false; code: string; message: string };

// One libvips thread and no operation cache: the process reads one file on one core, and what a
// large image made libvips hold is not kept for the next.
sharp.concurrency(1);
sharp.cache(false);

const answer = (message: ClippingAnswer) => process.send?.(message);

// Ctrl+C reaches the whole process group; the reader ends when its parent ends it (or goes).
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

process.on('message', async (message: ClippingMessage) => {
  try {
    const result = await readClippingFile(message.bytes, message.fileName, {
      onPageCount: (count) => answer({ id: message.id, kind: 'pages', count }),
    });
    answer({ id: message.id, kind: 'done', ok: true, result });
  } catch (e) {
    if (e instanceof PantauError) {
      answer({ id: message.id, kind: 'done', ok: false, code: e.code, message: e.message });
      return;
    }
    answer({
      id: message.id,
      kind: 'done',
      ok: false,
      code: 'ocr_failed',
      message: `Berkas tidak dapat dibaca: ${(e as Error).message ?? String(e)} — file could not be read`,
    });
  }
});

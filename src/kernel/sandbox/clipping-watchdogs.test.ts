// The clipping reader's two guards, driven for real: a reading that runs past its time limit, and
// one that grows past its memory cap, are killed; the file fails alone with the reason in its
// message, and a fresh reader process answers the next file. A 25-megapixel photo of noise is the
// file that takes long and grows large (OCR finds "text" everywhere in it); the caps are set low
// here so that it crosses them within seconds rather than minutes.
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type HostileClipping, hostileClippings } from '../../../test/support/hostile-clippings.ts';
import { PantauError } from '../../domain/errors.ts';
import { type ClippingReader, createClippingReader } from './clipping-reader.ts';

let noise: Uint8Array;
let renamedDocx: HostileClipping;
let reader: ClippingReader | null = null;

beforeAll(async () => {
  const noisy = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  noise = new Uint8Array(
    await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#808080', noise: noisy } })
      .greyscale()
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
  renamedDocx = (await hostileClippings()).find((h) => h.label === '.docx renamed .jpg') as HostileClipping;
}, 60_000);

afterEach(async () => {
  await reader?.close();
  reader = null;
});

async function failureOf(promise: Promise<unknown>): Promise<PantauError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PantauError);
  return error as PantauError;
}

/** The next file is read by a process started after the kill: its own error comes back at once. */
async function expectNextFileAnswered(r: ClippingReader): Promise<void> {
  const next = await failureOf(r.read({ bytes: renamedDocx.bytes, fileName: renamedDocx.fileName }));
  expect(next.code).toBe('unsupported_format');
}

describe('the clipping reader guards', () => {
  it('a reading past its time limit is stopped and fails alone, saying so', async () => {
    reader = createClippingReader({ processes: 1, timeoutMs: 6_000 });
    const started = Date.now();
    const error = await failureOf(reader.read({ bytes: noise, fileName: 'foto-bising.jpg' }));
    expect(error.code).toBe('ocr_failed');
    expect(error.message).toMatch(/waktu habis \(6 detik\) — reading timed out/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(6_000);
    await expectNextFileAnswered(reader);
  }, 90_000);

  it('a reading that grows past the memory cap is killed and fails alone, saying so', async () => {
    reader = createClippingReader({ processes: 1, memoryMb: 250, timeoutMs: 120_000 });
    const error = await failureOf(reader.read({ bytes: noise, fileName: 'foto-bising.jpg' }));
    expect(error.code).toBe('ocr_failed');
    expect(error.message).toMatch(/memori habis \(lebih dari 250 MB\)/);
    await expectNextFileAnswered(reader);
  }, 150_000);
});

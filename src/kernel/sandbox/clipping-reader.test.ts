// Bad clippings through the sandboxed reader: each gets its own clear error, and the good file
// after it still reads — one office's broken upload never holds up the rest of the batch.

import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_COLUMN_ITEM } from '../../../fixtures/newspaper/pages.ts';
import { type NewspaperPage, openPress } from '../../../fixtures/newspaper/press.ts';
import { launchChromium } from '../../../test/support/chromium.ts';
import {
  CLIPPING_PASSWORD,
  type HostileClipping,
  hostileClippings,
} from '../../../test/support/hostile-clippings.ts';
import { scorePage } from '../../collect/ocr/ocr-score.ts';
import type { ReadPage } from '../../collect/ocr/types.ts';
import { PantauError } from '../../domain/errors.ts';
import { type ClippingReader, createClippingReader } from './clipping-reader.ts';

let reader: ClippingReader;
let good: NewspaperPage;
let hostile: HostileClipping[];

beforeAll(async () => {
  const press = await openPress(await launchChromium());
  try {
    good = await press.page(ONE_COLUMN_ITEM);
  } finally {
    await press.close();
  }
  hostile = await hostileClippings();
  reader = createClippingReader({ processes: 1 });
}, 120_000);

afterAll(async () => {
  await reader?.close();
});

async function expectGoodFileReads(): Promise<void> {
  const file = await reader.read({ bytes: new Uint8Array(good.png), fileName: 'kliping-baik.png' });
  const page = file.pages[0] as ReadPage;
  const score = scorePage(page, good.articles);
  expect(score.cer, JSON.stringify(score.problems)).toBeLessThanOrEqual(0.03);
}

describe('the hostile fixtures are what they claim', () => {
  it('the many-page TIFF is one file of 300 pages', async () => {
    const tiff = hostile.find((h) => h.label === 'TIFF of 300 pages')?.bytes as Uint8Array;
    const meta = await sharp(tiff).metadata();
    expect([meta.format, meta.pages]).toEqual(['tiff', 300]);
  });

  it('the password-protected PDF opens with its password and shows its text', async () => {
    const bytes = hostile.find((h) => h.code === 'pdf_encrypted')?.bytes as Uint8Array;
    const locked = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false });
    await expect(locked.promise).rejects.toMatchObject({ name: 'PasswordException' });
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      password: CLIPPING_PASSWORD,
      isEvalSupported: false,
    }).promise;
    const text = await (await doc.getPage(1)).getTextContent();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Kliping Harian Sukamaju');
    await doc.destroy();
  });
});

describe('each bad clipping gets its own clear error, and the next good one still reads', () => {
  // Files, not test names: hostileClippings() is only known once beforeAll ran.
  const cases = [
    ['corrupt JPEG', 'corrupt_file'],
    ['200-megapixel PNG header', 'image_too_large'],
    ['PDF with a 200-inch page', 'image_too_large'],
    ['PDF of 500 pages', 'too_many_pages'],
    ['TIFF of 300 pages', 'too_many_pages'],
    ['password-protected PDF', 'pdf_encrypted'],
    ['.docx renamed .jpg', 'unsupported_format'],
  ] as const;

  for (const [label, code] of cases) {
    it(`${label} → ${code}`, async () => {
      const file = hostile.find((h) => h.label === label) as HostileClipping;
      expect(file.code).toBe(code);
      const error = await reader.read({ bytes: file.bytes, fileName: file.fileName }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PantauError);
      expect((error as PantauError).code).toBe(code);
      // Indonesian first, then English, as every message of the product.
      expect((error as PantauError).message).toMatch(/\S — \S/);
      await expectGoodFileReads();
    }, 120_000);
  }

  it('a batch holding bad files fails only those', async () => {
    const named = (label: string) => hostile.find((h) => h.label === label) as HostileClipping;
    const batch = [
      named('corrupt JPEG'),
      good,
      named('PDF of 500 pages'),
      named('password-protected PDF'),
      good,
    ] as const;
    const results = await Promise.allSettled(
      batch.map((f) =>
        'png' in f
          ? reader.read({ bytes: new Uint8Array(f.png), fileName: 'kliping-baik.png' })
          : reader.read({ bytes: f.bytes, fileName: f.fileName }),
      ),
    );
    // Sent at once, as a drag-and-drop of several files is: each answered on its own.
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as PantauError).code : 'read'))).toEqual([
      'corrupt_file',
      'read',
      'too_many_pages',
      'pdf_encrypted',
      'read',
    ]);
  }, 120_000);
});

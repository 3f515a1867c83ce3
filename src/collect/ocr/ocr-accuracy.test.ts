// Newspaper pages we wrote and printed ourselves (fixtures/newspaper/press.ts), read through the real
// path — the sandboxed clipping reader, one OCR process — and judged as an analyst would: how many
// characters to correct (CER) and whether the articles and their paragraphs come in reading order.

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsArticle } from '../../../fixtures/newspaper/articles.ts';
import { degrade } from '../../../fixtures/newspaper/degrade.ts';
import {
  CLEAN_THREE_COLUMNS,
  CLEAN_TWO_COLUMNS,
  EPAPER_TWO_COLUMNS,
  ONE_COLUMN_ITEM,
  SHORT_ITEM,
  TEST_DEGRADED,
} from '../../../fixtures/newspaper/pages.ts';
import { type NewspaperPage, openPress } from '../../../fixtures/newspaper/press.ts';
import { launchChromium } from '../../../test/support/chromium.ts';
import { type ClippingReader, createClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import { type PageScore, pooledCer, scorePage } from './ocr-score.ts';
import type { ReadPage } from './types.ts';

// The targets.
const CLEAN_CER = 0.03;
const DEGRADED_CER = 0.08;
// A text layer holds the very characters printed; only line joins can differ.
const TEXT_LAYER_CER = 0.01;

const OCR_TIMEOUT = 180_000;

let reader: ClippingReader;
let clean2: NewspaperPage;
let clean3: NewspaperPage;
let short: NewspaperPage;
let oneColumn: NewspaperPage;
let degraded: { label: string; bytes: Buffer; articles: NewsArticle[] }[];
let epaper: { pdf: Buffer; articles: NewsArticle[] };

beforeAll(async () => {
  const press = await openPress(await launchChromium());
  try {
    clean2 = await press.page(CLEAN_TWO_COLUMNS);
    clean3 = await press.page(CLEAN_THREE_COLUMNS);
    short = await press.page(SHORT_ITEM);
    oneColumn = await press.page(ONE_COLUMN_ITEM);
    degraded = [];
    for (const c of TEST_DEGRADED) {
      const page = await press.page(c.page);
      degraded.push({
        label: `${c.page.name}: ${c.steps.map((s) => s.kind).join('+')}`,
        bytes: await degrade(page.png, c.steps),
        articles: page.articles,
      });
    }
    epaper = await press.pdf(EPAPER_TWO_COLUMNS);
  } finally {
    await press.close();
  }
  reader = createClippingReader({ processes: 1 });
}, 120_000);

afterAll(async () => {
  await reader?.close();
});

function summary(score: PageScore): string {
  return JSON.stringify({
    cer: Math.round(score.cer * 10_000) / 100,
    articles: score.articles.map((a) => ({ region: a.region, cer: Math.round(a.cer * 10_000) / 100 })),
    problems: score.problems.slice(0, 8),
  });
}

/** The evidence image: a JPEG of the stated size that the text's boxes lie within. */
async function expectEvidence(page: ReadPage): Promise<void> {
  const meta = await sharp(page.image).metadata();
  expect(meta.format).toBe('jpeg');
  expect([meta.width, meta.height]).toEqual([page.width, page.height]);
  expect(Math.max(page.width, page.height)).toBeLessThanOrEqual(3508);
  for (const box of [...page.regions, ...page.lines.map((l) => l.box)]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(page.width);
    expect(box.y + box.h).toBeLessThanOrEqual(page.height);
  }
}

async function readOnePage(bytes: Buffer, fileName: string): Promise<ReadPage> {
  const file = await reader.read({ bytes: new Uint8Array(bytes), fileName });
  expect(file.pages).toHaveLength(1);
  return file.pages[0] as ReadPage;
}

describe('clean 300-dpi newspaper pages', () => {
  it(
    'reads a two-column page with ≤ 3 % CER, a region per article, its three articles in order',
    async () => {
      const page = await readOnePage(clean2.png, 'halaman-2-kolom.png');
      expect(page.method).toBe('ocr');
      const score = scorePage(page, clean2.articles);
      expect(score.readingOrderCorrect, summary(score)).toBe(true);
      expect(score.regionsCorrect, summary(score)).toBe(true);
      expect(score.cer, summary(score)).toBeLessThanOrEqual(CLEAN_CER);
      await expectEvidence(page);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads a three-column A4 page (a headline over three columns, two articles side by side) with ≤ 3 % CER, a region per article, in order',
    async () => {
      const page = await readOnePage(clean3.png, 'halaman-3-kolom.png');
      expect(page.method).toBe('ocr');
      const score = scorePage(page, clean3.articles);
      expect(score.readingOrderCorrect, summary(score)).toBe(true);
      expect(score.regionsCorrect, summary(score)).toBe(true);
      expect(score.cer, summary(score)).toBeLessThanOrEqual(CLEAN_CER);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads a short item of two columns of a few lines each with ≤ 3 % CER, column after column',
    async () => {
      const page = await readOnePage(short.png, 'berita-pendek.png');
      const score = scorePage(page, short.articles);
      expect(score.readingOrderCorrect, summary(score)).toBe(true);
      expect(score.regionsCorrect, summary(score)).toBe(true);
      expect(score.cer, summary(score)).toBeLessThanOrEqual(CLEAN_CER);
    },
    OCR_TIMEOUT,
  );
});

/** Pages as a scanner's batch gives them: one TIFF, a page per scan, all of one size (the feeder's). */
async function multiPageTiff(pages: Buffer[]): Promise<Buffer> {
  const sizes = await Promise.all(pages.map((p) => sharp(p).metadata()));
  const width = Math.max(...sizes.map((s) => s.width ?? 0));
  const height = Math.max(...sizes.map((s) => s.height ?? 0));
  const padded = await Promise.all(
    pages.map((p, i) =>
      sharp(p)
        .extend({
          right: width - (sizes[i]?.width ?? 0),
          bottom: height - (sizes[i]?.height ?? 0),
          background: '#ffffff',
        })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(padded, { join: { animated: true } })
    .tiff({ compression: 'lzw' })
    .toBuffer();
}

describe("a scanner's multi-page TIFF", () => {
  it(
    'reads every page, in order, each in reading order with ≤ 3 % CER',
    async () => {
      const tiff = await multiPageTiff([short.png, oneColumn.png]);
      expect((await sharp(tiff).metadata()).pages).toBe(2);
      const file = await reader.read({ bytes: new Uint8Array(tiff), fileName: 'pindaian-kliping.tif' });
      expect(file.pages.map((p) => p.pageNo)).toEqual([1, 2]);
      for (const [i, expected] of [short, oneColumn].entries()) {
        const page = file.pages[i] as ReadPage;
        expect(page.method).toBe('ocr');
        const score = scorePage(page, expected.articles);
        expect(score.readingOrderCorrect, summary(score)).toBe(true);
        expect(score.cer, summary(score)).toBeLessThanOrEqual(CLEAN_CER);
        await expectEvidence(page);
      }
    },
    OCR_TIMEOUT,
  );
});

describe('degraded clippings (rotated, blurred, noisy, compressed, photographed)', () => {
  it(
    'reads the set with ≤ 8 % CER, each page in reading order',
    async () => {
      const scores: PageScore[] = [];
      const report: string[] = [];
      for (const [i, d] of degraded.entries()) {
        const page = await readOnePage(d.bytes, `kliping-${i + 1}.jpg`);
        const score = scorePage(page, d.articles);
        scores.push(score);
        report.push(`${d.label} ${summary(score)}`);
      }
      const message = report.join('\n');
      for (const score of scores) expect(score.readingOrderCorrect, message).toBe(true);
      expect(pooledCer(scores), message).toBeLessThanOrEqual(DEGRADED_CER);
    },
    OCR_TIMEOUT * 2,
  );
});

describe('e-paper PDF', () => {
  it(
    'reads the text layer without OCR, a region per article, in reading order',
    async () => {
      const file = await reader.read({ bytes: new Uint8Array(epaper.pdf), fileName: 'epaper-halaman-3.pdf' });
      expect(file.pages).toHaveLength(1);
      const page = file.pages[0] as ReadPage;
      expect(page.method).toBe('text-layer');
      expect(page.lines.every((l) => l.confidence === 100)).toBe(true);
      const score = scorePage(page, epaper.articles);
      expect(score.readingOrderCorrect, summary(score)).toBe(true);
      expect(score.regionsCorrect, summary(score)).toBe(true);
      expect(score.cer, summary(score)).toBeLessThanOrEqual(TEXT_LAYER_CER);
      await expectEvidence(page);
    },
    OCR_TIMEOUT,
  );
});

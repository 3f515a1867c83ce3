// Newspaper pages for the OCR tests and bench: our own Indonesian articles (newspaper-articles.ts)
// set in two or three justified, hyphenated serif columns with headlines spanning their columns,
// rendered by headless Chromium at 300 dpi, with the ground truth a reader would type: each
// article's headline and paragraphs, in reading order.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { NEWS_ARTICLES, type NewsArticle } from './newspaper-articles.ts';

export const DPI = 300;
const CSS_DPI = 96;
const SCALE = DPI / CSS_DPI;
const MM = CSS_DPI / 25.4; // CSS px per millimetre

/** One article on a page: which of NEWS_ARTICLES, over how many of the page's columns. */
export interface Slot {
  article: number;
  span: number;
  /** Only the first paragraphs, when the whole article would not fit. */
  paragraphs?: number;
}

export interface PageSpec {
  name: string;
  /** A4 is 2480×3508 px at 300 dpi; half-A4 (a clipping) 2480×1754; a strip (a short item, a third of A4) 2480×1169. */
  size: 'a4' | 'half-a4' | 'strip';
  columns: 2 | 3;
  /** Rows of the page top to bottom, each holding articles side by side left to right. */
  bands: Slot[][];
  /** Body type size in points (newspapers set 8.5–10 pt). */
  bodyPt?: number;
  /** Hairlines between columns, as many papers print. */
  columnRules?: boolean;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ArticleTruth extends NewsArticle {
  /** Where the article was printed, in page pixels. */
  box: Box;
}

export interface NewspaperPage {
  spec: PageSpec;
  png: Buffer;
  width: number;
  height: number;
  /** In reading order: bands top to bottom, articles left to right. */
  articles: ArticleTruth[];
}

/** What a reader types for an article: headline, then the paragraphs. */
export function articleText(article: NewsArticle): string {
  return [article.headline, ...article.paragraphs].join('\n\n');
}

/** A page's whole text in reading order. */
export function pageText(page: { articles: NewsArticle[] }): string {
  return page.articles.map(articleText).join('\n\n');
}

const SIZES = { a4: { w: 210, h: 297 }, 'half-a4': { w: 210, h: 148.5 }, strip: { w: 210, h: 99 } };

/** The article of a slot, cut to the paragraphs the slot prints. */
function slotArticle(slot: Slot): NewsArticle {
  const article = NEWS_ARTICLES[slot.article];
  if (!article) throw new Error(`no article ${slot.article}`);
  return { headline: article.headline, paragraphs: article.paragraphs.slice(0, slot.paragraphs) };
}

// Indonesian syllables break before a consonant that starts the next syllable (ma-ju, pem-ba-ngun-an
// is close enough): ng, ny, kh, sy stay together. Newspapers hyphenate narrow columns heavily, so
// the OCR has to join "pemerin-" and "tah" again; the soft hyphens make Chromium do the same.
const VOWEL = /[aeiouAEIOU]/;
const DIGRAPHS = new Set(['ng', 'ny', 'kh', 'sy']);

export function softHyphenate(word: string): string {
  if (word.length < 8 || !/^[A-Za-z]+$/.test(word)) return word;
  const breaks: number[] = [];
  for (let i = 2; i < word.length - 2; i++) {
    const c = word[i] as string;
    if (VOWEL.test(c)) continue;
    const prev = word[i - 1] as string;
    const next = word[i + 1] as string;
    if (!VOWEL.test(next)) continue; // the consonant must start a syllable: CV
    if (DIGRAPHS.has(`${prev}${c}`.toLowerCase())) {
      // "ba-ngun": the break goes before the digraph.
      if (i - 1 >= 2 && VOWEL.test(word[i - 2] as string)) breaks.push(i - 1);
      continue;
    }
    breaks.push(i);
  }
  let out = '';
  for (let i = 0; i < word.length; i++) out += (breaks.includes(i) ? '\u00AD' : '') + word[i];
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraphHtml(text: string, first: boolean): string {
  // The dateline ("SUKAMAJU - ") is set bold, as papers do.
  const dateline = first ? (/^[A-Z]+ - /.exec(text)?.[0] ?? '') : '';
  const rest = escapeHtml(text.slice(dateline.length)).replace(/[A-Za-z]+/g, softHyphenate);
  return `<p>${dateline ? `<b>${dateline}</b>` : ''}${rest}</p>`;
}

const HEADLINE_PT: Record<number, number> = { 1: 15, 2: 21, 3: 26 };

function pageHtml(spec: PageSpec): string {
  const size = SIZES[spec.size];
  const bodyPt = spec.bodyPt ?? 9;
  const bands = spec.bands
    .map((band) => {
      const slots = band
        .map((slot) => {
          const article = slotArticle(slot);
          const paragraphs = article.paragraphs.map((p, i) => paragraphHtml(p, i === 0)).join('');
          return `<article style="grid-column: span ${slot.span}">
            <h1 style="font-size:${HEADLINE_PT[slot.span] ?? 26}pt">${escapeHtml(article.headline)}</h1>
            <div class="body" style="columns:${slot.span}">${paragraphs}</div></article>`;
        })
        .join('');
      return `<section class="band">${slots}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
    @page { size: ${size.w}mm ${size.h}mm; margin: 0 }
    html, body { margin: 0; padding: 0; background: #fff; color: #161616 }
    .page { width: ${size.w}mm; height: ${size.h}mm; box-sizing: border-box; padding: 12mm 11mm; overflow: hidden }
    .band { display: grid; grid-template-columns: repeat(${spec.columns}, 1fr); column-gap: 6mm;
            align-items: start; padding-top: 4mm; margin-top: 4mm; border-top: 0.8pt solid #222 }
    .band:first-child { border-top: none; margin-top: 0; padding-top: 0 }
    h1 { font-family: 'DejaVu Serif'; font-weight: bold; line-height: 1.15; margin: 0 0 3mm; letter-spacing: -0.01em }
    .body { column-gap: 6mm; ${spec.columnRules ? 'column-rule: 0.5pt solid #444;' : ''}
            font-family: 'DejaVu Serif Condensed', 'DejaVu Serif'; font-size: ${bodyPt}pt; line-height: 1.32;
            text-align: justify; hyphens: manual }
    p { margin: 0 0 1.3mm; text-indent: 4mm }
    p:first-child { text-indent: 0 }
  </style></head><body><div class="page">${bands}</div></body></html>`;
}

/** Fails when an article would be cut off: its truth would then claim text the page doesn't show. */
async function checkFits(page: Page, spec: PageSpec): Promise<void> {
  const overflow = await page.evaluate(() => {
    const sheet = document.querySelector('.page') as HTMLElement;
    const bottom = sheet.getBoundingClientRect().bottom;
    const articles = [...document.querySelectorAll('article')];
    return articles.some((a) => a.getBoundingClientRect().bottom > bottom - 20);
  });
  if (overflow) throw new Error(`page ${spec.name}: the articles do not fit; print fewer paragraphs`);
}

async function articleBoxes(page: Page): Promise<Box[]> {
  const rects = await page.evaluate(() =>
    [...document.querySelectorAll('article')].map((a) => {
      const r = a.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  return rects.map((r) => ({
    x: Math.round(r.x * SCALE),
    y: Math.round(r.y * SCALE),
    w: Math.round(r.w * SCALE),
    h: Math.round(r.h * SCALE),
  }));
}

export interface NewspaperPress {
  /** The page as a 300-dpi greyscale-on-white PNG with its ground truth. */
  page(spec: PageSpec): Promise<NewspaperPage>;
  /** The page as an e-paper PDF: real text (a text layer), no image. */
  pdf(spec: PageSpec): Promise<{ pdf: Buffer; articles: NewsArticle[] }>;
  close(): Promise<void>;
}

/** One Chromium for as many pages as the caller prints. */
export async function openPress(): Promise<NewspaperPress> {
  const browser: Browser = await launchChromium();
  const truth = (spec: PageSpec) => spec.bands.flat().map(slotArticle);
  return {
    async page(spec) {
      const size = SIZES[spec.size];
      const context = await browser.newContext({
        viewport: { width: Math.ceil(size.w * MM), height: Math.ceil(size.h * MM) },
        deviceScaleFactor: SCALE,
      });
      try {
        const page = await context.newPage();
        await page.setContent(pageHtml(spec), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await checkFits(page, spec);
        const boxes = await articleBoxes(page);
        const png = await page.screenshot({
          type: 'png',
          clip: { x: 0, y: 0, width: size.w * MM, height: size.h * MM },
        });
        const width = png.readUInt32BE(16);
        const height = png.readUInt32BE(20);
        const articles = truth(spec).map((a, i) => ({ ...a, box: boxes[i] as Box }));
        return { spec, png, width, height, articles };
      } finally {
        await context.close();
      }
    },
    async pdf(spec) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.setContent(pageHtml(spec), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await checkFits(page, spec);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        return { pdf, articles: truth(spec) };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

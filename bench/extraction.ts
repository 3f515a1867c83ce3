// Main-text extraction benchmark: shingle F1 against the gold bodies (the same metric as
// shared/tools/score-extraction.py), pages per second on one core, and 5-fold cross-validation of
// the method's settings (fitted on four folds, scored on the fifth) so a gain that only fits these
// pages shows up as a gap between in-sample and cross-validated F1.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody, gunzipIfNeeded } from '../src/collect/charset.ts';
import { parsePage } from '../src/collect/extract/dom.ts';
import {
  DEFAULT_SETTINGS,
  type ExtractionSettings,
  extractArticle,
  readArticle,
} from '../src/collect/extract/index.ts';
import { scoreTexts } from './text-overlap.ts';

const PASSES = 5;
const FOLDS = 5;

/** The values the grid search may choose from; each list holds the shipped default. */
const GRID: { [K in keyof ExtractionSettings]: ExtractionSettings[K][] } = {
  minParagraphChars: [15, 25, 40],
  creditLevels: [3, 4, 5],
  siblingRatio: [0.1, 0.2, 0.3, 0.5],
  linkDensityCut: [0.15, 0.2, 0.33, 0.5],
  promoteFloor: [0.2, 1 / 3, 0.5],
  bodyNameBonus: [0, 10, 25],
  keepHeadings: [true, false],
  keepLists: [true, false],
  keepTables: [true, false],
};

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dir = join(opts.dataDir, 'extraction');
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'));
  const pages = files.map((f) => ({
    id: f.replace(/\.html\.gz$/, ''),
    html: decodeBody(gunzipIfNeeded(readFileSync(join(dir, 'html', f)))),
  }));
  const extract = (html: string, url?: string) => {
    try {
      return extractArticle(html, { url }).text ?? '';
    } catch {
      return '';
    }
  };
  const predicted = new Map(pages.map((p) => [p.id, extract(p.html, gold[p.id]?.url)]));
  const rates: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    for (const p of pages) extract(p.html, gold[p.id]?.url);
    rates.push(pages.length / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  const score = scoreTexts(
    Object.entries(gold).map(([id, g]) => ({
      gold: g.articleBody ?? '',
      predicted: predicted.get(id) ?? '',
    })),
  );
  const kfold =
    process.env.PANTAU_BENCH_KFOLD === '0'
      ? undefined
      : crossValidate(pages.map((p) => ({ id: p.id, html: p.html, gold: gold[p.id]?.articleBody ?? '' })));
  return {
    pages: pages.length,
    ...score,
    pagesPerSecond: Math.round(rates[Math.floor(rates.length / 2)]),
    passes: PASSES,
    ...(kfold ? { kfold } : {}),
  };
}

interface GoldPage {
  id: string;
  html: string;
  gold: string;
}

/** FNV-1a of the page id: the same page lands in the same fold on every run and machine. */
function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

/**
 * Fits the settings on four folds by coordinate-wise grid search (each setting in turn takes the
 * value that scores best with the others held, two sweeps, ties keep the current value) and
 * scores the fifth fold with them. Cross-validated F1 pools every page's held-out prediction.
 */
function crossValidate(pages: GoldPage[]) {
  const started = performance.now();
  const trees = pages.map((p) => parsePage(p.html));
  const texts = new Map<string, string[]>();
  const predict = (settings: ExtractionSettings) => {
    const key = JSON.stringify(settings);
    let out = texts.get(key);
    if (!out) {
      out = trees.map((t) => {
        try {
          return readArticle(t, settings).text ?? '';
        } catch {
          return '';
        }
      });
      texts.set(key, out);
    }
    return out;
  };
  const scored = new Map<string, number>();
  const f1On = (settings: ExtractionSettings, idx: number[]) => {
    const key = `${JSON.stringify(settings)}|${idx.join(',')}`;
    let f1 = scored.get(key);
    if (f1 === undefined) {
      const out = predict(settings);
      f1 = scoreTexts(idx.map((i) => ({ gold: pages[i].gold, predicted: out[i] }))).f1;
      scored.set(key, f1);
    }
    return f1;
  };
  const fitSettings = (idx: number[]) => {
    let current: ExtractionSettings = { ...DEFAULT_SETTINGS };
    let best = f1On(current, idx);
    for (let sweep = 0; sweep < 2; sweep++) {
      const before = current;
      for (const name of Object.keys(GRID) as (keyof ExtractionSettings)[]) {
        for (const value of GRID[name]) {
          const trial = { ...current, [name]: value };
          const f1 = f1On(trial, idx);
          if (f1 > best) {
            best = f1;
            current = trial;
          }
        }
      }
      if (current === before) break;
    }
    return current;
  };
  const folds = pages.map((p) => foldOf(p.id));
  const heldOut: string[] = new Array(pages.length).fill('');
  const perFold = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = pages.flatMap((_, i) => (folds[i] !== k ? [i] : []));
    const test = pages.flatMap((_, i) => (folds[i] === k ? [i] : []));
    const chosen = fitSettings(train);
    const out = predict(chosen);
    for (const i of test) heldOut[i] = out[i];
    perFold.push({
      fold: k,
      pages: test.length,
      trainF1: f1On(chosen, train),
      testF1: f1On(chosen, test),
      defaultTestF1: f1On(DEFAULT_SETTINGS, test),
      picksDefaults: sameSettings(chosen, DEFAULT_SETTINGS),
      changed: changedSettings(chosen),
    });
  }
  const all = pages.map((_, i) => i);
  const inSample = scoreTexts(
    pages.map((p, i) => ({ gold: p.gold, predicted: predict(DEFAULT_SETTINGS)[i] })),
  );
  const crossValidated = scoreTexts(pages.map((p, i) => ({ gold: p.gold, predicted: heldOut[i] })));
  const fittedOnAll = fitSettings(all);
  return {
    folds: FOLDS,
    inSample: { f1: inSample.f1, precision: inSample.precision, recall: inSample.recall },
    crossValidated: {
      f1: crossValidated.f1,
      precision: crossValidated.precision,
      recall: crossValidated.recall,
    },
    foldsPickingDefaults: perFold.filter((f) => f.picksDefaults).length,
    perFold,
    fittedOnAllPages: changedSettings(fittedOnAll),
    perPageF1: histogram(pages.map((p, i) => pageF1(p.gold, predict(DEFAULT_SETTINGS)[i]))),
    settingsTried: texts.size,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

function sameSettings(a: ExtractionSettings, b: ExtractionSettings): boolean {
  return (Object.keys(GRID) as (keyof ExtractionSettings)[]).every((k) => a[k] === b[k]);
}

/** Only the settings that differ from the shipped defaults. */
function changedSettings(s: ExtractionSettings): Partial<ExtractionSettings> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(GRID) as (keyof ExtractionSettings)[])
    if (s[k] !== DEFAULT_SETTINGS[k]) out[k] = s[k];
  return out as Partial<ExtractionSettings>;
}

function pageF1(gold: string, predicted: string): number {
  return scoreTexts([{ gold, predicted }]).f1;
}

/** How many pages fall in each F1 band: the shape of the errors without looking at any one page. */
function histogram(values: number[]): Record<string, number> {
  const bands = ['<0.2', '0.2-0.5', '0.5-0.8', '0.8-0.9', '0.9-0.95', '0.95-0.99', '>=0.99'];
  const edges = [0.2, 0.5, 0.8, 0.9, 0.95, 0.99, Number.POSITIVE_INFINITY];
  const out: Record<string, number> = Object.fromEntries(bands.map((b) => [b, 0]));
  for (const v of values) out[bands[edges.findIndex((e) => v < e)]]++;
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}

// Publication-date benchmark: day-level F = 2TP / (2TP + FP + FN) against the gold days, as
// shared/tools/score-dates.py computes it; beside it the F of k-fold cross-validation, where the
// choice settings (src/collect/dates/choice.ts) are fitted on k-1 folds and scored on the held-out
// one, so a setting that only suits these pages shows as a gap between the two.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody, gunzipIfNeeded } from '../src/collect/charset.ts';
import {
  type DateCandidates,
  type DateChoiceSettings,
  DEFAULT_DATE_CHOICE,
  datesFromCandidates,
  gatherDateCandidates,
} from '../src/collect/dates/index.ts';
import { parsePage } from '../src/collect/extract/dom.ts';

interface GoldDate {
  url: string;
  file: string;
  date: string | null;
}

interface Page {
  gold: GoldDate;
  fold: number;
  candidates: DateCandidates;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  bySource: Record<string, { right: number; wrong: number }>;
}

const FOLDS = 5;

/** The grid the folds choose from; the shipped defaults come first so that ties keep them. */
function settingsGrid(): DateChoiceSettings[] {
  const grid: DateChoiceSettings[] = [DEFAULT_DATE_CHOICE];
  for (const structuredOrder of [
    ['json-ld', 'meta', 'markup'],
    ['meta', 'json-ld', 'markup'],
  ] as const)
    for (const structuredConflict of ['first', 'earliest'] as const)
      for (const [urlOverride, urlFarDays] of [
        ['utc-neighbour', 2],
        ['far', 1],
        ['far', 3],
        ['far', 30],
        ['always', 2],
      ] as const)
        for (const urlMonthMustAgree of [true, false])
          for (const textPick of ['latest', 'first'] as const)
            grid.push({
              structuredOrder,
              structuredConflict,
              urlOverride,
              urlFarDays,
              urlMonthMustAgree,
              textPick,
            });
  return grid;
}

/** FNV-1a of the file name: the same split on every run and every machine. */
function foldOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

function score(pages: Page[], settingsOf: (p: Page) => DateChoiceSettings): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, bySource: {} };
  for (const p of pages) {
    const { published, source } = datesFromCandidates(p.candidates, settingsOf(p));
    const right = !!published && published.slice(0, 10) === p.gold.date;
    if (!published) s.fn++;
    else if (right) s.tp++;
    else s.fp++;
    if (source) {
      s.bySource[source] ??= { right: 0, wrong: 0 };
      s.bySource[source][right ? 'right' : 'wrong']++;
    }
  }
  return s;
}

const fOf = (s: Score) => (s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

function fitSettings(pages: Page[], grid: DateChoiceSettings[]): DateChoiceSettings {
  let best = grid[0];
  let bestF = -1;
  for (const settings of grid) {
    const f = fOf(score(pages, () => settings));
    if (f > bestF) [best, bestF] = [settings, f];
  }
  return best;
}

const sameSettings = (a: DateChoiceSettings, b: DateChoiceSettings) =>
  JSON.stringify(a) === JSON.stringify(b);

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dir = join(opts.dataDir, 'dates');
  // The gold file is written by Python and carries bare NaN for pages without a known day.
  const gold = JSON.parse(
    readFileSync(join(dir, 'gold.json'), 'utf8').replace(/\bNaN\b/g, 'null'),
  ) as GoldDate[];
  const pages: Page[] = [];
  const start = performance.now();
  for (const g of gold) {
    const html = decodeBody(gunzipIfNeeded(readFileSync(join(dir, g.file))));
    const candidates = gatherDateCandidates(parsePage(html), { url: g.url });
    // The shipped choice is made here so that the timing covers a whole findDates.
    datesFromCandidates(candidates);
    pages.push({ gold: g, fold: foldOf(g.file), candidates });
  }
  const seconds = (performance.now() - start) / 1000;

  const inSample = score(pages, () => DEFAULT_DATE_CHOICE);
  const grid = settingsGrid();
  const chosen: DateChoiceSettings[] = [];
  for (let k = 0; k < FOLDS; k++)
    chosen.push(
      fitSettings(
        pages.filter((p) => p.fold !== k),
        grid,
      ),
    );
  const crossValidated = score(pages, (p) => chosen[p.fold]);
  const bestOnAll = fitSettings(pages, grid);
  return {
    pages: gold.length,
    tp: inSample.tp,
    fp: inSample.fp,
    fn: inSample.fn,
    f: round(fOf(inSample)),
    accuracy: round(inSample.tp / gold.length),
    bySource: inSample.bySource,
    crossValidation: {
      folds: FOLDS,
      foldSizes: Array.from({ length: FOLDS }, (_, k) => pages.filter((p) => p.fold === k).length),
      gridSize: grid.length,
      tp: crossValidated.tp,
      fp: crossValidated.fp,
      fn: crossValidated.fn,
      f: round(fOf(crossValidated)),
      bySource: crossValidated.bySource,
      foldsChoseDefaults: chosen.map((c) => sameSettings(c, DEFAULT_DATE_CHOICE)),
      chosen: chosen.map((c) => JSON.stringify(c)),
      bestOnAllPages: { settings: JSON.stringify(bestOnAll), f: round(fOf(score(pages, () => bestOnAll))) },
    },
    pagesPerSecond: Math.round(gold.length / seconds),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}

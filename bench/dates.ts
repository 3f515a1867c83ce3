// Publication-date benchmark: day-level F = 2TP / (2TP + FP + FN) against the gold days, as
// shared/tools/score-dates.py computes it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody, gunzipIfNeeded } from '../src/collect/charset.ts';
import { findDates } from '../src/collect/dates/index.ts';
import { parsePage } from '../src/collect/extract/dom.ts';

interface GoldDate {
  url: string;
  file: string;
  date: string | null;
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dir = join(opts.dataDir, 'dates');
  // The gold file is written by Python and carries bare NaN for pages without a known day.
  const gold = JSON.parse(
    readFileSync(join(dir, 'gold.json'), 'utf8').replace(/\bNaN\b/g, 'null'),
  ) as GoldDate[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const bySource: Record<string, { right: number; wrong: number }> = {};
  const start = performance.now();
  for (const g of gold) {
    const html = decodeBody(gunzipIfNeeded(readFileSync(join(dir, g.file))));
    const { published, source } = findDates(parsePage(html), { url: g.url });
    const right = !!published && published.slice(0, 10) === g.date;
    if (!published) fn++;
    else if (right) tp++;
    else fp++;
    if (source) {
      bySource[source] ??= { right: 0, wrong: 0 };
      bySource[source][right ? 'right' : 'wrong']++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const f = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return {
    pages: gold.length,
    tp,
    fp,
    fn,
    f: Math.round(f * 10_000) / 10_000,
    accuracy: Math.round((tp / gold.length) * 10_000) / 10_000,
    bySource,
    pagesPerSecond: Math.round(gold.length / seconds),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}

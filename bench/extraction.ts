// Main-text extraction benchmark: shingle F1 against the gold bodies (the same metric as
// shared/tools/score-extraction.py) and pages per second on one core.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody, gunzipIfNeeded } from '../src/collect/charset.ts';
import { extractArticle } from '../src/collect/extract/index.ts';
import { scoreTexts } from './text-overlap.ts';

const PASSES = 5;

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
  return {
    pages: pages.length,
    ...score,
    pagesPerSecond: Math.round(rates[Math.floor(rates.length / 2)]),
    passes: PASSES,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}

// `npm run bench`: runs every benchmark in turn, one JSON line each, then a summary; one failure doesn't stop the rest.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type BenchFn = (opts: {
  dataDir: string;
  database?: 'sqlite' | 'postgres';
}) => Promise<Record<string, unknown>>;

interface Plan {
  name: string;
  file: string;
  database?: 'sqlite' | 'postgres';
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const PLANS: Plan[] = [
  { name: 'cli-start', file: 'bench/cli-start.ts' },
  { name: 'extraction', file: 'bench/extraction.ts' },
  { name: 'dates', file: 'bench/dates.ts' },
  { name: 'analysis', file: 'bench/analysis.ts' },
  { name: 'analysis-parts', file: 'bench/analysis-parts.ts' },
  { name: 'places', file: 'bench/places.ts' },
  { name: 'quotes', file: 'bench/quotes.ts' },
  { name: 'tone', file: 'bench/tone.ts' },
  { name: 'ner', file: 'bench/ner.ts' },
  { name: 'issues', file: 'bench/issues.ts' },
  { name: 'auth-write', file: 'bench/auth.ts' },
  { name: 'crawl-sqlite', file: 'bench/crawl.ts', database: 'sqlite' },
  { name: 'crawl-postgres', file: 'bench/crawl.ts', database: 'postgres' },
  { name: 'hostile', file: 'bench/hostile.ts' },
  { name: 'ocr', file: 'bench/ocr.ts' },
  { name: 'web-sqlite', file: 'bench/web-load.ts', database: 'sqlite' },
  { name: 'web-postgres', file: 'bench/web-load.ts', database: 'postgres' },
  { name: 'reports-sqlite', file: 'bench/reports.ts', database: 'sqlite' },
  { name: 'reports-postgres', file: 'bench/reports.ts', database: 'postgres' },
  { name: 'publications-sqlite', file: 'bench/publications.ts', database: 'sqlite' },
  { name: 'publications-postgres', file: 'bench/publications.ts', database: 'postgres' },
];

type Outcome = { bench: string; status: 'ok' | 'error' | 'skipped'; seconds: number } & Record<
  string,
  unknown
>;

async function runPlan(plan: Plan, dataDir: string): Promise<Outcome> {
  const path = resolve(REPO_ROOT, plan.file);
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  if (!existsSync(path)) {
    return {
      bench: plan.name,
      status: 'skipped',
      seconds: 0,
      reason: `${plan.file} belum ada (not written yet)`,
    };
  }
  try {
    const module = (await import(pathToFileURL(path).href)) as { bench?: BenchFn };
    if (typeof module.bench !== 'function') throw new Error(`${plan.file} does not export bench(opts)`);
    const result = await module.bench({ dataDir, ...(plan.database ? { database: plan.database } : {}) });
    // A bench that measured something but also hit errors returns them in `errors`.
    const failed = Array.isArray(result.errors) && result.errors.length > 0;
    return { bench: plan.name, status: failed ? 'error' : 'ok', seconds: seconds(), result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { bench: plan.name, status: 'error', seconds: seconds(), error: message };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, only: { type: 'string' } },
    allowPositionals: false,
  });
  const dataDir = resolve(values.data ?? resolve(REPO_ROOT, '..', 'shared', 'data'));
  const wanted = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // "--only crawl" selects both crawl variants.
  const plans = wanted
    ? PLANS.filter((p) => wanted.some((w) => p.name === w || p.name.startsWith(`${w}-`)))
    : PLANS;
  const unknown = wanted?.filter((w) => !PLANS.some((p) => p.name === w || p.name.startsWith(`${w}-`))) ?? [];
  if (unknown.length > 0) {
    console.error(
      `Benchmark tidak dikenal: ${unknown.join(', ')}. Pilihan: ${PLANS.map((p) => p.name).join(', ')}`,
    );
  }
  if (wanted && plans.length === 0) {
    console.error(
      `Tidak ada benchmark bernama ${wanted.join(', ')}. Pilihan: ${PLANS.map((p) => p.name).join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const outcomes: Outcome[] = [];
  for (const plan of plans) {
    const outcome = await runPlan(plan, dataDir);
    if (outcome.status === 'skipped') console.error(`Lewati ${plan.name}: ${outcome.reason}`);
    if (outcome.status === 'error') console.error(`Gagal ${plan.name}: ${outcome.error ?? 'lihat errors'}`);
    console.log(JSON.stringify(outcome));
    outcomes.push(outcome);
  }
  const summary = {
    summary: outcomes.map(({ bench, status, seconds }) => ({ bench, status, seconds })),
    ok: outcomes.filter((o) => o.status === 'ok').length,
    failed: outcomes.filter((o) => o.status === 'error').length,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
    dataDir,
  };
  console.log(JSON.stringify(summary));
  if (summary.failed > 0) process.exitCode = 1;
}

await main();

// Analysis speed and memory with a region's full list of villages loaded as workspace places
// (~80,000 names, as `pantau places import` takes them) against none: articles per second through
// the page processes (the path `pantau reanalyze` and the analyze job take) and inline on one
// core, with the peak RSS of each run (the largest single process). Each run is its own process so one's peak cannot hide
// another's. The names are made up here from syllables of Javanese, Sundanese and Malay village
// names; no data file is read. BENCH_PLACES_ARTICLES sets the articles per run (default 3,000).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalysisSettings } from '../src/analyze/article.ts';
import type { GazetteerEntry } from '../src/analyze/entities/index.ts';
import { parseSubjectQuery } from '../src/analyze/query/index.ts';
import { createPageAnalyser } from '../src/kernel/sandbox/page-pool.ts';
import { peakRssOfTreeMb, treeCpuSeconds } from './crawl-process.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const PLACES = 80_000;
const PROCESSES = 2;
/** As many articles in flight as `pantau reanalyze` keeps. */
const CONCURRENCY = 8;

const SUBJECTS = ['"wali kota" OR arief', 'banjir OR longsor', 'title:(pasar OR jalan)'].map((query) => ({
  query,
  node: parseSubjectQuery(query),
}));

const HEADS =
  `Suka Ci Sumber Karang Tanjung Pasir Muara Sungai Batu Air Padang Bukit Wono Kali Gunung Rawa Pulo
  Tegal Kebon Kampung Lubuk Teluk Kuta Banjar Bojong Cikal Sido Mulyo Tirto Jati Kedung Ngadi Purwo Sri
  Giri Rejo Margo Selo Pagar Talang Tebing Koto Nagari Lembah Labuhan`.split(/\s+/);
const BODIES = `maju mulya jaya asih rahayu makmur sari harjo rejo agung wangi manik raya indah luhur mekar
  laksana galih kerta bakti sentosa tani asri kencana dadi arum lestari wetan ngasem bening dalem
  rojo wiyoro ayu gede anyar kidang lumbu rangkas tengah pandan rasa waru sela`.split(/\s+/);
const TAILS = `Kidul Lor Wetan Kulon Baru Lama Hilir Hulu Utara Selatan Timur Barat Tengah Satu Dua Indah
  Permai Jaya Makmur Asri`.split(/\s+/);

/** Village-like names, the same on every run: "Sukamulya Kidul", "Cisari", "Karangrejo Wetan". */
function syntheticPlaces(count: number): GazetteerEntry[] {
  let seed = 20_240_601;
  const pick = <T>(list: readonly T[]): T => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return list[(seed >>> 8) % list.length] as T;
  };
  const seen = new Set<string>();
  const out: GazetteerEntry[] = [];
  while (out.length < count) {
    const body = pick(BODIES);
    let name = pick(HEADS) + body;
    if (pick([0, 1, 2]) === 0) name += pick(BODIES);
    const roll = pick([0, 1, 2, 3, 4]);
    if (roll < 2) name += ` ${pick(TAILS)}`;
    else if (roll === 2) name = `${pick(HEADS)} ${body[0]?.toUpperCase()}${body.slice(1)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, kind: out.length % 14 === 0 ? 'district' : 'village' });
  }
  return out;
}

type Mode = 'processes' | 'inline';

interface Run {
  mode: Mode;
  places: number;
  articles: number;
  articlesPerSecond: number;
  articlesPerCpuSecond: number;
  peakRssMb: number;
  entitiesSeen: number;
}

async function runOnce(mode: Mode, placeCount: number, total: number): Promise<Run> {
  const articles = Array.from({ length: 500 }, (_, i) => syntheticArticle(i));
  // Built once and then reused, as the workspace-analysis cache does for its ten seconds.
  const settings: AnalysisSettings = { subjects: SUBJECTS, places: syntheticPlaces(placeCount) };
  const pages = createPageAnalyser({ processes: mode === 'processes' ? PROCESSES : 0 });
  let sink = 0;
  const analyse = async (from: number, to: number) => {
    for (let i = from; i < to; i += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, to - i) }, (_, k) => {
        const a = articles[(i + k) % articles.length] as { title: string; text: string };
        return pages.analyseArticle({ ...a, settings });
      });
      for (const r of await Promise.all(batch)) sink += r.entities.length;
    }
  };
  try {
    await analyse(0, Math.min(200, total)); // processes started, JIT warm
    const started = performance.now();
    // CPU time of this process and its page processes: other processes on a busy machine stretch
    // the wall clock, not this.
    const cpuStart = treeCpuSeconds(process.pid);
    await analyse(0, total);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = treeCpuSeconds(process.pid) - cpuStart;
    return {
      mode,
      places: placeCount,
      articles: total,
      articlesPerSecond: round(total / seconds),
      articlesPerCpuSecond: round(total / cpuSeconds),
      peakRssMb: peakRssOfTreeMb(process.pid),
      entitiesSeen: sink,
    };
  } finally {
    await pages.close();
  }
}

function runInChild(mode: Mode, places: number, total: number): Run {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--run', mode, String(places), String(total)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`${mode}/${places}: ${child.stderr.trim().split('\n').pop()}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Run;
}

export async function bench(_opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const total = Number(process.env.BENCH_PLACES_ARTICLES ?? 3000);
  const runs: Run[] = [];
  const errors: string[] = [];
  for (const mode of ['processes', 'inline'] as const)
    for (const places of [0, PLACES]) {
      try {
        runs.push(runInChild(mode, places, total));
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
  const slowdown = (mode: Mode) => {
    const none = runs.find((r) => r.mode === mode && r.places === 0);
    const full = runs.find((r) => r.mode === mode && r.places === PLACES);
    return none && full ? round((1 - full.articlesPerCpuSecond / none.articlesPerCpuSecond) * 100) : null;
  };
  return {
    runs,
    /** Articles per CPU second lost with the places loaded (negative: none lost). */
    slowdownPercentWithPlaces: { processes: slowdown('processes'), inline: slowdown('inline') },
    target: 'at most 10 % slower with 80,000 places',
    ...(errors.length ? { errors } : {}),
  };
}

function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [flag, mode, places, total] = process.argv.slice(2);
  if (flag === '--run') {
    console.log(JSON.stringify(await runOnce(mode as Mode, Number(places), Number(total))));
  } else {
    console.log(JSON.stringify(await bench({ dataDir: '' }), null, 2));
  }
}

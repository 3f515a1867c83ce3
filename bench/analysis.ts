// Whole-article analysis (tone, four subject queries with tone toward each, entities, quotes, key
// phrases, summary) on 500-word articles: articles per second of CPU on one core, and whether
// memory stays flat over a long run (default 100,000 articles; BENCH_ANALYSIS_ARTICLES overrides).
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../src/analyze/article.ts';
import { parseSubjectQuery } from '../src/analyze/query/index.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const SUBJECTS = [
  '"wali kota" OR arief',
  'banjir OR longsor',
  'title:(pasar OR jalan)',
  'dprd NEAR/5 anggaran',
].map((query) => ({ query, node: parseSubjectQuery(query) }));

export async function bench(_opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const total = Number(process.env.BENCH_ANALYSIS_ARTICLES ?? 100_000);
  const variants = Array.from({ length: 500 }, (_, i) => syntheticArticle(i));
  const words = variants.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / variants.length;
  for (const a of variants.slice(0, 200)) analyzeArticle(a, { subjects: SUBJECTS }); // JIT warm-up

  const samples: { articles: number; heapMb: number; rssMb: number }[] = [];
  const sample = (articles: number) => {
    const m = process.memoryUsage();
    samples.push({ articles, heapMb: round(m.heapUsed / 2 ** 20), rssMb: round(m.rss / 2 ** 20) });
  };
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let sink = 0;
  for (let i = 0; i < total; i++) {
    const result = analyzeArticle(variants[i % variants.length], { subjects: SUBJECTS });
    sink += result.entities.length; // keep the work observable so nothing is optimised away
    if ((i + 1) % Math.max(1, Math.floor(total / 10)) === 0) sample(i + 1);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const later = samples.slice(1);
  return {
    articles: total,
    averageWords: Math.round(words),
    articlesPerCpuSecond: round(total / cpuSeconds),
    articlesPerSecond: round(total / wallSeconds),
    msPerArticle: round((cpuSeconds * 1000) / total, 3),
    memory: samples,
    heapGrowthMbAfterFirstTenth: later.length
      ? round(later[later.length - 1].heapMb - later[0].heapMb)
      : null,
    entitiesSeen: sink,
  };
}

function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await bench({ dataDir: process.argv[2] ?? '../shared/data' }), null, 2));
}

// Speed of key phrases and summaries on synthetic 500-word articles built from our own Sukamaju
// fixtures (no external data): CPU milliseconds per article, one core. Filing into issues needs the
// store and realistic variety, so the crawl bench measures it (bench/crawl.ts).
import { pathToFileURL } from 'node:url';
import { extractKeyphrases } from '../src/analyze/keyphrases/index.ts';
import { summarize } from '../src/analyze/summary/index.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const ARTICLES = 2000;

function timePerArticle(
  articles: { title: string; text: string }[],
  run: (a: { title: string; text: string }) => unknown,
) {
  for (const a of articles.slice(0, 200)) run(a); // warm-up for the JIT
  // CPU time, not wall time: other processes on a busy machine must not inflate the figure.
  const start = process.cpuUsage();
  for (const a of articles) run(a);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / articles.length;
}

export async function bench(_opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const articles = Array.from({ length: ARTICLES }, (_, i) => syntheticArticle(i));
  const keyphraseMs = timePerArticle(articles, (a) => extractKeyphrases(a));
  const summaryMs = timePerArticle(articles, (a) => summarize(a));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: ARTICLES,
    wordsPerArticle: 500,
    keyphraseMsPerArticle: round(keyphraseMs),
    summaryMsPerArticle: round(summaryMs),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await bench({ dataDir: '' })));
}

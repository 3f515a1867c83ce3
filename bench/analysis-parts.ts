// Speed of key phrases, summaries and issue assignment on synthetic 500-word articles built from
// our own Sukamaju fixtures (no external data): CPU milliseconds per article, one core.
import { pathToFileURL } from 'node:url';
import {
  assignIssue,
  emptyIssue,
  type IssueState,
  memberOf,
  withMember,
} from '../src/analyze/issues/index.ts';
import { extractKeyphrases } from '../src/analyze/keyphrases/index.ts';
import { ALL_FIXTURES } from '../src/analyze/keyphrases/news-fixtures.ts';
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
  // Issue assignment against a realistic number of open issues.
  let issues: IssueState[] = [];
  let next = 1;
  const base = Date.parse('2025-05-01T00:00:00+07:00');
  const inputs = articles.map((a, i) => ({
    id: `artikel-${i}`,
    title: a.title,
    keyphrases: extractKeyphrases(a).map((k) => k.phrase),
    entities: ALL_FIXTURES[i % ALL_FIXTURES.length].entities,
    publishedAt: new Date(base + i * 600_000),
  }));
  const start = process.cpuUsage();
  for (const input of inputs) {
    const { issueId } = assignIssue(input, issues, input.publishedAt);
    // As the pipeline does: the issue's summary grows by one member; other members are not read.
    const member = memberOf(input);
    if (issueId) issues = issues.map((s) => (s.id === issueId ? withMember(s, member) : s));
    else issues.push(withMember(emptyIssue(`isu-${next++}`), member));
  }
  const used = process.cpuUsage(start);
  const issueMs = (used.user + used.system) / 1000 / inputs.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: ARTICLES,
    wordsPerArticle: 500,
    keyphraseMsPerArticle: round(keyphraseMs),
    summaryMsPerArticle: round(summaryMs),
    issueAssignMsPerArticle: round(issueMs),
    issues: issues.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await bench({ dataDir: '' })));
}

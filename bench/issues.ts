// Issue grouping against story lines a reader labelled: our own realistic news about one region
// over three weeks (corpus/issues/dev.jsonl, used while developing; test.jsonl, never read while
// developing), filed one by one in publication order as the pipeline files them, scored with
// B-cubed and pairwise precision/recall/F1 against the story lines.
//
// Not modelled here: the pipeline first joins syndicated copies (near-duplicate text) to their
// original's issue; this bench groups every article by its terms alone, which is the harder case.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analyze/article.ts';
import {
  assignIssue,
  emptyIssue,
  type IssueInput,
  type IssueState,
  memberOf,
  withMember,
} from '../src/analyze/issues/index.ts';

interface StoryArticle {
  id: string;
  storyline: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

const CORPUS = fileURLToPath(new URL('../corpus/issues/', import.meta.url));

function read(split: string): StoryArticle[] {
  return readFileSync(`${CORPUS}${split}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StoryArticle)
    .sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || a.id.localeCompare(b.id));
}

/** Which issue each article lands in, filing in publication order. */
export function fileAll(articles: readonly StoryArticle[]): Map<string, string> {
  const issues: IssueState[] = [];
  const placed = new Map<string, string>();
  for (const a of articles) {
    const analysis = analyzeArticle({ title: a.title, text: a.text });
    const input: IssueInput = {
      id: a.id,
      title: a.title,
      keyphrases: analysis.keyphrases,
      entities: analysis.entities.map((e) => ({ canonical: e.canonical, type: e.type })),
      publishedAt: new Date(a.published),
      tone: analysis.tone.label,
      outlet: a.outlet,
    };
    const { issueId } = assignIssue(input, issues, input.publishedAt);
    const index = issueId === null ? -1 : issues.findIndex((i) => i.id === issueId);
    const base = index >= 0 ? issues[index] : emptyIssue(`i${issues.length + 1}`);
    const next = withMember(base, memberOf(input));
    if (index >= 0) issues[index] = next;
    else issues.push(next);
    placed.set(a.id, next.id);
  }
  return placed;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function clusterScores(gold: Map<string, string>, found: Map<string, string>) {
  const ids = [...gold.keys()];
  const members = (m: Map<string, string>) => {
    const groups = new Map<string, string[]>();
    for (const id of ids) groups.set(m.get(id) as string, [...(groups.get(m.get(id) as string) ?? []), id]);
    return groups;
  };
  const goldGroups = members(gold);
  const foundGroups = members(found);
  let precision = 0;
  let recall = 0;
  let samePairs = 0;
  let foundPairs = 0;
  let goldPairs = 0;
  for (const id of ids) {
    const mine = foundGroups.get(found.get(id) as string) as string[];
    const truth = goldGroups.get(gold.get(id) as string) as string[];
    const both = mine.filter((x) => gold.get(x) === gold.get(id)).length;
    precision += both / mine.length;
    recall += both / truth.length;
    samePairs += both - 1;
    foundPairs += mine.length - 1;
    goldPairs += truth.length - 1;
  }
  const bp = precision / ids.length;
  const br = recall / ids.length;
  const pp = foundPairs ? samePairs / foundPairs : 1;
  const pr = goldPairs ? samePairs / goldPairs : 1;
  const largest = [...foundGroups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const splitStories = [...goldGroups.entries()].filter(
    ([, list]) => new Set(list.map((id) => found.get(id))).size > 1,
  ).length;
  return {
    articles: ids.length,
    storyLines: goldGroups.size,
    issues: foundGroups.size,
    bcubed: { precision: round(bp), recall: round(br), f1: round(f1(bp, br)) },
    pairwise: { precision: round(pp), recall: round(pr), f1: round(f1(pp, pr)) },
    largestIssue: {
      articles: largest.length,
      storyLines: new Set(largest.map((id) => gold.get(id))).size,
    },
    storyLinesSplit: splitStories,
  };
}

export async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const split of ['dev', 'test']) {
    if (!existsSync(`${CORPUS}${split}.jsonl`)) {
      out[split] = `corpus/issues/${split}.jsonl belum ada`;
      continue;
    }
    const articles = read(split);
    const gold = new Map(articles.map((a) => [a.id, a.storyline]));
    out[split] = clusterScores(gold, fileAll(articles));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await bench(), null, 2));
}

// Turns the Sukamaju news fixtures into issue inputs the way the analysis pipeline does.
import { extractKeyphrases } from '../keyphrases/index.ts';
import type { NewsFixture } from '../keyphrases/news-fixtures.ts';
import type { IssueInput } from './types.ts';

export function issueInput(f: NewsFixture): IssueInput {
  return {
    id: f.id,
    title: f.title,
    keyphrases: extractKeyphrases(f).map((k) => k.phrase),
    entities: f.entities,
    publishedAt: new Date(f.publishedAt),
    tone: f.tone,
    outlet: f.outlet,
  };
}

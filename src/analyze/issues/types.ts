// Shapes of issues (topics that group articles as they arrive): what an article brings, and the
// compact, JSON-serialisable state the store keeps per issue (its members are stored apart, so
// assigning an article never has to read them).
import type { ToneLabel } from '../types.ts';

export interface IssueInput {
  id: string;
  title: string;
  /** The article's key phrases, best first (from extractKeyphrases). */
  keyphrases: string[];
  entities: { canonical: string; type: string }[];
  publishedAt: Date;
  tone?: ToneLabel;
  outlet?: string | null;
}

/** One weighted feature of an issue or article: a key phrase, an entity or a word of a phrase. */
export interface IssueTerm {
  weight: number;
  /** How to show it, e.g. "banjir rob" or "Arief Wicaksono". */
  text: string;
  /** 'phrase', 'word', or the entity type ('PER', 'ORG', 'LOC', …). */
  kind: string;
}

export interface IssueMember {
  id: string;
  /** ISO timestamp. */
  publishedAt: string;
  tone: ToneLabel | null;
  outlet: string | null;
  /** Placed here by an analyst: automatic processing never moves it. */
  pinned: boolean;
  /** The article's own strongest terms, so edits can rebuild the centroid exactly. */
  terms: Record<string, IssueTerm>;
}

export interface IssueState {
  id: string;
  /** Sum of the members' term weights, strongest terms only. */
  terms: Record<string, IssueTerm>;
  firstAt: string;
  lastAt: string;
  articleCount: number;
  tones: Record<ToneLabel, number>;
  outlets: Record<string, number>;
  /** The analyst's name for the issue; automatic labels never replace it. */
  manualLabel: string | null;
  /** An analyst closed the issue to automatic assignment. */
  locked: boolean;
  /** Ids of issues merged into this one, so links to them still resolve. */
  mergedIds: string[];
}

/** An issue with all its members, as analyst edits and exact rebuilds need it. */
export interface IssueGroup {
  issue: IssueState;
  members: IssueMember[];
}

export interface AssignOptions {
  /** Lowest similarity (0–1) to join an issue; 0.2 unless told. */
  threshold?: number;
  /** An issue quiet for longer than this many days takes no new articles; 14 unless told. */
  quietDays?: number;
  /** Similarity halves for every this many days between the article and the issue; 10 unless told. */
  halfLifeDays?: number;
  /** How much each term tells issues apart; computed over `issues` unless the caller keeps it. */
  rarity?: (key: string) => number;
}

// Analyses one article end to end — tone with reasons, monitored subjects and the tone toward
// each, people/organisations/places, quotes, key phrases and a summary — as one pure function.
import { contentOnly, readArticleText } from './article-text.ts';
import {
  createGazetteer,
  type EntityAlias,
  findEntities,
  type Gazetteer,
  type GazetteerEntry,
} from './entities/index.ts';
import { extractKeyphrases } from './keyphrases/index.ts';
import {
  type Highlight,
  matchQuery,
  parseSubjectQuery,
  prepareSubjectDocument,
  type QueryNode,
} from './query/index.ts';
import { findQuotes } from './quotes/index.ts';
import type { KnownSpeakers } from './quotes/known-speakers.ts';
import { summarize } from './summary/index.ts';
import { analyzeTone, scoreText } from './tone/index.ts';
import { toneTowardSubject } from './tone/target/index.ts';
import type { Entity, Quote, Tone } from './types.ts';

export interface SubjectQuery {
  query: string;
  /** The parsed query, when the caller parsed it once for many articles. */
  node?: QueryNode;
}

export interface AnalysisSettings {
  subjects?: SubjectQuery[];
  aliases?: EntityAlias[];
  gazetteer?: Gazetteer;
  /**
   * The workspace's own places as plain entries: settings cross to the page processes by structured
   * clone, which a Gazetteer (functions) does not survive, so it is built here from these.
   */
  places?: GazetteerEntry[];
  /** Surface forms analysts said are not entities: never reported as one. */
  notEntities?: string[];
  /** Who the workspace learnt speaks, and who holds which title, from analysts' speaker corrections. */
  speakers?: KnownSpeakers;
}

/**
 * Built once per places list: the caller keeps one list per workspace version (the workspace-analysis
 * cache; in a page process, the settings the pool sent it once), so articles share the compiled list.
 */
const placeGazetteers = new WeakMap<GazetteerEntry[], Gazetteer>();

function workspaceGazetteer(settings: AnalysisSettings): Gazetteer | undefined {
  if (settings.gazetteer || !settings.places?.length) return settings.gazetteer;
  let gazetteer = placeGazetteers.get(settings.places);
  if (!gazetteer) {
    gazetteer = createGazetteer(settings.places);
    placeGazetteers.set(settings.places, gazetteer);
  }
  return gazetteer;
}

export interface SubjectAnalysis {
  query: string;
  matched: boolean;
  /** Tone toward the subject (null when it is not mentioned). */
  tone: Tone | null;
  highlights: Highlight[];
}

export interface ArticleAnalysis {
  tone: Tone;
  /** The headline's tone read alone (null without a headline): leaders often read only that. */
  headlineTone: Tone | null;
  subjects: SubjectAnalysis[];
  entities: Entity[];
  quotes: Quote[];
  keyphrases: string[];
  summary: string;
}

export function analyzeArticle(
  input: { title?: string; text: string },
  settings: AnalysisSettings = {},
): ArticleAnalysis {
  const title = input.title ?? '';
  const text = input.text;
  // Split and tokenised once, then shared by entities, tone, key phrases and summary.
  const article = readArticleText(text);
  const found = findEntities(contentOnly(article), {
    gazetteer: workspaceGazetteer(settings),
    aliases: settings.aliases,
  });
  const notEntities = new Set(settings.notEntities ?? []);
  const entities = notEntities.size > 0 ? found.filter((e) => !notEntities.has(e.text)) : found;
  const doc = { title, text };
  const scored = scoreText(text, article);
  // Indexed once per article, however many subjects are checked against it.
  const prepared = settings.subjects?.length ? prepareSubjectDocument(doc) : null;
  // The body's own tone, read by the model toward every subject: worked out once.
  let body: Tone | undefined;
  const subjects = (settings.subjects ?? []).map((subject): SubjectAnalysis => {
    const node = subject.node ?? parseSubjectQuery(subject.query);
    const match = matchQuery(node, prepared ?? doc);
    if (!match.matched) return { query: subject.query, matched: false, tone: null, highlights: [] };
    const inText = match.highlights.filter((h) => h.field === 'text');
    // A subject named only in the headline takes the headline's tone.
    if (inText.length > 0) body ??= analyzeTone({ text }, scored);
    const tone =
      inText.length > 0
        ? toneTowardSubject(doc, inText, scored, undefined, body)
        : analyzeTone({ title, text: '' });
    return { query: subject.query, matched: true, tone, highlights: match.highlights };
  });
  return {
    tone: analyzeTone({ title, text }, scored),
    headlineTone: title.trim() ? analyzeTone({ title, text: '' }) : null,
    subjects,
    entities,
    quotes: findQuotes(text, { entities, known: settings.speakers }),
    keyphrases: extractKeyphrases({ title, text }, {}, article).map((k) => k.phrase),
    summary: summarize({ title, text }, {}, article),
  };
}

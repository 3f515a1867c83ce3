// Analysing stored articles: once as each arrives (the analyze-article job after extraction) and
// again for a whole workspace after subjects, lexicon or rules change (`pantau reanalyze`).
import type { AnalysisSettings } from '../../analyze/article.ts';
import { parseSubjectQuery } from '../../analyze/query/index.ts';
import { chooseTone, predictTone } from '../../analyze/tone/index.ts';
import type { Tone } from '../../analyze/types.ts';
import type { Subject } from '../../domain/subject.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { findArticle } from '../articles/articles.repo.ts';
import { learntSpeakers } from '../corrections/speaker-learning.service.ts';
import { fileArticleInIssue } from '../issues/issue-filing.service.ts';
import { workspaceGazetteerEntries } from '../places/places.service.ts';
import { listSubjects } from '../subjects/subjects.repo.ts';
import { subjectAliases } from '../subjects/subjects.service.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { analysisPolicy } from './analysis.policy.ts';
import {
  countAnalysedArticles,
  countFetchedArticles,
  fetchedArticleIds,
  saveAnalysis,
} from './analysis.repo.ts';
import { learntEntities } from './entity-learning.service.ts';
import { type WorkspaceToneModel, workspaceToneModel } from './tone-learning.service.ts';
import { cachedWorkspaceAnalysis } from './workspace-analysis-cache.ts';

/** What analysis needs from the workspace, read once and reused for many articles. */
export interface WorkspaceAnalysis {
  subjects: Subject[];
  settings: AnalysisSettings;
  tone: WorkspaceToneModel;
}

export async function loadWorkspaceAnalysis(store: Store, workspaceId: number): Promise<WorkspaceAnalysis> {
  const subjects = await listSubjects(store, workspaceId, { enabledOnly: true });
  // Analysts' entity corrections come first: their verdict on a form wins over a subject's alias,
  // and over a name learnt from a speaker correction (an entity verdict is about the form itself).
  const learnt = await learntEntities(store, workspaceId);
  const speakers = await learntSpeakers(store, workspaceId);
  return {
    subjects,
    tone: await workspaceToneModel(store, workspaceId),
    settings: {
      subjects: subjects.map((s) => ({ query: s.query, node: parseSubjectQuery(s.query) })),
      aliases: [...learnt.aliases, ...speakers.aliases, ...subjectAliases(subjects)],
      notEntities: learnt.notEntities,
      speakers: speakers.speakers,
      places: await workspaceGazetteerEntries(store, workspaceId),
    },
  };
}

/** The lexicon's tone, unless the workspace's model learnt from corrections has earned its place. */
function toneFor(learnt: WorkspaceToneModel, input: { title?: string; text: string }, lexicon: Tone): Tone {
  if (!learnt.model || !learnt.takesOver) return lexicon;
  const { source: _source, ...chosen } = chooseTone(
    lexicon,
    predictTone(learnt.model, input),
    learnt.validation,
  );
  return chosen;
}

/** Analyses one stored article and replaces its stored analysis. False when it has no text yet. */
export async function analyzeStoredArticle(
  store: Store,
  pages: PageAnalyser,
  articleId: number,
  workspace?: WorkspaceAnalysis,
): Promise<boolean> {
  const article = await findArticle(store, articleId);
  if (article?.status !== 'fetched' || !article.text) return false;
  const context =
    workspace ??
    (await cachedWorkspaceAnalysis(store, article.workspaceId, () =>
      loadWorkspaceAnalysis(store, article.workspaceId),
    ));
  const result = await pages.analyseArticle({
    title: article.title ?? undefined,
    text: article.text,
    settings: context.settings,
  });
  const tone = toneFor(context.tone, { title: article.title ?? undefined, text: article.text }, result.tone);
  await saveAnalysis(
    store,
    {
      articleId,
      workspaceId: article.workspaceId,
      analyzedAt: new Date().toISOString(),
      tone,
      headlineTone:
        result.headlineTone === undefined
          ? undefined
          : result.headlineTone && { label: result.headlineTone.label, score: result.headlineTone.score },
      entities: result.entities,
      quotes: result.quotes,
      keyphrases: result.keyphrases,
      summary: result.summary,
    },
    result.subjects.flatMap((s, i) =>
      s.matched && s.tone
        ? [{ subjectId: context.subjects[i].id, tone: s.tone, highlights: s.highlights }]
        : [],
    ),
  );
  await fileArticleInIssue(store, {
    articleId,
    workspaceId: article.workspaceId,
    storyId: article.storyId,
    title: article.title ?? '',
    keyphrases: result.keyphrases,
    entities: result.entities,
    publishedAt: new Date(article.publishedAt ?? article.fetchedAt ?? Date.now()),
    tone: tone.label,
    outlet: article.outlet,
  });
  return true;
}

/** How many of the workspace's articles have been analysed (for a build's progress). */
export function analysedArticles(store: Store, workspaceId: number): Promise<number> {
  return countAnalysedArticles(store, workspaceId);
}

/**
 * Re-analyses every collected article of a workspace, a page of ids at a time with several in
 * flight (the page pool spreads them over the cores); reports progress as it goes, with the id up
 * to which every article is done, so a run cut short can resume `from` there.
 */
export async function reanalyzeWorkspace(
  on: Store | Ctx,
  pages: PageAnalyser,
  input: {
    workspace?: string | null;
    concurrency?: number;
    /** Resume after this article id, `done` articles already counted. */
    from?: { afterId: number; done: number };
  },
  onProgress?: (done: number, total: number, doneUpToId: number) => void,
): Promise<number> {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, analysisPolicy.can('reanalyze'), ws.id);
  const context = await loadWorkspaceAnalysis(store, ws.id);
  const total = await countFetchedArticles(store, ws.id);
  const concurrency = input.concurrency ?? 8;
  let done = input.from?.done ?? 0;
  let after = input.from?.afterId ?? 0;
  for (;;) {
    const ids = await fetchedArticleIds(store, ws.id, after, 200);
    if (ids.length === 0) break;
    for (let i = 0; i < ids.length; i += concurrency) {
      const chunk = ids.slice(i, i + concurrency);
      await Promise.all(chunk.map((id) => analyzeStoredArticle(store, pages, id, context)));
      done += chunk.length;
      // Ids come in ascending order and each chunk finishes whole: everything up to its last is done.
      onProgress?.(done, total, chunk[chunk.length - 1]);
    }
    after = ids[ids.length - 1];
  }
  return done;
}

// One article, its analysis (with analysts' corrections applied), its story and corrections.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { articleResponse } from '../../../../src/modules/articles/articles.schema.ts';
import type { CorrectionBody, correctionSchema } from '../../../../src/modules/subjects/subjects.schema.ts';
import { api } from '../../app/api/client.ts';

export type Article = z.infer<typeof articleResponse>['article'];
export type Correction = z.infer<typeof correctionSchema> & { subjectId?: number | null };

export interface ToneReason {
  text: string;
  start: number;
  end: number;
  rule: string;
  weight: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Entity extends Span {
  type: 'PER' | 'ORG' | 'LOC';
  text: string;
  canonical: string | null;
  role?: string | null;
}

export interface Quote extends Span {
  text: string;
  speaker: string | null;
  speakerCanonical?: string | null;
  role?: string | null;
  kind?: string;
}

/** A subject the article matches, the tone toward it and where it is named (when the server sends it). */
export interface SubjectMatch {
  subjectId: number;
  name?: string;
  kind?: string;
  tone: { label: string; score?: number; corrected?: boolean };
  highlights?: ({ field: 'title' | 'text' } & Span)[];
}

/** The analysis route's answer (declared loose on the server; this is what it holds). */
export interface Analysis {
  articleId: number;
  analyzedAt: string;
  tone: { label: string; score: number; reasons?: ToneReason[]; corrected?: boolean };
  headlineTone?: { label: string; score: number } | null;
  entities: Entity[];
  quotes: Quote[];
  keyphrases: string[];
  summary: string;
  issue: { id: number; label: string; pinned: boolean; reason: string | null } | null;
  corrections: Correction[];
  /** Every correction, superseded ones included, newest first. */
  history?: Correction[];
  subjects?: SubjectMatch[];
}

export interface StoryCopy {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string;
  publishedAt: string | null;
  storySimilarity: number | null;
}

export interface Story {
  story: { id: number; title: string | null; articleCount: number; outletCount: number };
  articles: StoryCopy[];
}

export const articleKey = (workspace: string, id: number) => ['article', workspace, id] as const;
export const analysisKey = (workspace: string, id: number) => ['analysis', workspace, id] as const;

export function useArticle(workspace: string, id: number) {
  return useQuery({
    queryKey: articleKey(workspace, id),
    queryFn: () => api<{ article: Article }>(`/api/v1/articles/${id}`, { query: { workspace } }),
    select: (d) => d.article,
  });
}

export function useAnalysis(workspace: string, id: number) {
  return useQuery({
    queryKey: analysisKey(workspace, id),
    queryFn: () => api<{ analysis: Analysis }>(`/api/v1/articles/${id}/analysis`, { query: { workspace } }),
    select: (d) => d.analysis,
  });
}

export function useStory(workspace: string, storyId: number | null) {
  return useQuery({
    queryKey: ['story', workspace, storyId],
    queryFn: () => api<Story>(`/api/v1/stories/${storyId}`, { query: { workspace } }),
    enabled: storyId !== null,
  });
}

/** Saves an analyst's correction; the analysis is read again so the page shows it in force. */
export function useCorrection(workspace: string, articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectionBody) =>
      api<{ correction: Correction }>(`/api/v1/articles/${articleId}/corrections`, {
        method: 'POST',
        query: { workspace },
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: analysisKey(workspace, articleId) });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

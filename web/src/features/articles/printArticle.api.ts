// What the article route adds for a print article (issue 13): where the clipping came from and the
// box of its page image, plus the versions of its text (version 1 is the OCR) and saving a
// corrected text against the version it was based on.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  clippingOfArticleSchema,
  textCorrectionSchema,
  textVersionSchema,
} from '../../../../src/modules/clippings/clippings.schema.ts';
import { api } from '../../app/api/client.ts';
import { type Article, analysisKey, articleKey } from './article.api.ts';

export type ArticleClipping = z.infer<typeof clippingOfArticleSchema>;

export type TextVersion = z.infer<typeof textVersionSchema>;

/** The clipping behind an article, when the article came from print. */
export function clippingOf(article: Article): ArticleClipping | null {
  return article.medium === 'print' && article.clipping ? article.clipping : null;
}

export const textVersionsKey = (workspace: string, id: number) =>
  ['article-text-versions', workspace, id] as const;

export function useTextVersions(workspace: string, id: number, enabled = true) {
  return useQuery({
    queryKey: textVersionsKey(workspace, id),
    queryFn: () => api<TextVersion[]>(`/api/v1/articles/${id}/text-versions`, { query: { workspace } }),
    enabled,
  });
}

export type TextCorrection = z.input<typeof textCorrectionSchema>;

/** Saves a corrected text; a 409 means someone saved a newer version meanwhile. */
export function useCorrectText(workspace: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TextCorrection) =>
      api<{ version: number }>(`/api/v1/articles/${id}/text`, { method: 'PUT', query: { workspace }, body }),
    onSettled: () => {
      // Also after a 409: the list then shows the newer version the user has to start from.
      void queryClient.invalidateQueries({ queryKey: textVersionsKey(workspace, id) });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: articleKey(workspace, id) });
      // The analysis runs again on the corrected text.
      void queryClient.invalidateQueries({ queryKey: analysisKey(workspace, id) });
    },
  });
}

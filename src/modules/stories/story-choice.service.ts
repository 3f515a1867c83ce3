// Decides whether a freshly fetched article is a copy of one already stored (same wire story on
// another outlet) and explains the decision with the similarity and the passage they share.
import {
  estimateSimilarity,
  explainDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../collect/dedup/minhash.ts';
import type { ChooseStory, StoryChoice } from './stories.repo.ts';

export function storyChooser(page: { text: string; contentHash: string; signature: number[] }): ChooseStory {
  return async (candidates, loadText): Promise<StoryChoice | null> => {
    const exact = candidates.find((c) => c.contentHash === page.contentHash);
    if (exact) {
      const { sharedPassage } = explainDuplicate(page.text, await loadText(exact.articleId));
      return {
        storyId: exact.storyId,
        matchedArticleId: exact.articleId,
        similarity: 1,
        passage: sharedPassage,
      };
    }
    // The signature estimate ranks candidates cheaply; the exact shingle similarity confirms.
    const ranked = candidates
      .map((c) => ({ c, estimate: estimateSimilarity(page.signature, c.signature) }))
      .filter((r) => r.estimate >= NEAR_DUPLICATE_THRESHOLD * 0.8)
      .sort((a, b) => b.estimate - a.estimate)
      .slice(0, 3);
    for (const { c } of ranked) {
      const explained = explainDuplicate(page.text, await loadText(c.articleId));
      if (explained.similarity >= NEAR_DUPLICATE_THRESHOLD) {
        return {
          storyId: c.storyId,
          matchedArticleId: c.articleId,
          similarity: explained.similarity,
          passage: explained.sharedPassage,
        };
      }
    }
    return null;
  };
}

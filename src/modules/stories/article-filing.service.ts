// Articles Pantau reads itself rather than fetches — the regions of a print clipping — go into the
// same pipeline as crawled pages: fingerprinted, filed into a story beside their online copies, and
// kept searchable when an analyst corrects their text. Other modules reach the story store here.
import { contentHash } from '../../collect/dedup/hash.ts';
import { lshKeys, textSignature } from '../../collect/dedup/minhash.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { inTransaction } from '../../kernel/db/tx.ts';
import { insertReadArticle, removeArticles, replaceArticleText, saveFetchedArticle } from './stories.repo.ts';
import { storyChooser } from './story-choice.service.ts';

export interface ReadArticle {
  workspaceId: number;
  /** A stable address of our own (kliping:…): unique in the workspace, never fetched. */
  url: string;
  outlet: string;
  title: string | null;
  text: string;
  publishedAt: string;
}

function fingerprints(text: string) {
  const signature = textSignature(text);
  return { contentHash: contentHash(text), signature, bandKeys: lshKeys(signature) };
}

/**
 * Stores a read article and files it into a story (its own, or the one of the online copies of the
 * same report). Runs its own transactions: call it outside one.
 */
export async function fileReadArticle(store: Store, article: ReadArticle): Promise<number> {
  const id = await inTransaction(store, (t) => insertReadArticle(t.db, article));
  const prints = fingerprints(article.text);
  await saveFetchedArticle(
    store,
    id,
    {
      finalUrl: article.url,
      canonicalUrl: null,
      title: article.title,
      text: article.text,
      author: null,
      publishedAt: article.publishedAt,
      lang: 'id',
      image: null,
      description: null,
      ...prints,
    },
    storyChooser({ text: article.text, ...prints }),
  );
  return id;
}

/** Replaces an article's title and text (inside the caller's transaction). */
export function replaceText(
  store: Store,
  articleId: number,
  page: { title: string | null; text: string },
): Promise<void> {
  return replaceArticleText(store.db, store.dialect, articleId, { ...page, ...fingerprints(page.text) });
}

/** Removes articles and recounts their stories (inside the caller's transaction). */
export function removeReadArticles(store: Store, ids: number[]): Promise<void> {
  return removeArticles(store.db, store.dialect, ids);
}

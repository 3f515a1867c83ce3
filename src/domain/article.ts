// An article is one URL of one outlet; a story groups syndicated copies of the same text.
export type ArticleStatus = 'pending' | 'fetched' | 'failed' | 'duplicate';

export interface Article {
  id: number;
  workspaceId: number;
  sourceId: number | null;
  url: string;
  status: ArticleStatus;
  attempts: number;
  error: string | null;
  finalUrl: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  title: string | null;
  text: string | null;
  author: string | null;
  publishedAt: string | null;
  lang: string | null;
  image: string | null;
  description: string | null;
  contentHash: string | null;
  storyId: number | null;
  storySimilarity: number | null;
  storyPassage: string | null;
  storyMatchedArticleId: number | null;
  discoveredAt: string;
  fetchedAt: string | null;
  /** online, or print: a region of a clipping (read by OCR or from an e-paper's text). */
  medium: 'online' | 'print';
}

/** An article found in a feed or sitemap, before its page is fetched. */
export interface DiscoveredArticle {
  url: string;
  urlKey: string;
  outlet: string | null;
  feedTitle: string | null;
  feedSummary: string | null;
  feedPublishedAt: string | null;
}

export interface Story {
  id: number;
  workspaceId: number;
  title: string | null;
  firstArticleId: number;
  firstPublishedAt: string | null;
  articleCount: number;
  outletCount: number;
}

// An article's headline wherever articles are listed: its title, else its address — except for a
// print clipping. Its address (kliping:<page>/<region>, made by the server's clippingArticleUrl)
// only names a region inside Pantau and means nothing to a reader, so it is called what it is.
const PRINT_ADDRESS = 'kliping:';

export interface Headed {
  title: string | null;
  url: string;
  medium?: 'online' | 'print' | string | null;
}

export function isPrintArticle(article: Headed): boolean {
  return article.medium === 'print' || article.url.startsWith(PRINT_ADDRESS);
}

/** `printLabel` is what an untitled clipping is called in the user's language ("Kliping cetak"). */
export function headline(article: Headed, printLabel: string): string {
  if (article.title) return article.title;
  return isPrintArticle(article) ? printLabel : article.url;
}

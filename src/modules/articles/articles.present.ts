// What the API shows of an article: a search hit or a list row carries the metadata and a
// snippet, never the whole text (that is for the one-article route).
import type { Article } from '../../domain/article.ts';
import type { SearchResult } from './search.service.ts';

export function articleSummary(a: Article) {
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    outlet: a.outlet,
    title: a.title,
    author: a.author,
    description: a.description,
    image: a.image,
    publishedAt: a.publishedAt,
    lang: a.lang,
    status: a.status,
    storyId: a.storyId,
    sourceId: a.sourceId,
    fetchedAt: a.fetchedAt,
    medium: a.medium,
  };
}

export function searchHit(hit: SearchResult) {
  return { article: articleSummary(hit.article), rank: hit.rank, snippet: hit.snippet };
}

// Searching the collected articles: words in the subject query language, narrowed by period,
// outlet, tone, subject and issue; the answer carries the total and facet counts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  articleSummarySchema,
  SearchResponse,
  searchFacetsSchema,
} from '../../../../src/modules/articles/articles.schema.ts';
import { api } from '../../app/api/client.ts';

export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type Facets = z.infer<typeof searchFacetsSchema>;

export type SearchHit = SearchResponse['results'][number] & {
  /** The article's tone, when the server includes it with a hit. */
  tone?: string | null;
};

export type SearchResult = Omit<SearchResponse, 'results'> & { results: SearchHit[] };

/** One value per filter, as the API takes them. */
export interface SearchFilterValues {
  from?: string;
  to?: string;
  outlet?: string;
  tone?: string;
  subject?: string;
  issue?: string;
}

export interface SearchRequest extends SearchFilterValues {
  workspace: string;
  q: string;
  sort: 'relevance' | 'newest' | 'oldest';
  limit: number;
  offset: number;
}

/** A search needs words or at least one filter; an empty one would list the whole archive. */
export function isRunnable(req: SearchFilterValues & { q: string }) {
  return Boolean(req.q.trim() || req.from || req.to || req.outlet || req.tone || req.subject || req.issue);
}

/** The query string of a search, shared by the result list and the export links. */
export function searchQueryParams(req: Omit<SearchRequest, 'limit' | 'offset'>) {
  return {
    workspace: req.workspace,
    q: req.q.trim() || undefined,
    from: req.from,
    to: req.to,
    outlet: req.outlet,
    tone: req.tone,
    subject: req.subject,
    issue: req.issue,
    sort: req.sort,
  };
}

/** One page of results, without counts: the list shows as soon as the page is found. */
export function useSearch(req: SearchRequest) {
  return useQuery({
    queryKey: ['search', req],
    queryFn: ({ signal }) =>
      api<SearchResult>('/api/v1/articles', {
        query: { ...searchQueryParams(req), limit: req.limit, offset: req.offset, facets: 0 },
        signal,
      }),
    enabled: isRunnable(req),
    placeholderData: keepPreviousData,
  });
}

/**
 * The total and the facet counts of a search, asked for apart from the page: counting tens of
 * thousands of matches takes longer than finding twenty, and paging or re-sorting needs no recount.
 */
export function useSearchCounts(req: SearchRequest) {
  const { sort: _sort, limit: _limit, offset: _offset, ...counted } = req;
  return useQuery({
    queryKey: ['search-counts', counted],
    queryFn: ({ signal }) =>
      api<SearchResult>('/api/v1/articles', {
        query: { ...searchQueryParams(req), sort: undefined, limit: 1, offset: 0 },
        signal,
      }),
    enabled: isRunnable(req),
    placeholderData: keepPreviousData,
  });
}

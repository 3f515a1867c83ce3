// The search lives in the address (/cari?q=&from=&to=&outlet=&tone=&subject=&issue=&sort=&page=),
// so the dashboard can link into it and a search can be shared or reloaded.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, startOfDayIso } from '../../app/format/time.ts';
import type { ZoneLabel } from '../../app/format/zones.ts';
import type { SearchRequest } from './search.api.ts';

export const PAGE_SIZE = 20;
export type FacetKey = 'outlet' | 'tone' | 'subject' | 'issue';
export const FACET_KEYS: FacetKey[] = ['tone', 'subject', 'outlet', 'issue'];
const SORTS = ['relevance', 'newest', 'oldest'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day typed by the user means its start (from) or the start of the next day (to, exclusive). */
export function instant(value: string | null, edge: 'from' | 'to', zone: ZoneLabel): string | undefined {
  if (!value) return undefined;
  if (DAY.test(value)) return startOfDayIso(edge === 'to' ? addDays(value, 1) : value, zone);
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

export function useSearchState(workspace: string, zone: ZoneLabel) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => {
    const q = params.get('q') ?? '';
    const rawSort = params.get('sort');
    // Newest first unless asked otherwise: an office searches to see what is being said now, and
    // the newest page of a word is found in the last days' news, not by ranking the whole archive.
    const sort = SORTS.includes(rawSort as (typeof SORTS)[number])
      ? (rawSort as SearchRequest['sort'])
      : 'newest';
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    const request: SearchRequest = {
      workspace,
      q,
      from: instant(params.get('from'), 'from', zone),
      to: instant(params.get('to'), 'to', zone),
      outlet: params.get('outlet') || undefined,
      tone: params.get('tone') || undefined,
      subject: params.get('subject') || undefined,
      issue: params.get('issue') || undefined,
      sort,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    };
    return { request, page, rawFrom: params.get('from'), rawTo: params.get('to') };
  }, [params, workspace, zone]);

  /** Any change but paging returns to the first page of results. */
  const update = (change: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      if (!('page' in change)) next.delete('page');
      return next;
    });

  /** Each filter takes one value: choosing one replaces the other, choosing it again clears it. */
  const toggle = (key: FacetKey, value: string) =>
    update({ [key]: state.request[key] === value ? null : value });

  return { ...state, update, toggle };
}

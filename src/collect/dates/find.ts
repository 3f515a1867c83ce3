// Picks a page's publication (and modification) date from all the places pages state it, preferring
// the original publication date over update, copyright and comment dates.
import type { PageTree } from '../extract/dom.ts';
import {
  type DateCandidates,
  type DateOptions,
  gatherDateCandidates,
  inPublisherZone,
} from './candidates.ts';
import { chooseDate, type DateChoiceSettings, type DateSource, DEFAULT_DATE_CHOICE } from './choice.ts';
import { isUtcStamp } from './publisher-time.ts';

export type { DateOptions } from './candidates.ts';
export type { DateSource } from './choice.ts';

export interface PageDates {
  published: string | null;
  modified: string | null;
  /** Where the publication date was read, so the choice can be explained. */
  source: DateSource | null;
}

export function findDates(
  tree: PageTree,
  options: DateOptions = {},
  settings: DateChoiceSettings = DEFAULT_DATE_CHOICE,
): PageDates {
  return datesFromCandidates(gatherDateCandidates(tree, options), settings);
}

/** The dates chosen among already gathered candidates (the benchmark tries several settings on one page). */
export function datesFromCandidates(
  candidates: DateCandidates,
  settings: DateChoiceSettings = DEFAULT_DATE_CHOICE,
): PageDates {
  const { published, source } = chooseDate(candidates, settings);
  const modified = candidates.modified;
  return {
    published,
    modified: modified && isUtcStamp(modified) ? inPublisherZone(modified, candidates) : modified,
    source,
  };
}

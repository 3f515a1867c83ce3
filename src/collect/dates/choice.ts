// How a page's publication date is chosen among its candidate dates. What is *chosen* here (which
// source is trusted first, how a URL's date settles a disagreement) is one small settings object, so
// the benchmark can fit it by cross-validation (bench/dates.ts) instead of tuning it by eye.
import type { DateCandidates } from './candidates.ts';
import { inPublisherZone } from './candidates.ts';
import type { TextDatePick } from './page-text.ts';
import { inZone, isNeighbourLocalDay, isUtcStamp } from './publisher-time.ts';

export type DateSource = 'json-ld' | 'meta' | 'markup' | 'url' | 'date-line' | 'text';
export type StructuredSource = 'json-ld' | 'meta' | 'markup';

export interface DateChoiceSettings {
  /** Structured sources in order of trust. */
  structuredOrder: readonly StructuredSource[];
  /**
   * When JSON-LD and meta tags name different days: trust the first in order, or the earliest
   * (a CMS that rewrites one of them on update makes it later, never earlier).
   */
  structuredConflict: 'first' | 'earliest';
  /**
   * When the URL's full date names another day than the structured date: keep the structured date
   * unless it is a UTC stamp on a neighbouring day ("utc-neighbour"), or also when the two lie more
   * than `urlFarDays` apart ("far"), or always take the URL's day ("always").
   */
  urlOverride: 'utc-neighbour' | 'far' | 'always';
  urlFarDays: number;
  /** Whether a structured date outside the month a URL names (/2020/03/slug) gives way to a date line in it. */
  urlMonthMustAgree: boolean;
  /** Which date of the running text stands for the page when nothing else has one. */
  textPick: TextDatePick;
}

export const DEFAULT_DATE_CHOICE: DateChoiceSettings = {
  structuredOrder: ['json-ld', 'meta', 'markup'],
  structuredConflict: 'first',
  urlOverride: 'utc-neighbour',
  urlFarDays: 2,
  urlMonthMustAgree: true,
  textPick: 'latest',
};

export interface ChosenDate {
  published: string | null;
  source: DateSource | null;
}

const DAY_MS = 86_400_000;
const day = (iso: string) => iso.slice(0, 10);
const daysApart = (a: string, b: string) => Math.abs(Date.parse(day(a)) - Date.parse(day(b))) / DAY_MS;

export function chooseDate(
  c: DateCandidates,
  settings: DateChoiceSettings = DEFAULT_DATE_CHOICE,
): ChosenDate {
  let { published, source } = structuredDate(c, settings);
  if (c.url && (!published || urlOverrides(published, c.url, settings))) {
    const urlDay = day(c.url);
    // The date line usually adds the time to the URL's day.
    const line = c
      .lines()
      .slice(0, 6)
      .find((d) => d && day(d) === urlDay);
    published = line ?? (published && localDay(published, urlDay)) ?? c.url;
    source = line ? 'date-line' : 'url';
  }
  if (published && c.urlMonth && settings.urlMonthMustAgree && !published.startsWith(c.urlMonth)) {
    const line = c.lines().find((d) => d?.startsWith(c.urlMonth as string));
    if (line) [published, source] = [line, 'date-line'];
  }
  if (published && source !== 'url' && isUtcStamp(published)) {
    const local = inPublisherZone(published, c);
    // The URL's day, when there is one, was written by the outlet's CMS in its own zone.
    const shownDays = [c.url, ...c.lines().slice(0, 6)];
    published = dayShownToReaders(published, local, shownDays) ?? local;
  }
  if (!published) {
    published = c.lines().find((d) => d) ?? null;
    if (published) source = 'date-line';
  }
  if (!published) {
    published = c.text(settings.textPick);
    if (published) source = 'text';
  }
  return { published, source };
}

function structuredDate(c: DateCandidates, settings: DateChoiceSettings): ChosenDate {
  if (settings.structuredConflict === 'first') {
    for (const source of settings.structuredOrder) {
      const published = candidateOf(c, source);
      if (published) return { published, source };
    }
    return { published: null, source: null };
  }
  const found = settings.structuredOrder
    .map((source) => ({ source, published: candidateOf(c, source) }))
    .filter((f): f is { source: StructuredSource; published: string } => !!f.published);
  if (!found.length) return { published: null, source: null };
  // Markup stays a fallback: a <time> in the body may be any date on the page.
  const stamps = found.filter((f) => f.source !== 'markup');
  if (!stamps.length) return found[0];
  return stamps.reduce((a, b) => (Date.parse(b.published) < Date.parse(a.published) ? b : a));
}

function candidateOf(c: DateCandidates, source: StructuredSource): string | null {
  return source === 'json-ld' ? c.jsonLd : source === 'meta' ? c.meta : c.markup;
}

function urlOverrides(published: string, url: string, settings: DateChoiceSettings): boolean {
  if (day(published) === day(url)) return false;
  if (isUtcStamp(published) && isNeighbourLocalDay(published, day(url))) return true;
  if (settings.urlOverride === 'always') return true;
  return settings.urlOverride === 'far' && daysApart(published, url) > settings.urlFarDays;
}

/**
 * A UTC stamp near midnight falls on another day than the one printed for readers; the first date
 * shown that has the stamp's UTC day or a neighbouring local day settles which one the outlet meant.
 */
function dayShownToReaders(utc: string, local: string, shownDates: (string | null)[]): string | null {
  for (const shown of shownDates) {
    if (!shown) continue;
    if (day(shown) === day(local)) return local;
    if (day(shown) === day(utc)) return utc;
    if (isNeighbourLocalDay(utc, day(shown))) return localDay(utc, day(shown)) ?? shown;
  }
  return null;
}

/** The UTC stamp re-expressed with the whole-hour offset that puts it on `target`, closest to UTC. */
function localDay(utc: string, target: string): string | null {
  if (!isUtcStamp(utc)) return null;
  const hour = Number(utc.slice(11, 13));
  const forward = target > day(utc);
  const hours = forward ? 24 - hour : -(hour + 1);
  const offset = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  const local = inZone(utc, offset);
  return local && day(local) === target ? local : null;
}

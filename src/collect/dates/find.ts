// Picks a page's publication (and modification) date from all the places pages state it, preferring
// the original publication date over update, copyright and comment dates.
import { findFirst, type PageTree } from '../extract/dom.ts';
import {
  findArticleObject,
  type JsonObject,
  jsonLdObjects,
  rawJsonLdField,
  stringOf,
} from '../extract/jsonld.ts';
import { publisherZoneName } from './country-zones.ts';
import { dateFromPageText } from './page-text.ts';
import { findDateParts, numericOrderOf, type ParseOptions, parseMachineDate } from './parse.ts';
import { inZone, isNeighbourLocalDay, isUtcStamp, offsetWrittenByPage } from './publisher-time.ts';
import {
  contentText,
  dateLineTexts,
  MODIFIED_META,
  markedUpDates,
  metaValues,
  PUBLISHED_META,
  urlDate,
} from './sources.ts';
import { toIso } from './zone.ts';

export type DateSource = 'json-ld' | 'meta' | 'markup' | 'url' | 'date-line' | 'text';

export interface PageDates {
  published: string | null;
  modified: string | null;
  /** Where the publication date was read, so the choice can be explained. */
  source: DateSource | null;
}

export interface DateOptions extends ParseOptions {
  url?: string;
  /** The article object from JSON-LD when the caller has already found it. */
  article?: JsonObject | null;
}

const EARLIEST_YEAR = 1995;

export function findDates(tree: PageTree, options: DateOptions = {}): PageDates {
  const now = options.now ?? new Date();
  const article =
    options.article !== undefined ? options.article : findArticleObject(jsonLdObjects(tree.jsonLd));
  const meta = metaValues(tree);
  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  // Date lines are only walked for when the structured sources leave a doubt.
  let lineCache: string[] | undefined;
  const lines = () => (lineCache ??= dateLineTexts(body, 12));
  let monthFirst: boolean | undefined;
  const parse: ParseOptions = {
    ...options,
    monthFirst: options.monthFirst ?? (() => (monthFirst ??= readsMonthFirst(lines(), tree.htmlLang))),
  };
  const plausible = (iso: string | null) => (iso && isPlausible(iso, now) ? iso : null);
  const read = (v: unknown) => (typeof v === 'string' ? plausible(parseMachineDate(v, parse)) : null);
  const shown = (text: string) => plausible(partsToIso(text, parse));

  let modified = read(article?.dateModified);
  for (const key of MODIFIED_META) modified ??= read(meta.get(key));

  let source: DateSource | null = null;
  let published =
    read(article?.datePublished) ??
    read(article?.dateCreated) ??
    read(rawJsonLdField(tree.jsonLd, 'datePublished'));
  if (published) source = 'json-ld';
  for (const key of PUBLISHED_META) {
    if (published) break;
    published = read(meta.get(key));
    if (published) source = 'meta';
  }

  if (!published) {
    const marked = markedUpDates(body);
    published = marked.published.map(read).find((d) => d) ?? marked.other.map(read).find((d) => d) ?? null;
    if (published) source = 'markup';
  }
  const url = options.url ?? stringOf(article?.url, 'url') ?? meta.get('og:url');
  const fromUrl = urlDate(url);
  const urlIso = fromUrl && plausible(toIso(fromUrl, options.timeZone));
  if (fromUrl) {
    const urlDay = urlIso?.slice(0, 10);
    if (
      urlIso &&
      urlDay &&
      (!published || (isUtcStamp(published) && isNeighbourLocalDay(published, urlDay)))
    ) {
      // The date line usually adds the time to the URL's day.
      const line = lines()
        .slice(0, 6)
        .map(shown)
        .find((d) => d?.slice(0, 10) === urlDay);
      published = line ?? (published && localDay(published, urlDay)) ?? urlIso;
      source = line ? 'date-line' : 'url';
    }
  }
  let zone: string | null | undefined;
  const publisherZone = () =>
    (zone ??= offsetWrittenByPage(tree, body) ?? publisherZoneName(url, tree.htmlLang, options.timeZone));
  if (published && source !== 'url' && isUtcStamp(published)) {
    const z = publisherZone();
    const local = (z && inZone(published, z)) ?? published;
    // The URL's day, when there is one, was written by the outlet's CMS in its own zone.
    const shownDays = [urlIso, ...lines().slice(0, 6).map(shown)];
    published = dayShownToReaders(published, local, shownDays) ?? local;
  }
  if (modified && isUtcStamp(modified)) {
    const z = publisherZone();
    modified = (z && inZone(modified, z)) ?? modified;
  }
  if (!published) {
    published =
      lines()
        .map(shown)
        .find((d) => d) ?? null;
    if (published) source = 'date-line';
  }
  if (!published) {
    published = dateFromPageText(contentText(body, 20_000), parse, (iso) => isPlausible(iso, now));
    if (published) source = 'text';
  }
  return { published, modified: modified ?? null, source };
}

/**
 * A UTC stamp near midnight falls on another day than the one printed for readers; the first date
 * line that shows the stamp's UTC day or a neighbouring local day settles which one the outlet meant.
 */
function dayShownToReaders(utc: string, local: string, shownDates: (string | null)[]): string | null {
  for (const shown of shownDates) {
    if (!shown) continue;
    const day = shown.slice(0, 10);
    if (day === local.slice(0, 10)) return local;
    if (day === utc.slice(0, 10)) return utc;
    if (isNeighbourLocalDay(utc, day)) return localDay(utc, day) ?? shown;
  }
  return null;
}

/** The UTC stamp re-expressed with the whole-hour offset that puts it on `day`, closest to UTC. */
function localDay(utc: string, day: string): string | null {
  const hour = Number(utc.slice(11, 13));
  const forward = day > utc.slice(0, 10);
  const hours = forward ? 24 - hour : -(hour + 1);
  const offset = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  const local = inZone(utc, offset);
  return local?.slice(0, 10) === day ? local : null;
}

/** Whether ambiguous numeric dates (03/04/2025) should be read month first on this page. */
function readsMonthFirst(lines: string[], lang: string | null): boolean {
  const order = numericOrderOf(lines.join(' '));
  if (order) return order === 'month-first';
  return /^[a-z]{2,3}[-_](us|ph)$/i.test(lang?.trim() ?? '');
}

function partsToIso(text: string, options: ParseOptions): string | null {
  const parts = findDateParts(text, options);
  return parts ? toIso(parts, options.timeZone) : null;
}

/**
 * Not before the web had news sites, and not after the fetch: no later day than the fetch day as
 * seen in the date's own offset (an announced event "besok, 11 Maret" is not a publication day), and
 * a few hours' slack only for times that a page wrote without their zone.
 */
function isPlausible(iso: string, now: Date): boolean {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_YEAR) return false;
  const t = Date.parse(iso);
  if (Number.isNaN(t) || t > now.getTime() + 6 * 3600_000) return false;
  const today = inZone(now.toISOString(), iso.slice(19));
  return !today || iso.slice(0, 10) <= today.slice(0, 10);
}

// Picks a page's publication (and modification) date from all the places pages state it, preferring
// the original publication date over update, copyright and comment dates.
import { findFirst, type PageTree, textOf } from '../extract/dom.ts';
import {
  findArticleObject,
  type JsonObject,
  jsonLdObjects,
  rawJsonLdField,
  stringOf,
} from '../extract/jsonld.ts';
import { allDateParts, findDateParts, type ParseOptions, parseMachineDate } from './parse.ts';
import {
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
  const plausible = (iso: string | null) => (iso && isPlausible(iso, now) ? iso : null);
  const read = (v: unknown) => (typeof v === 'string' ? plausible(parseMachineDate(v, options)) : null);

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

  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  if (!published) {
    const marked = markedUpDates(body);
    published = marked.published.map(read).find((d) => d) ?? marked.other.map(read).find((d) => d) ?? null;
    if (published) source = 'markup';
  }
  const fromUrl = urlDate(options.url ?? stringOf(article?.url, 'url') ?? meta.get('og:url'));
  if (fromUrl) {
    const urlIso = plausible(toIso(fromUrl, options.timeZone));
    if (urlIso && (!published || isLocalDayOfUtcStamp(published, urlIso))) {
      // The date line usually adds the time to the URL's day.
      const line = dateLineTexts(body, 6)
        .map((t) => plausible(partsToIso(t, options)))
        .find((d) => d?.slice(0, 10) === urlIso.slice(0, 10));
      published = line ?? urlIso;
      source = line ? 'date-line' : 'url';
    }
  }
  if (published && source !== 'url' && published.endsWith('+00:00')) {
    // A UTC stamp near midnight can fall on another day than the one printed for readers.
    for (const text of dateLineTexts(body, 6)) {
      const shown = plausible(partsToIso(text, options));
      if (shown && isLocalDayOfUtcStamp(published, shown)) {
        published = `${shown.slice(0, 10)}${published.slice(10)}`;
        break;
      }
    }
  }
  if (!published) {
    for (const text of dateLineTexts(body, 12)) {
      published = plausible(partsToIso(text, options));
      if (published) {
        source = 'date-line';
        break;
      }
    }
  }
  if (!published) {
    published = latestInText(textOf(body).slice(0, 20_000), options, now);
    if (published) source = 'text';
  }
  return { published, modified: modified ?? null, source };
}

/**
 * With no marked date, the latest date written in the page is taken: captions and background
 * paragraphs cite earlier days, the publication day is rarely older than what the text mentions.
 */
function latestInText(text: string, options: ParseOptions, now: Date): string | null {
  let best: string | null = null;
  for (const parts of allDateParts(text)) {
    const iso = toIso(parts, options.timeZone);
    if (iso && isPlausible(iso, now) && (!best || iso.slice(0, 10) > best.slice(0, 10))) best = iso;
  }
  if (best) return best;
  const relative = partsToIso(text, options);
  return relative && isPlausible(relative, now) ? relative : null;
}

function partsToIso(text: string, options: ParseOptions): string | null {
  const parts = findDateParts(text, options);
  return parts ? toIso(parts, options.timeZone) : null;
}

function isPlausible(iso: string, now: Date): boolean {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_YEAR) return false;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && t <= now.getTime() + 86_400_000;
}

/**
 * Whether `local` is the day before a UTC stamp taken in the small hours: an evening publication west
 * of Greenwich, whose CMS printed the local day in the URL or the date line.
 */
function isLocalDayOfUtcStamp(published: string, local: string): boolean {
  if (!published.endsWith('+00:00')) return false;
  const hour = Number(published.slice(11, 13));
  const day = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (hour >= 8) return false;
  return new Date(day - 86_400_000).toISOString().slice(0, 10) === local.slice(0, 10);
}

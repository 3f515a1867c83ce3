// Every date a page offers for its publication, one per kind of source, read once: the choice among
// them (choice.ts) can then be tried under several settings without reading the page again.
import { findFirst, type PageTree } from '../extract/dom.ts';
import {
  findArticleObject,
  type JsonObject,
  jsonLdObjects,
  rawJsonLdField,
  stringOf,
} from '../extract/jsonld.ts';
import { publisherZoneName } from './country-zones.ts';
import { dateFromPageText, type TextDatePick } from './page-text.ts';
import { numericOrderOf, type ParseOptions, parseMachineDate } from './parse.ts';
import { publicationDateInLine } from './phrases.ts';
import { inZone, offsetWrittenByPage } from './publisher-time.ts';
import {
  contentText,
  dateLineTexts,
  MODIFIED_META,
  markedUpDates,
  metaValues,
  PUBLISHED_META,
} from './sources.ts';
import { urlDate } from './url-date.ts';
import { toIso } from './zone.ts';

export interface DateOptions extends ParseOptions {
  url?: string;
  /** The article object from JSON-LD when the caller has already found it. */
  article?: JsonObject | null;
}

export interface DateCandidates {
  jsonLd: string | null;
  meta: string | null;
  readonly markup: string | null;
  /** A full date in the URL, at the time the URL gives or local midnight. */
  url: string | null;
  /** "YYYY-MM" when the URL names only the month. */
  urlMonth: string | null;
  modified: string | null;
  /**
   * The publication date read from each of the page's date lines, top first, null where a line has
   * none (read on first use): "the first six lines" means the top of the page, not six dates.
   */
  lines(): (string | null)[];
  /** The last-resort date from the page's running text (read on first use). */
  text(pick: TextDatePick): string | null;
  /** The publisher's zone (offset or IANA name) for re-expressing UTC stamps, if known. */
  publisherZone(): string | null;
}

const EARLIEST_YEAR = 1995;
const DATE_LINES = 12;

export function gatherDateCandidates(tree: PageTree, options: DateOptions = {}): DateCandidates {
  const now = options.now ?? new Date();
  const article =
    options.article !== undefined ? options.article : findArticleObject(jsonLdObjects(tree.jsonLd));
  const meta = metaValues(tree);
  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  const url = options.url ?? stringOf(article?.url, 'url') ?? meta.get('og:url');
  let lineTexts: string[] | undefined;
  const rawLines = () => (lineTexts ??= dateLineTexts(body, DATE_LINES));
  let monthFirst: boolean | undefined;
  const parse: ParseOptions = {
    ...options,
    monthFirst:
      options.monthFirst ?? (() => (monthFirst ??= readsMonthFirst(rawLines(), tree.htmlLang, url))),
  };
  const plausible = (iso: string | null) => (iso && isPlausible(iso, now) ? iso : null);
  const read = (v: unknown) => (typeof v === 'string' ? plausible(parseMachineDate(v, parse)) : null);

  let modified = read(article?.dateModified);
  for (const key of MODIFIED_META) modified ??= read(meta.get(key));
  const jsonLd =
    read(article?.datePublished) ??
    read(article?.dateCreated) ??
    read(rawJsonLdField(tree.jsonLd, 'datePublished'));
  const metaDate =
    PUBLISHED_META.map((key) => meta.get(key))
      .filter((v) => v !== undefined)
      .map(read)
      .find((d) => d) ?? null;

  const fromUrl = urlDate(url);
  const urlIso =
    fromUrl?.day !== undefined ? plausible(toIso({ ...fromUrl, day: fromUrl.day }, options.timeZone)) : null;
  const urlMonth =
    fromUrl && fromUrl.day === undefined ? `${fromUrl.year}-${String(fromUrl.month).padStart(2, '0')}` : null;

  let markup: string | null | undefined;
  let lines: (string | null)[] | undefined;
  const texts = new Map<TextDatePick, string | null>();
  let zone: string | null | undefined;
  return {
    jsonLd,
    meta: metaDate,
    // Walking the whole body for <time> elements is left until a choice needs it.
    get markup() {
      if (markup === undefined) {
        const marked = markedUpDates(body);
        markup = marked.published.map(read).find((d) => d) ?? marked.other.map(read).find((d) => d) ?? null;
      }
      return markup;
    },
    url: urlIso,
    urlMonth: urlMonth && plausible(`${urlMonth}-01T00:00:00+00:00`) ? urlMonth : null,
    modified,
    lines: () => (lines ??= rawLines().map((t) => plausible(publicationDateInLine(t, parse)))),
    text: (pick) => {
      if (!texts.has(pick)) {
        const text = contentText(body, 20_000);
        texts.set(
          pick,
          dateFromPageText(text, parse, (iso) => isPlausible(iso, now), pick),
        );
      }
      return texts.get(pick) ?? null;
    },
    publisherZone: () =>
      (zone ??= offsetWrittenByPage(tree, body) ?? publisherZoneName(url, tree.htmlLang, options.timeZone)),
  };
}

/** A UTC stamp in the publisher's own zone, when the page or its domain tells the zone. */
export function inPublisherZone(iso: string, candidates: DateCandidates): string {
  const z = candidates.publisherZone();
  return (z && inZone(iso, z)) ?? iso;
}

// Where 03/04/2025 means March 4: the US and the few places that follow its usage.
const MONTH_FIRST_REGION = /^[a-z]{2,3}[-_](us|ph|fm|mh|pw)$/i;
// Country domains are day-first (or year-first, which is never ambiguous) outside the US's sphere;
// the ones sold worldwide as generic names (.co, .io, .tv, .me…) say nothing about a country.
const DAY_FIRST_DOMAIN = /\.(?!(?:us|ph|ca|fm|tv|io|co|me|ai|ly|cc|gg|to|am)$)[a-z]{2}$/i;

/** Whether ambiguous numeric dates (03/04/2025) should be read month first on this page. */
function readsMonthFirst(lines: string[], lang: string | null, url: string | undefined): boolean {
  const order = numericOrderOf(lines.join(' '));
  if (order) return order === 'month-first';
  if (url && DAY_FIRST_DOMAIN.test(hostOf(url))) return false;
  return MONTH_FIRST_REGION.test(lang?.trim() ?? '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Not before the web had news sites, and not after the fetch: no later day than the fetch day as
 * seen in the date's own offset (an announced event "besok, 11 Maret" is not a publication day), and
 * a few hours' slack only for times that a page wrote without their zone.
 */
export function isPlausible(iso: string, now: Date): boolean {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_YEAR) return false;
  const t = Date.parse(iso);
  if (Number.isNaN(t) || t > now.getTime() + 6 * 3600_000) return false;
  const today = inZone(now.toISOString(), iso.slice(19));
  return !today || iso.slice(0, 10) <= today.slice(0, 10);
}

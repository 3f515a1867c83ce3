// Article extraction: main text, byline, dates and metadata of a news page, in one parse.
import { PantauError } from '../../domain/errors.ts';
import { findDates } from '../dates/find.ts';
import { metaValues } from '../dates/sources.ts';
import type { TimeZone } from '../dates/zone.ts';
import { findAuthor } from './byline.ts';
import { findFirst, type PageTree, parsePage } from './dom.ts';
import { findArticleObject, jsonLdObjects, stringOf } from './jsonld.ts';
import { extractMainText } from './main-text.ts';
import { findCanonical, findDescription, findImage, findLang, findSiteName, findTitle } from './metadata.ts';
import { DEFAULT_SETTINGS, type ExtractionSettings } from './settings.ts';

export { DEFAULT_SETTINGS, type ExtractionSettings } from './settings.ts';

export interface ExtractedArticle {
  title: string | null;
  text: string | null;
  author: string | null;
  /** ISO 8601 with offset, e.g. 2025-03-03T14:05:00+07:00. */
  published: string | null;
  modified: string | null;
  /** ISO 639-1: 'id', 'en', … */
  lang: string | null;
  canonical: string | null;
  image: string | null;
  siteName: string | null;
  description: string | null;
}

export interface ExtractOptions {
  /** Address the page was fetched from: resolves relative links and gives a date in the path. */
  url?: string;
  /** Reference time for relative dates ("3 jam yang lalu"); defaults to the current time. */
  now?: Date;
  /** Workspace zone for times written without one. */
  timeZone?: TimeZone;
}

/** Extracts one article; throws PantauError('no_content') when the page holds no article text at all. */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const tree = parsePage(html);
  const { text, title, meta, article, body } = readArticle(tree, DEFAULT_SETTINGS);
  if (!text) throw new PantauError('no_content', 'Halaman tidak berisi teks artikel (no article text found)');
  const base = options.url;
  const dates = findDates(tree, { url: base, now: options.now, timeZone: options.timeZone, article });
  return {
    title,
    text,
    author: findAuthor(meta, article, body),
    published: dates.published,
    modified: dates.modified,
    lang: findLang(tree, meta, article, text),
    canonical: findCanonical(tree, meta, base),
    image: findImage(meta, article, base),
    siteName: findSiteName(meta, article),
    description: findDescription(meta, article),
  };
}

/** Title and main text of a parsed page; `text` is null when the page holds no article text. */
export function readArticle(tree: PageTree, settings: ExtractionSettings) {
  const body = findFirst(tree.root, (e) => e.tag === 'body') ?? tree.root;
  const meta = metaValues(tree);
  const article = findArticleObject(jsonLdObjects(tree.jsonLd));
  const title = findTitle(tree, meta, article, body);
  const found = extractMainText(tree, title, settings) ?? jsonLdBody(article);
  const text = found && /[\p{L}\p{N}]{2}/u.test(found) ? found : null;
  return { text, title, meta, article, body };
}

/** JSON-LD articleBody, used only when the page markup yields nothing (script-rendered pages). */
function jsonLdBody(article: ReturnType<typeof findArticleObject>): string | null {
  const body = stringOf(article?.articleBody);
  return body && body.length >= 50 ? body : null;
}

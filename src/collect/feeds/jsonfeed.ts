// JSON Feed 1.0 and 1.1 (https://jsonfeed.org), read defensively: every field may be missing or mistyped.
import { PantauError } from '../../domain/errors.ts';
import { parseFeedDate } from './dates.ts';
import { escapeXmlText } from './entities.ts';
import {
  authorName,
  EnclosureList,
  fallbackEntryId,
  joinAuthors,
  languageTag,
  nonEmpty,
  parseLength,
  uniqueCategories,
} from './entry-fields.ts';
import { plainTextOrNull } from './html-text.ts';
import { isAbsoluteHttpUrl, resolveUrl } from './links.ts';
import type { Feed, FeedEntry } from './types.ts';

type Json = Record<string, unknown>;

export function parseJsonFeed(text: string, baseUrl: string | null): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new PantauError('malformed_feed', `JSON Feed tidak dapat dibaca: ${(e as Error).message}`, {
      cause: e,
    });
  }
  if (!isObject(doc) || !str(doc.version)?.includes('jsonfeed.org/version/')) {
    throw new PantauError('malformed_feed', 'Dokumen JSON ini bukan JSON Feed (no jsonfeed.org version)');
  }
  const homePage = str(doc.home_page_url);
  const link = homePage ? resolveUrl(homePage, baseUrl) : null;
  const base = baseUrl ?? (link && isAbsoluteHttpUrl(link) ? link : null);
  const feedAuthor = authorsOf(doc);
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  return {
    title: plainTextOrNull(str(doc.title)),
    link,
    description: plainTextOrNull(str(doc.description)),
    language: languageTag(str(doc.language)),
    updated: null,
    entries: items.map((item) => parseItem(item, base, feedAuthor)),
  };
}

function parseItem(item: Json, base: string | null, feedAuthor: string | null): FeedEntry {
  const rawLink = nonEmpty(str(item.url)) ?? nonEmpty(str(item.external_url));
  const link = rawLink ? resolveUrl(rawLink, base) : null;
  const title = plainTextOrNull(str(item.title));
  const published = parseFeedDate(str(item.date_published));
  const rawId = typeof item.id === 'number' ? String(item.id) : nonEmpty(str(item.id));
  const contentText = nonEmpty(str(item.content_text));
  const enclosures = new EnclosureList();
  for (const a of Array.isArray(item.attachments) ? item.attachments.filter(isObject) : []) {
    const url = str(a.url);
    if (url) enclosures.add(resolveUrl(url, base), str(a.mime_type), parseLength(num(a.size_in_bytes)));
  }
  return {
    id: rawId ?? link ?? fallbackEntryId(title, published),
    title,
    link,
    published,
    updated: parseFeedDate(str(item.date_modified)),
    author: authorsOf(item) ?? feedAuthor,
    summary: plainTextOrNull(str(item.summary)),
    content: nonEmpty(str(item.content_html)) ?? (contentText ? escapeXmlText(contentText) : null),
    categories: uniqueCategories(Array.isArray(item.tags) ? item.tags.map(str) : []),
    enclosures: enclosures.items,
  };
}

/** JSON Feed 1.1 `authors` array, or 1.0 `author` object. */
function authorsOf(obj: Json): string | null {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  return joinAuthors(list.filter(isObject).map((a) => authorName(str(a.name))));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | string | null {
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

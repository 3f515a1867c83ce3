// RSS 2.0 and 0.9x (<rss><channel><item>), with the extensions news sites mix in: content:encoded,
// Dublin Core (dc:*, dcterms:*), iTunes, media:*, atom:link.
import { firstDate, markupOfChild, textOfChild, type Vocabulary } from './element-fields.ts';
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
import { extensionCategories, mediaTitle } from './extension-fields.ts';
import { plainTextOrNull } from './html-text.ts';
import { isAbsoluteHttpUrl, resolveUrl } from './links.ts';
import { collectMedia } from './media.ts';
import type { Feed, FeedEntry } from './types.ts';
import { childElement, childElements, isElement, markupOf, textOf, type XmlElement } from './xml.ts';

const CORE = [null] as const;

export function parseRss(root: XmlElement): Feed {
  const channel = childElement(root, 'channel', CORE) ?? root;
  const link = channelLink(channel);
  const fallbackBase = link && isAbsoluteHttpUrl(link) ? link : null;
  // Some generators put <item> next to <channel> instead of inside it.
  const items = [
    ...childElements(channel, 'item', CORE),
    ...(channel === root ? [] : childElements(root, 'item', CORE)),
  ];
  return {
    title: firstText(channel, [
      ['title', CORE],
      ['title', ['dc']],
    ]),
    link,
    // Podcast feeds often describe themselves only in itunes:summary / itunes:subtitle.
    description: firstText(channel, [
      ['description', CORE],
      ['description', ['dc']],
      ['summary', ['itunes']],
      ['subtitle', ['itunes']],
    ]),
    language:
      languageTag(textOfChild(channel, 'language') ?? textOfChild(channel, 'language', ['dc'])) ??
      languageTag(root.lang),
    updated: firstDate(channel, [
      ['lastBuildDate', CORE],
      ['modified', ['dcterms']],
      ['pubDate', CORE],
      ['date', ['dc']],
      ['updated', ['atom']],
    ]),
    entries: items.map((item) => parseItem(item, fallbackBase)),
  };
}

function parseItem(item: XmlElement, fallbackBase: string | null): FeedEntry {
  const base = item.base ?? fallbackBase;
  const guidEl = childElement(item, 'guid', CORE);
  const guid = guidEl ? nonEmpty(textOf(guidEl)) : null;
  const guidIsPermalink = guidEl
    ? (guidEl.attrs.isPermaLink ?? 'true').trim().toLowerCase() !== 'false'
    : false;
  let link = itemLink(item);
  if (!link && guid && guidIsPermalink && (isAbsoluteHttpUrl(guid) || guid.startsWith('/'))) link = guid;
  if (link) link = resolveUrl(link, base);
  const title =
    firstText(item, [
      ['title', CORE],
      ['title', ['dc']],
    ]) ?? mediaTitle(item);
  const published = firstDate(item, [
    ['pubDate', CORE],
    ['date', ['dc']],
    ['published', ['atom']],
    ['issued', ['dcterms']],
    ['created', ['dcterms']],
  ]);
  const text = summaryAndContent(item);
  const enclosures = new EnclosureList();
  for (const enclosure of childElements(item, 'enclosure', CORE)) {
    if (enclosure.attrs.url) {
      enclosures.add(
        resolveUrl(enclosure.attrs.url, base),
        enclosure.attrs.type,
        parseLength(enclosure.attrs.length),
      );
    }
  }
  collectMedia(item, enclosures);
  return {
    id: guid ?? link ?? fallbackEntryId(title, published),
    title,
    link,
    published,
    updated: firstDate(item, [
      ['updated', ['atom']],
      ['modified', ['dcterms']],
    ]),
    author: itemAuthor(item),
    summary: text.summary,
    content: text.content,
    categories: uniqueCategories([
      ...childElements(item, 'category', CORE).map((c) => plainTextOrNull(textOf(c))),
      ...childElements(item, 'subject', ['dc']).map((c) => plainTextOrNull(textOf(c))),
      ...extensionCategories(item),
    ]),
    enclosures: enclosures.items,
  };
}

/** Plain text of the first candidate element that has any. */
function firstText(el: XmlElement, candidates: [string, readonly Vocabulary[]][]): string | null {
  for (const [local, vocabularies] of candidates) {
    const text = plainTextOrNull(markupOfChild(el, local, vocabularies));
    if (text) return text;
  }
  return null;
}

/**
 * Summary and content of an item. Some generators write a non-standard <summary> next to <description>:
 * the first of the two in the document is the summary, and the other stands in for content:encoded.
 */
function summaryAndContent(item: XmlElement): { summary: string | null; content: string | null } {
  const candidates = [childElement(item, 'description', CORE), childElement(item, 'summary', CORE)];
  const [first, second] = item.children.filter(
    (c): c is XmlElement => isElement(c) && candidates.includes(c),
  );
  const summary =
    (first ? plainTextOrNull(markupOf(first)) : null) ??
    firstText(item, [
      ['description', ['dc']],
      ['summary', ['itunes']],
    ]);
  const xhtmlBody = childElement(item, 'body', ['xhtml']);
  const content =
    nonEmpty(markupOfChild(item, 'encoded', ['content'])) ??
    (xhtmlBody ? nonEmpty(markupOf(xhtmlBody)) : null) ??
    nonEmpty(markupOfChild(item, 'fullitem', CORE)) ??
    (second ? nonEmpty(markupOf(second)) : null);
  return { summary, content };
}

function channelLink(channel: XmlElement): string | null {
  for (const el of childElements(channel, 'link', CORE)) {
    const text = nonEmpty(textOf(el)) ?? nonEmpty(el.attrs.href);
    if (text) return resolveUrl(text, el.base);
  }
  for (const el of childElements(channel, 'link', ['atom'])) {
    const rel = (el.attrs.rel ?? 'alternate').trim().toLowerCase();
    if (rel === 'alternate' && el.attrs.href) return resolveUrl(el.attrs.href, el.base);
  }
  return null;
}

function itemLink(item: XmlElement): string | null {
  // FeedBurner rewrites <link> to its own redirector and keeps the article URL here.
  const original = nonEmpty(textOfChild(item, 'origLink', ['feedburner']));
  if (original) return original;
  for (const el of childElements(item, 'link', CORE)) {
    const text = nonEmpty(textOf(el)) ?? nonEmpty(el.attrs.href);
    if (text) return text;
  }
  for (const el of childElements(item, 'link', ['atom'])) {
    const rel = (el.attrs.rel ?? 'alternate').trim().toLowerCase();
    if (rel === 'alternate' && el.attrs.href) return el.attrs.href.trim();
  }
  return null;
}

function itemAuthor(item: XmlElement): string | null {
  const authors = childElements(item, 'author', CORE).map(personName);
  if (authors.some(Boolean)) return joinAuthors(authors);
  // dc:author is not Dublin Core, but generators write it for dc:creator.
  const creators = [...childElements(item, 'creator', ['dc']), ...childElements(item, 'author', ['dc'])].map(
    personName,
  );
  if (creators.some(Boolean)) return joinAuthors(creators);
  const itunes = childElement(item, 'author', ['itunes']);
  if (itunes) return personName(itunes);
  const atom = childElement(item, 'author', ['atom']);
  return atom ? personName(atom) : null;
}

/** A person element: plain text of its markup, or of its <name> child when it is structured like Atom's. */
function personName(el: XmlElement): string | null {
  const name = el.children.find((c): c is XmlElement => isElement(c) && c.local === 'name');
  const email = el.children.find((c): c is XmlElement => isElement(c) && c.local === 'email');
  const chosen = name ?? email;
  return authorName(plainTextOrNull(chosen ? markupOf(chosen) : markupOf(el)));
}

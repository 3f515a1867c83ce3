// Atom 1.0 (and the 0.3 names still seen in the wild): text constructs (base64 ones too), rel=alternate
// links, nested xml:base, and authors inherited from the feed.

import { firstDate, type Vocabulary } from './element-fields.ts';
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
import { resolveUrl } from './links.ts';
import { collectMedia } from './media.ts';
import type { Feed, FeedEntry } from './types.ts';
import {
  childElement,
  childElements,
  isElement,
  markupOf,
  serialize,
  textOf,
  type XmlElement,
} from './xml.ts';

const ATOM: readonly Vocabulary[] = ['atom', 'atom03', null];

export function parseAtom(root: XmlElement): Feed {
  const feedAuthor = authorsOf(root);
  return {
    title: textConstruct(childElement(root, 'title', ATOM)),
    link: alternateLink(root),
    description: textConstruct(childElement(root, 'subtitle', ATOM) ?? childElement(root, 'tagline', ATOM)),
    language: languageTag(root.lang),
    updated: firstDate(root, [
      ['updated', ATOM],
      ['modified', ATOM],
    ]),
    entries: childElements(root, 'entry', ATOM).map((entry) => parseEntry(entry, feedAuthor)),
  };
}

function parseEntry(entry: XmlElement, feedAuthor: string | null): FeedEntry {
  const title = textConstruct(childElement(entry, 'title', ATOM));
  const link = alternateLink(entry);
  const published = firstDate(entry, [
    ['published', ATOM],
    ['issued', ATOM],
    ['created', ATOM],
  ]);
  const updated = firstDate(entry, [
    ['updated', ATOM],
    ['modified', ATOM],
  ]);
  const idEl = childElement(entry, 'id', ATOM);
  const source = childElement(entry, 'source', ATOM);
  const enclosures = new EnclosureList();
  for (const l of childElements(entry, 'link', ATOM)) {
    if ((l.attrs.rel ?? '').trim().toLowerCase() === 'enclosure' && l.attrs.href) {
      enclosures.add(resolveUrl(l.attrs.href, l.base), l.attrs.type, parseLength(l.attrs.length));
    }
  }
  collectMedia(entry, enclosures);
  return {
    id: (idEl ? nonEmpty(textOf(idEl)) : null) ?? link ?? fallbackEntryId(title, published ?? updated),
    title,
    link,
    published,
    updated,
    author: authorsOf(entry) ?? (source ? authorsOf(source) : null) ?? feedAuthor,
    summary: textConstruct(childElement(entry, 'summary', ATOM)),
    content: contentOf(childElement(entry, 'content', ATOM)),
    categories: uniqueCategories(
      childElements(entry, 'category', ATOM).map((c) => c.attrs.term ?? c.attrs.label ?? textOf(c)),
    ),
    enclosures: enclosures.items,
  };
}

/** Plain text of an Atom text construct (type text, html or xhtml). */
function textConstruct(el: XmlElement | null): string | null {
  if (!el) return null;
  const encoded = base64Payload(el);
  if (encoded !== undefined) {
    // Decoded text that is not HTML stays literal: escaping it keeps its angle brackets through htmlToText.
    return encoded && plainTextOrNull(encoded.html ? encoded.text : escapeXmlText(encoded.text));
  }
  const type = (el.attrs.type ?? 'text').trim().toLowerCase();
  return plainTextOrNull(type === 'xhtml' ? xhtmlMarkup(el) : markupOf(el));
}

/** Content as HTML: xhtml serialised without its wrapper div, text escaped, html as given. */
function contentOf(el: XmlElement | null): string | null {
  if (!el || el.attrs.src) return null;
  const encoded = base64Payload(el);
  if (encoded !== undefined)
    return encoded && nonEmpty(encoded.html ? encoded.text : escapeXmlText(encoded.text));
  const type = (el.attrs.type ?? 'text').trim().toLowerCase();
  if (type === 'xhtml') return nonEmpty(xhtmlMarkup(el));
  if (type === 'html' || type === 'text/html' || type.endsWith('+xml') || type.endsWith('/xml')) {
    return nonEmpty(markupOf(el));
  }
  if (type === 'text' || type === 'text/plain') {
    const text = el.children.some(isElement) ? markupOf(el) : escapeXmlText(textOf(el));
    return nonEmpty(text);
  }
  return null;
}

const HTML_TYPES = new Set(['html', 'text/html', 'xhtml', 'application/xhtml+xml']);

/**
 * The decoded payload of a base64 text construct — Atom 0.3 mode="base64", or an Atom 1.0 type that is a
 * MIME type neither text nor XML (RFC 4287 §4.1.3.3) — with whether it is HTML. undefined: the element is
 * not base64; null: it is, but does not decode to UTF-8 text (an image, say), so there is nothing to show.
 */
function base64Payload(el: XmlElement): { text: string; html: boolean } | null | undefined {
  const type = (el.attrs.type ?? 'text').trim().toLowerCase();
  const mode = (el.attrs.mode ?? '').trim().toLowerCase();
  const binaryType =
    type.includes('/') && !type.startsWith('text/') && !type.endsWith('+xml') && !type.endsWith('/xml');
  if (mode === 'base64') {
    const text = decodeBase64Text(textOf(el), false);
    return text === null ? null : { text, html: HTML_TYPES.has(type) };
  }
  if (mode !== '' || !binaryType) return undefined;
  // Only the type says base64 here, and publishers mislabel types: text that isn't strict base64 is read
  // the ordinary way rather than dropped.
  const text = decodeBase64Text(textOf(el), true);
  return text === null ? undefined : { text, html: false };
}

function decodeBase64Text(raw: string, strict: boolean): string | null {
  const compact = raw.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || (strict && compact.length % 4 !== 0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return null;
  }
}

function xhtmlMarkup(el: XmlElement): string {
  const elements = el.children.filter(isElement);
  const wrapper = elements.length === 1 && elements[0].local === 'div' ? elements[0] : null;
  return (wrapper ?? el).children.map(serialize).join('');
}

function alternateLink(el: XmlElement): string | null {
  let fallback: string | null = null;
  for (const l of childElements(el, 'link', ATOM)) {
    const href = nonEmpty(l.attrs.href) ?? nonEmpty(textOf(l));
    if (!href) continue;
    const rel = (l.attrs.rel ?? 'alternate').trim().toLowerCase();
    if (rel !== 'alternate') continue;
    const type = (l.attrs.type ?? '').toLowerCase();
    if (type === '' || type.includes('html')) return resolveUrl(href, l.base);
    fallback ??= resolveUrl(href, l.base);
  }
  return fallback;
}

function authorsOf(el: XmlElement): string | null {
  const names = childElements(el, 'author', ATOM).map((a) => {
    const name = childElement(a, 'name', ATOM);
    const email = childElement(a, 'email', ATOM);
    const chosen = name ?? email;
    return authorName(plainTextOrNull(chosen ? markupOf(chosen) : textOf(a)));
  });
  return joinAuthors(names);
}

// Recognises what a fetched document is from its content (never its name or Content-Type, which lie).
import { readProlog } from './prolog.ts';

export type DocumentKind =
  | 'rss'
  | 'rdf'
  | 'atom'
  | 'jsonfeed'
  | 'sitemapindex'
  | 'urlset'
  | 'html'
  | 'unknown';

const BY_ROOT: Record<string, DocumentKind> = {
  rss: 'rss',
  channel: 'rss',
  rdf: 'rdf',
  feed: 'atom',
  sitemapindex: 'sitemapindex',
  urlset: 'urlset',
  html: 'html',
  head: 'html',
  body: 'html',
};

/** How far into a response a real feed may start after junk a broken CMS printed first. */
const JUNK_WINDOW = 8192;
const DOCUMENT_OPENING = /<\?xml[\s?]|<(?:rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]/;

export function detectDocumentKind(text: string): DocumentKind {
  return kindAt(text, documentStart(text));
}

/**
 * Where the document really begins: usually its first character, but sites (often WordPress with PHP
 * notices switched on) print warnings before the XML declaration, and the feed after them is intact.
 */
export function documentStart(text: string): number {
  const start = firstSignificant(text);
  if (start < 0) return 0;
  if (kindAt(text, start) !== 'unknown') return start;
  const opening = DOCUMENT_OPENING.exec(text.slice(start, start + JUNK_WINDOW));
  return opening ? start + opening.index : start;
}

function kindAt(text: string, start: number): DocumentKind {
  if (text[start] === '{') {
    // The version key may come after the items, so look through the document, not just its head.
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text) ? 'jsonfeed' : 'unknown';
  }
  if (text[start] !== '<') return 'unknown';
  const prolog = readProlog(start === 0 ? text : text.slice(start));
  if (prolog.doctypeName?.toLowerCase() === 'html') return 'html';
  if (!prolog.rootName) return 'unknown';
  const local = prolog.rootName.slice(prolog.rootName.indexOf(':') + 1).toLowerCase();
  return BY_ROOT[local] ?? 'unknown';
}

function firstSignificant(text: string): number {
  for (let i = 0; i < text.length && i < JUNK_WINDOW; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xfeff && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}

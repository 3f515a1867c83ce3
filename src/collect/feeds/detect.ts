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

export function detectDocumentKind(text: string): DocumentKind {
  const start = firstSignificant(text);
  if (start < 0) return 'unknown';
  if (text[start] === '{') {
    // The version key may come after the items, so look through the document, not just its head.
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text) ? 'jsonfeed' : 'unknown';
  }
  if (text[start] !== '<') return 'unknown';
  const prolog = readProlog(text);
  if (prolog.doctypeName?.toLowerCase() === 'html') return 'html';
  if (!prolog.rootName) return 'unknown';
  const local = prolog.rootName.slice(prolog.rootName.indexOf(':') + 1).toLowerCase();
  return BY_ROOT[local] ?? 'unknown';
}

function firstSignificant(text: string): number {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xfeff && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}

// Reads what precedes the root element of an XML (or HTML) document — declaration, comments, processing
// instructions, DOCTYPE — so the format can be recognised and a DTD judged before any real parsing.

export interface Prolog {
  /** Name of the first element, as written (`rss`, `rdf:RDF`, `feed`, `html`), or null if none found. */
  rootName: string | null;
  /** Name given in the DOCTYPE, if there is one. */
  doctypeName: string | null;
  /** Start and end (exclusive) of the DOCTYPE declaration, so it can be cut out before parsing. */
  doctype: { start: number; end: number; internalSubset: string } | null;
  /** Encoding named in the XML declaration. */
  declaredEncoding: string | null;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

export function readProlog(text: string): Prolog {
  const prolog: Prolog = { rootName: null, doctypeName: null, doctype: null, declaredEncoding: null };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A prolog is short; a root element buried deeper than this is not a document we want anyway.
  const limit = Math.min(text.length, 1_000_000);
  while (i < limit) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '<') return prolog;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return prolog;
      const pi = text.slice(i, end);
      if (/^<\?xml\s/i.test(pi))
        prolog.declaredEncoding = /encoding\s*=\s*["']([^"']+)["']/i.exec(pi)?.[1] ?? null;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return prolog;
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(text, i + 9);
      if (end < 0) return prolog;
      const decl = text.slice(i + 9, end);
      prolog.doctypeName = NAME.exec(decl.trimStart())?.[0] ?? null;
      const open = decl.indexOf('[');
      const close = decl.lastIndexOf(']');
      const internalSubset = open >= 0 && close > open ? decl.slice(open + 1, close) : '';
      prolog.doctype = { start: i, end: end + 1, internalSubset };
      i = end + 1;
    } else {
      prolog.rootName = NAME.exec(text.slice(i + 1, i + 200))?.[0] ?? null;
      return prolog;
    }
  }
  return prolog;
}

/** Index of the `>` closing a DOCTYPE, skipping quoted literals and the `[...]` internal subset. */
function doctypeEnd(text: string, from: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

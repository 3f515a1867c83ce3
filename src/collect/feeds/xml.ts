// Safe XML reading for feeds and sitemaps: size limit, no DTD entity expansion, and a small element tree
// with namespaces resolved and xml:base / xml:lang inherited, so format parsers stay short.
import { XMLParser } from 'fast-xml-parser';
import { PantauError } from '../../domain/errors.ts';
import { decodeXmlEntities, escapeXmlAttribute, escapeXmlText } from './entities.ts';
import { resolveUrl } from './links.ts';
import { CONVENTIONAL_PREFIXES, type NamespaceName, namespaceName } from './namespaces.ts';
import { readProlog } from './prolog.ts';

/** The namespace a bare prefix conventionally stands for; own keys only (a feed may write "constructor:"). */
const conventionalNamespace = (prefix: string): string | null =>
  Object.hasOwn(CONVENTIONAL_PREFIXES, prefix) ? (CONVENTIONAL_PREFIXES[prefix] as string) : null;

export const MAX_DOCUMENT_CHARS = 20 * 1024 * 1024;

export interface XmlElement {
  /** Qualified name as written, e.g. `content:encoded`. */
  name: string;
  local: string;
  /** Vocabulary of the resolved namespace (null: no namespace or one we don't know). */
  vocabulary: NamespaceName | null;
  /** Raw namespace URI, when there is one. */
  namespace: string | null;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Effective base URL (xml:base chain over the document URL). */
  base: string | null;
  /** Effective xml:lang. */
  lang: string | null;
}

/** Text (CDATA included, already entity-decoded) or an element. */
export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  // Entities are decoded by us (predefined + numeric only): the parser never sees a DTD, so there is
  // nothing to expand and a billion-laughs document cannot grow in memory.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
});

export function assertDocumentSize(text: string): void {
  if (text.length > MAX_DOCUMENT_CHARS) {
    throw new PantauError('too_large', 'Dokumen lebih dari 20 MB; tidak diproses (document over 20 MB)', {
      status: 413,
    });
  }
}

/** Parses an XML document into an element tree; throws PantauError('malformed_feed') when it can't. */
export function parseXml(text: string, baseUrl: string | null): XmlElement {
  assertDocumentSize(text);
  const prolog = readProlog(text);
  let body = text;
  if (prolog.doctype) {
    if (/<!ENTITY/i.test(prolog.doctype.internalSubset)) {
      throw new PantauError(
        'malformed_feed',
        'Dokumen mendeklarasikan entitas DTD (<!ENTITY>); ditolak demi keamanan (DTD entity declarations are not accepted)',
      );
    }
    body = text.slice(0, prolog.doctype.start) + text.slice(prolog.doctype.end);
  }
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  let raw: unknown[];
  try {
    raw = parser.parse(body) as unknown[];
  } catch (e) {
    // A download cut off mid-tag: what came before the last complete tag is still worth reading.
    const cut = body.lastIndexOf('>');
    try {
      if (cut <= 0 || cut === body.trimEnd().length - 1) throw e;
      raw = parser.parse(body.slice(0, cut + 1)) as unknown[];
    } catch {
      throw new PantauError('malformed_feed', `XML tidak dapat dibaca: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
  const rootRaw = raw.find((n) => elementName(n as RawNode) !== null) as RawNode | undefined;
  if (!rootRaw)
    throw new PantauError('malformed_feed', 'Dokumen tidak memiliki elemen XML (no root element)');
  return convert(rootRaw, { scope: new Map(), base: baseUrl, lang: null });
}

type RawNode = Record<string, unknown>;

function elementName(node: RawNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text' && key !== '#cdata') return key;
  return null;
}

interface Context {
  scope: Map<string, string>;
  base: string | null;
  lang: string | null;
}

function convert(node: RawNode, parent: Context): XmlElement {
  const name = elementName(node) as string;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = {};
  let scope = parent.scope;
  for (const [key, value] of Object.entries(rawAttrs)) {
    const decoded = typeof value === 'string' ? decodeXmlEntities(value) : '';
    attrs[key] = decoded;
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === parent.scope) scope = new Map(parent.scope);
      scope.set(key === 'xmlns' ? '' : key.slice(6), decoded);
    }
  }
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : '';
  const local = colon > 0 ? name.slice(colon + 1) : name;
  const namespace = scope.get(prefix) ?? (prefix ? conventionalNamespace(prefix.toLowerCase()) : null);
  const xmlBase = attrs['xml:base']?.trim();
  const base = xmlBase ? resolveUrl(xmlBase, parent.base) : parent.base;
  const lang = attrs['xml:lang']?.trim() || parent.lang;
  const context: Context = { scope, base, lang };
  const children: XmlNode[] = [];
  for (const child of (node[name] ?? []) as RawNode[]) {
    if ('#text' in child) children.push(decodeXmlEntities(String(child['#text'])));
    else if ('#cdata' in child) {
      for (const part of child['#cdata'] as RawNode[]) children.push(String(part['#text'] ?? ''));
    } else if (elementName(child) !== null) children.push(convert(child, context));
  }
  return { name, local, vocabulary: namespaceName(namespace), namespace, attrs, children, base, lang };
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Direct child elements with this local name, in one of the given vocabularies (null = no namespace). */
export function childElements(
  el: XmlElement,
  local: string,
  vocabularies: readonly (NamespaceName | null)[],
): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (isElement(c) && matches(c, local, vocabularies)) out.push(c);
  return out;
}

export function childElement(
  el: XmlElement,
  local: string,
  vocabularies: readonly (NamespaceName | null)[],
): XmlElement | null {
  for (const c of el.children) if (isElement(c) && matches(c, local, vocabularies)) return c;
  return null;
}

function matches(el: XmlElement, local: string, vocabularies: readonly (NamespaceName | null)[]): boolean {
  if (el.vocabulary !== null) return el.local === local && vocabularies.includes(el.vocabulary);
  if (!vocabularies.includes(null)) return false;
  // "No vocabulary" means the core, unprefixed elements: a prefixed element in a namespace we don't know
  // (<szf:description>) is someone's extension, not the RSS element of the same local name.
  if (el.name !== el.local) return false;
  // Core names are matched case-insensitively: hand-written feeds have <PubDate>, <Link>, <TITLE>.
  return el.local === local || el.local.toLowerCase() === local.toLowerCase();
}

/** All text inside an element, tags dropped. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += isElement(c) ? textOf(c) : c;
  return out;
}

/**
 * The element's content as markup: text as given when it holds only text (escaped HTML already decoded,
 * CDATA verbatim), otherwise its children serialised back — some feeds put raw, unescaped HTML inside.
 */
export function markupOf(el: XmlElement): string {
  if (el.children.every((c) => !isElement(c))) return el.children.join('');
  return el.children.map(serialize).join('');
}

export function serialize(node: XmlNode): string {
  if (!isElement(node)) return escapeXmlText(node);
  let attrs = '';
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    attrs += ` ${k}="${escapeXmlAttribute(v)}"`;
  }
  const name = node.vocabulary === 'xhtml' ? node.local : node.name;
  if (node.children.length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${node.children.map(serialize).join('')}</${name}>`;
}

/** Attribute by local name whatever its prefix (`rdf:about`, `about`). */
export function attrByLocal(el: XmlElement, local: string): string | null {
  if (local in el.attrs) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) if (k.endsWith(`:${local}`)) return v;
  return null;
}

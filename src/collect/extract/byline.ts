// Finds who wrote the article: structured data first, then meta tags, rel=author links, byline
// elements, and Indonesian credit lines ("Penulis: …", "Reporter: …"), preferring the writer to the editor.
import { type Element, findFirst, textOf, walk } from './dom.ts';
import { type JsonObject, namesOf } from './jsonld.ts';

// Keywords match in any case, names must start with a capital: hence the spelled-out alternatives.
const CREDIT =
  /(?:^|[\s(|])([Pp]enulis|[Rr]eporter|[Ww]artawan|[Oo]leh|[Pp]ewarta|[Kk]ontributor|[Ee]ditor|[Rr]edaktur|[Pp]enyunting|[Bb]y|PENULIS|REPORTER|WARTAWAN|OLEH|PEWARTA|EDITOR|REDAKTUR|BY)\s*:?\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4})/gu;
const WRITER_RANK: Record<string, number> = {
  penulis: 0,
  reporter: 1,
  wartawan: 1,
  pewarta: 1,
  oleh: 2,
  by: 2,
  kontributor: 3,
  editor: 5,
  redaktur: 5,
  penyunting: 5,
};

export function findAuthor(meta: Map<string, string>, article: JsonObject | null, body: Element) {
  const fromJson = article ? namesOf(article.author).filter(isPersonLike) : [];
  if (fromJson.length) return fromJson.join(', ');
  for (const key of [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'byl',
    'dcterms.creator',
  ]) {
    const v = meta.get(key);
    if (v && !/^https?:/i.test(v) && isPersonLike(v)) return cleanName(v);
  }
  const rel = findFirst(body, (e) => e.tag === 'a' && /\bauthor\b/i.test(e.attrs.rel ?? ''));
  if (rel) {
    const name = cleanName(textOf(rel));
    if (isPersonLike(name)) return name;
  }
  return creditLine(body) ?? bylineElement(body);
}

/** The best-ranked Indonesian or English credit in short text blocks. */
function creditLine(body: Element): string | null {
  let best: { rank: number; name: string } | null = null;
  let seen = 0;
  walk(body, (el) => {
    if (seen > 400 || (best && best.rank === 0)) return false;
    seen++;
    const direct = el.children.filter((c): c is string => typeof c === 'string').join(' ');
    if (!direct || direct.length > 300) return true;
    const text = textOf(el);
    if (text.length > 300) return true;
    for (const m of text.matchAll(CREDIT)) {
      const rank = WRITER_RANK[m[1].toLowerCase()] ?? 9;
      const name = cleanName(m[2]);
      if (isPersonLike(name) && (!best || rank < best.rank)) best = { rank, name };
    }
    return true;
  });
  return (best as { name: string } | null)?.name ?? null;
}

function bylineElement(body: Element): string | null {
  const el = findFirst(body, (e) => {
    const c = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''} ${e.attrs.itemprop ?? ''}`;
    return /byline|author|penulis|reporter/i.test(c) && !/comment/i.test(c);
  });
  if (!el) return null;
  const name = cleanName(textOf(el));
  return isPersonLike(name) ? name : null;
}

function cleanName(raw: string): string {
  return raw
    .replace(/^\s*(by|oleh|penulis|reporter|editor|author)\s*:?\s*/i, '')
    .replace(/\s*[|,-]\s*(\d.*|[a-z].*)?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Desk names that say nothing about who wrote the piece; a credit line in the page beats them. */
const GENERIC =
  /^(tim\s+)?(redaksi|admin(istrator)?|staff?|editor|humas|web ?master|penulis|reporter|newsroom|desk)$/i;

/** A link in place of a name ("javascript:…", "mailto:…", "whatsapp://…"): shown as the writer, it would be a trap. */
const LINK =
  /^\s*(?:[a-z][a-z\d+.-]*:\/\/|(?:javascript|vbscript|data|mailto|tel|sms|intent|whatsapp|file|blob):)/i;

function isPersonLike(name: string): boolean {
  if (GENERIC.test(name.trim()) || LINK.test(name)) return false;
  return name.length >= 3 && name.length <= 80 && !/\d{3}|https?:|@|\bmin(ute)?s?\b|\bread\b/i.test(name);
}

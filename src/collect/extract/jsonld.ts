// Reads schema.org JSON-LD blocks and picks the article object (NewsArticle, BlogPosting…) out of them.

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|DiscussionForumPosting|Blog)$/;

/** Every object found in the blocks, @graph and nested arrays flattened; bad JSON is skipped. */
export function jsonLdObjects(blocks: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const raw of blocks) {
    const parsed = parseLoose(raw);
    if (parsed !== undefined) flatten(parsed, out, 0);
  }
  return out;
}

function parseLoose(raw: string): unknown {
  const text = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw newlines and tabs inside strings are the commonest hand-written JSON-LD mistake.
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out, depth + 1);
}

export function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The article object: the first of an article type, else a WebPage carrying article fields. */
export function findArticleObject(objects: JsonObject[]): JsonObject | null {
  for (const o of objects) if (typesOf(o).some((t) => ARTICLE_TYPES.test(t))) return o;
  for (const o of objects) {
    if (typesOf(o).some((t) => /WebPage$/.test(t)) && (o.datePublished || o.articleBody)) return o;
  }
  return null;
}

/** A string from a JSON-LD value that may be a string, an object with name/url/@id, or a list. */
export function stringOf(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = stringOf(v, key);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    const v = o[key] ?? (key === 'url' ? o.contentUrl : undefined) ?? o['@id'];
    return typeof v === 'string' ? v.trim() || null : null;
  }
  return null;
}

/** All names of a JSON-LD author value (a person, a list of people, or a plain string). */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' && name.trim() ? [name.trim()] : [];
  }
  return [];
}

/** A string field read straight from the raw blocks, for JSON-LD too broken to parse or type. */
export function rawJsonLdField(blocks: string[], field: string): string | null {
  const re = new RegExp(`"${field}"\\s*:\\s*"([^"]{4,64})"`);
  for (const raw of blocks) {
    const m = re.exec(raw);
    if (m) return m[1];
  }
  return null;
}
